package org.verbatim.enrich;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.verbatim.model.Span;
import org.verbatim.language.Words;

/**
 * The features of a cue candidate for the learned cue model: the word and what was learned about it, its neighbours,
 * the attribution the rules build around it (where the speaker stands, what kind of mention it is), quotation marks
 * near it, the shape of its sentence and, for German, the verb-final position, a separable particle and the
 * subjunctive. The same code computes them for training ({@link AttributionSamples}) and for annotation. One instance
 * per thread: it reuses its buffer.
 */
final class CueFeatures {
    private static final int MAX = 80;
    /** German separable-verb particles and Konjunktiv I forms (data files). */
    static final Set<String> GERMAN_PARTICLES = Lexicon.lowerSet("german-particles.txt");
    static final Set<String> GERMAN_SUBJUNCTIVE = Lexicon.lowerSet("german-subjunctive.txt");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "der", "die", "das", "ein", "eine",
            "den", "dem", "des", "einen", "einem", "einer");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "for", "with", "about", "of",
            "by", "from", "over", "against", "into", "im", "am", "auf", "an", "bei", "mit", "von", "vor", "zu",
            "gegenüber", "über", "für", "nach", "aus");

    private final String[] buf = new String[MAX];
    private int n;
    /** When set, every feature vector computed is also copied here (training). */
    java.util.List<String[]> recorder;

    String[] features() {
        return buf;
    }

    int size() {
        return n;
    }

    /** The features as a fresh array (for training samples). */
    String[] copy() {
        return Arrays.copyOf(buf, n);
    }

    /** Per sentence (computed once for all its candidates): rule cues and quoted tokens before each token. */
    private Doc cacheDoc;
    private int cacheSentence = -1;
    private int[] cuePrefix = new int[64];
    private int[] quotedPrefix = new int[64];
    private String previousContext;
    private String nextContext;
    /** Whether the sentence is set in title case ({@link HeadlineCase#isTitleCase}). */
    private boolean titleCase;

    private void prepare(Doc d, CueLexicon lex, int s) {
        if (d == cacheDoc && s == cacheSentence) {
            return;
        }
        int first = d.sentFirst[s];
        int len = d.sentLast[s] - first;
        if (cuePrefix.length < len + 1) {
            cuePrefix = new int[len + 1];
            quotedPrefix = new int[len + 1];
        }
        for (int k = 0; k < len; k++) {
            int t = first + k;
            cuePrefix[k + 1] = cuePrefix[k] + (!d.quoted[t] && lex.isCue(d.lower[t]) ? 1 : 0);
            quotedPrefix[k + 1] = quotedPrefix[k] + (d.quoted[t] ? 1 : 0);
        }
        previousContext = context(d, lex, s, s - 1, "ctx-1=");
        nextContext = context(d, lex, s, s + 1, "ctx1=");
        titleCase = HeadlineCase.isTitleCase(d, s);
        cacheDoc = d;
        cacheSentence = s;
    }

    private void add(String f) {
        if (n < MAX) {
            buf[n++] = f;
        }
    }

    /**
     * Fills the buffer with the features of candidate token {@code i}, the rules' attribution {@code a} around it and
     * one of its content candidates ({@code side} R, L or X; {@code rule}: the rules' own choice).
     */
    void cue(Doc d, Mentions m, CueLexicon lex, int i, QuoteFinder.Attribution a, char side, Span content,
             boolean rule, boolean topRate) {
        begin(d, m, lex, i, a, topRate);
        content(d, lex, i, a, side, content, rule);
    }

    /** Where the features of the cue word end in the buffer, and which cue they describe (-1: none). */
    private int cueEnd;
    private int cueToken = -1;

    /** Fills the buffer with the features of cue candidate {@code i} alone (computed once for all its contents). */
    void begin(Doc d, Mentions m, CueLexicon lex, int i, QuoteFinder.Attribution a, boolean topRate) {
        n = 0;
        cueOnly(d, m, lex, i, a, topRate);
        cueEnd = n;
        cueToken = i;
    }

    /** Completes the cue's features (from {@link #begin}) with those of one of its content candidates. */
    void content(Doc d, CueLexicon lex, int i, QuoteFinder.Attribution a, char side, Span content, boolean rule) {
        if (cueToken != i) {
            throw new IllegalStateException("content features for token " + i + " after begin(" + cueToken + ")");
        }
        n = cueEnd;
        int s = d.sentenceOf[i];
        content(d, lex, i, a, side, content, rule, d.sentFirst[s], d.sentLast[s]);
        if (recorder != null) {
            recorder.add(copy());
        }
    }

    private void cueOnly(Doc d, Mentions m, CueLexicon lex, int i, QuoteFinder.Attribution a, boolean topRate) {
        int s = d.sentenceOf[i];
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        prepare(d, lex, s);
        String w = d.lower[i];
        add("w=" + w);
        add("r=" + rateBucket(lex.rate(w)));
        if (lex.isCurated(w)) {
            add("curated");
        }
        if (lex.isCue(w)) {
            add("rulecue");
        }
        add("s3=" + suffix(w, 3));
        add("p1=" + word(d, i - 1, first, last));
        add("n1=" + word(d, i + 1, first, last));
        add("p2=" + word(d, i - 2, first, last));
        add("n2=" + word(d, i + 2, first, last));
        add("n1c=" + shape(d, i + 1, first, last));
        add("p1c=" + shape(d, i - 1, first, last));
        add("p1n1=" + shape(d, i - 1, first, last) + "_" + shape(d, i + 1, first, last));
        add("p1w=" + word(d, i - 1, first, last) + "_" + w);
        add("wn1=" + w + "_" + word(d, i + 1, first, last));
        add("wn1c=" + w + "_" + shape(d, i + 1, first, last));
        if (i > first && d.isCapitalised(i)) {
            add("capmid");
        }
        if (i == first || d.isQuoteMark(i - 1) && i - 1 == first) {
            add("initial");
        }
        String place = a.place().name();
        add("pl=" + place);
        add("plw=" + place + "|" + w);
        String form = "none";
        if (a.hasSpeaker()) {
            MentionRef r = a.ref();
            form = r == null ? "np" : r.form().name() + "/" + r.type().name();
            int dist = a.spkFirst() > i ? a.spkFirst() - i : i - a.spkLast();
            add("sd=" + bucket(dist));
        }
        add("sf=" + form);
        add("plsf=" + place + "|" + form);
        quotes(d, i, a, first, last);
        add("end=" + ending(d, last));
        add("pos=" + (4 * (i - first)) / Math.max(1, last - first));
        add("len=" + bucket(last - first));
        boolean single = d.sentParagraph[s] != (s > 0 ? d.sentParagraph[s - 1] : -1)
                && (s + 1 >= d.sentences() || d.sentParagraph[s + 1] != d.sentParagraph[s]);
        if (single) {
            add("para1");
        }
        int before = cuePrefix[i - first];
        int after = cuePrefix[last - first] - cuePrefix[i + 1 - first];
        for (int k = 0; k < before; k++) {
            add("cue.before");
        }
        for (int k = 0; k < after; k++) {
            add("cue.after");
        }
        add("cues=" + Math.min(before + after, 3));
        for (int k = i + 1; k < last && k <= i + 6; k++) {
            if (d.lower[k].equals("that") || d.lower[k].equals("dass")) {
                add("that.soon");
                break;
            }
        }
        if ("de".equals(d.language)) {
            german(d, i, first, last);
        }
        add("st=" + stem(w, d.language));
        if (!lex.isCandidate(w)) {
            add("generic");
            add("generic|sf=" + form);
        }
        add(topRate ? "toprate" : "lowerrate");
        if (!"de".equals(d.language)) {
            english(w, form);
            if (titleCase) { // a headline: articles dropped, verbs capitalised
                add("titlecase");
            }
            if (QuoteFinder.weakSubject(d, lex, a)) { // the rules' veto, weighed by the model instead
                add("weaksubj");
                add("weaksubj|st=" + stem(w, d.language));
            }
        }
        if (a.hasSpeaker() && (a.ref() == null || a.ref().form() != MentionRef.Form.NAME)) {
            add("sh=" + d.lower[a.spkLast() - 1]);
        }
        if (i > first && (d.lower[i - 1].equals("not") || d.lower[i - 1].equals("nicht")
                || d.lower[i - 1].endsWith("n't"))) {
            add("negated");
        }
    }

    /**
     * English only (on German they measured no better, cross-validated on GerNews train): the cue word with the kind
     * of speaker the rules found, and whether the sentences before and after in its paragraph hold quotation marks or
     * a curated cue (reported speech comes in runs).
     */
    private void english(String w, String form) {
        add("w|sf=" + w + "|" + form);
        add(previousContext);
        add(nextContext);
    }

    /** For {@link #prepare}: "ctx-1=", "ctx1=" and what the neighbouring sentence {@code o} of {@code s} holds. */
    private static String context(Doc d, CueLexicon lex, int s, int o, String name) {
        if (o < 0 || o >= d.sentences() || d.sentParagraph[o] != d.sentParagraph[s]) {
            return name + "none";
        }
        boolean quoted = false;
        boolean cue = false;
        for (int t = d.sentFirst[o]; t < d.sentLast[o]; t++) {
            quoted |= d.quoted[t];
            cue |= !d.quoted[t] && lex.isCurated(d.lower[t]);
        }
        return name + (quoted ? "q" : "") + (cue ? "c" : "");
    }

    /**
     * English only, as {@link #english(String, String)}: the content's side with the cue's stem and the speaker's
     * place, and the cue word with what opens the content.
     */
    private void englishContent(Doc d, String w, QuoteFinder.Attribution a, char side, String c1, String c1Shape) {
        add("st|side|pl=" + stem(w, d.language) + "|" + side + "|" + a.place());
        add("w|c1=" + w + "|" + (QuoteFinder.FUNCTION_WORDS.contains(c1) ? c1 : c1Shape));
    }

    /** First-person subjects: speech that goes on in its speaker's own words. */
    private static final Set<String> FIRST_PERSON = Words.all("first-person-subjects");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it", "er", "sie", "es", "this",
            "dies", "das");

    /**
     * Fills the buffer with the features of sentence {@code s}, which has no attribution of its own, as a
     * continuation of attribution {@code prev} in sentence {@code prevSentence}.
     */
    void continuation(Doc d, Mentions m, CueLexicon lex, int s, int prevSentence, Found prev) {
        n = 0;
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        add("dist=" + (s - prevSentence));
        add("para=" + (d.sentParagraph[s] - d.sentParagraph[prevSentence]));
        add("prev.kind=" + prev.kind().id());
        add("prev.cue=" + (prev.cueFirst() >= 0));
        boolean paragraphStart = s == 0 || d.sentParagraph[s - 1] != d.sentParagraph[s];
        if (paragraphStart) {
            add("para.start");
        }
        int quoted = 0;
        int words = 0;
        String subjunctive = null;
        double topRate = 0;
        for (int k = first; k < last; k++) {
            if (!d.isWord(k)) {
                continue;
            }
            words++;
            if (d.quoted[k]) {
                quoted++;
                continue;
            }
            String w = d.lower[k];
            if (subjunctive == null && GERMAN_SUBJUNCTIVE.contains(w)) {
                subjunctive = w;
            }
            if (FIRST_PERSON.contains(w)) {
                add("first.person");
            }
            if (QuoteFinder.FUNCTION_WORDS.contains(w) || GERMAN_SUBJUNCTIVE.contains(w)) {
                add("bw=" + w);
            }
            topRate = Math.max(topRate, lex.rate(w));
        }
        if (subjunctive != null && "de".equals(d.language)) {
            add("subjunctive");
            add("subjunctive=" + subjunctive);
            add("subjunctive|dist=" + (s - prevSentence));
        }
        add("q=" + (quoted == 0 ? "none" : quoted >= words - 1 ? "all" : "some"));
        add("w1=" + word(d, first, first, last));
        add("w1c=" + shape(d, first, first, last));
        if (THIRD_PERSON.contains(d.lower[first])) {
            add("pronoun.start");
        }
        add("len=" + bucket(words));
        add("end=" + ending(d, last));
        add("cue.rate=" + rateBucket(topRate));
        if (m.startingAt[first] != null && m.startingAt[first].form() == MentionRef.Form.NAME) {
            add("name.start");
        }
        if (recorder != null) {
            recorder.add(copy());
        }
    }

    /** A crude stem that lets inflections share weight: "argues", "argued", "arguing" -> "argu". */
    static String stem(String w, String language) {
        String[] suffixes = "de".equals(language) ? new String[] {"ten", "te", "en", "et", "t", "e"}
                : new String[] {"ing", "ies", "ied", "es", "ed", "s", "d", "e"};
        for (String x : suffixes) {
            if (w.length() > x.length() + 2 && w.endsWith(x)) {
                return w.substring(0, w.length() - x.length());
            }
        }
        return w;
    }

    private void content(Doc d, CueLexicon lex, int i, QuoteFinder.Attribution a, char side, Span c, boolean rule,
                         int first, int last) {
        String w = d.lower[i];
        add("side=" + side);
        add("side|w=" + side + "|" + w);
        add("side|pl=" + side + "|" + a.place());
        add("side|p1n1=" + side + "|" + shape(d, i - 1, first, last) + "_" + shape(d, i + 1, first, last));
        if (rule) {
            add("rule");
            add("rule|pl=" + a.place());
        }
        int k = first;
        while (k < last && d.end[k] <= c.start()) {
            k++;
        }
        int e = k;
        while (e < last && d.start[e] < c.end()) {
            e++;
        }
        prepare(d, lex, d.sentenceOf[i]);
        int quoted = quotedPrefix[e - first] - quotedPrefix[k - first];
        int cues = cuePrefix[e - first] - cuePrefix[k - first]
                - (i >= k && i < e && !d.quoted[i] && lex.isCue(d.lower[i]) ? 1 : 0);
        int len = e - k;
        add("clen=" + bucket(len));
        add("side|clen=" + side + "|" + bucket(len));
        add("c1=" + word(d, k, first, last));
        add("c1c=" + shape(d, k, first, last));
        add("side|c1c=" + side + "|" + shape(d, k, first, last));
        add("c0c=" + shape(d, k - 1, first, last));
        add("cafter=" + shape(d, e, first, last));
        add("side|c0c=" + side + "|" + shape(d, k - 1, first, last));
        add("side|cafter=" + side + "|" + shape(d, e, first, last));
        String lastWord = e - 1 >= k ? d.lower[e - 1] : "";
        add("side|clast=" + side + "|" + (QuoteFinder.FUNCTION_WORDS.contains(lastWord) ? lastWord
                : shape(d, e - 1, first, last)));
        String c1 = word(d, k, first, last);
        if (!"de".equals(d.language)) {
            englishContent(d, w, a, side, c1, shape(d, k, first, last));
        }
        if (TimeTagger.isTimeWord(c1) || QuoteFinder.ADVERBIAL_STARTS.contains(c1)) {
            add("side|c1adverbial=" + side);
        }
        if (QuoteFinder.FUNCTION_WORDS.contains(c1)) {
            add("side|c1=" + side + "|" + c1);
        }
        add("cq=" + (quoted == 0 ? "none" : quoted >= len - 1 ? "all" : "some"));
        add("side|cq=" + side + "|" + (quoted == 0 ? "none" : quoted >= len - 1 ? "all" : "some"));
        if (cues > 0) {
            add("c.cue");
        }
        int left = a.hasSpeaker() ? Math.min(a.spkFirst(), a.cueFirst()) : a.cueFirst();
        int right = a.hasSpeaker() ? Math.max(a.spkLast(), a.cueLast()) : a.cueLast();
        boolean quoteBefore = left - 1 >= first && (d.quoted[left - 1] || left - 2 >= first && d.quoted[left - 2]);
        boolean quoteAfter = right < last && (d.quoted[right] || right + 1 < last && d.quoted[right + 1]);
        add("side|q=" + side + "|" + quoteBefore + "|" + quoteAfter);
        add("side|edges=" + side + "|" + shape(d, left - 1, first, last) + "|" + shape(d, right, first, last));
    }

    private void quotes(Doc d, int i, QuoteFinder.Attribution a, int first, int last) {
        if (quotedPrefix[last - first] == 0) {
            return;
        }
        add("q.sentence");
        int left = a.hasSpeaker() ? Math.min(a.spkFirst(), a.cueFirst()) : a.cueFirst();
        int right = a.hasSpeaker() ? Math.max(a.spkLast(), a.cueLast()) : a.cueLast();
        for (int k = left - 1; k >= first && k >= left - 2; k--) {
            if (d.quoted[k]) {
                add("q.before");
                break;
            }
        }
        for (int k = right; k < last && k <= right + 2; k++) {
            if (d.quoted[k]) {
                add("q.after");
                break;
            }
        }
    }

    private void german(Doc d, int i, int first, int last) {
        int e = i + 1;
        while (e < last && d.isWord(e)) {
            e++;
        }
        if (e == i + 1) {
            add("de.clause_end");
        }
        for (int k = i + 1; k < last; k++) {
            if (!d.isWord(k)) {
                if (d.is(k, ',') || k == last - 1) {
                    if (k - 1 > i && GERMAN_PARTICLES.contains(d.lower[k - 1])) {
                        add("de.particle=" + d.lower[k - 1]);
                        add("de.particle");
                    }
                    break;
                }
            }
        }
        for (int k = i + 1; k < last; k++) {
            if (!d.quoted[k] && GERMAN_SUBJUNCTIVE.contains(d.lower[k])) {
                add("de.subjunctive");
                break;
            }
        }
    }

    static String rateBucket(double r) {
        if (r == 0) {
            return "0";
        }
        return r < 0.05 ? "a" : r < 0.1 ? "b" : r < 0.2 ? "c" : r < 0.4 ? "d" : r < 0.7 ? "e" : "f";
    }

    static String bucket(int n) {
        return n <= 2 ? String.valueOf(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 16 ? "9-16" : "17+";
    }

    private static String suffix(String w, int k) {
        return w.length() <= k ? w : w.substring(w.length() - k);
    }

    /** The lower-cased word at {@code k}, or a boundary marker outside the sentence. */
    static String word(Doc d, int k, int first, int last) {
        if (k < first) {
            return "<s>";
        }
        if (k >= last) {
            return "</s>";
        }
        return d.lower[k];
    }

    /** A coarse class of the token at {@code k}. */
    static String shape(Doc d, int k, int first, int last) {
        if (k < first) {
            return "BOS";
        }
        if (k >= last) {
            return "EOS";
        }
        String w = d.lower[k];
        if (d.isQuoteMark(k)) {
            return "Q";
        }
        if (!d.isWord(k)) {
            return w.length() == 1 ? w : "P";
        }
        if (w.equals("that") || w.equals("dass")) {
            return "THAT";
        }
        if (w.equals("to") || w.equals("zu")) {
            return "TO";
        }
        if (DETERMINERS.contains(w)) {
            return "DET";
        }
        if (PREPOSITIONS.contains(w)) {
            return "PREP";
        }
        return d.isCapitalised(k) ? "Cap" : "low";
    }

    private static String ending(Doc d, int last) {
        int e = last - 1;
        if (d.isQuoteMark(e)) {
            return "quote";
        }
        if (d.is(e, '.') || d.is(e, '!')) {
            return "period";
        }
        if (d.is(e, '?')) {
            return "question";
        }
        if (d.is(e, ':')) {
            return "colon";
        }
        return "none";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
