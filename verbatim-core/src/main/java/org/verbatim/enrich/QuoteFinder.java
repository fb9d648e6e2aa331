package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.EntityType;
import org.verbatim.model.QuoteKind;
import org.verbatim.model.Span;
import org.verbatim.language.Words;

/**
 * Finds direct, reported, mixed and block quotes in a segmented text, with cue and speaker.
 *
 * <p>Per sentence: the cue words outside quotation marks (from the {@link CueLexicon}); the primary cue is the one
 * with a speaker (subject before it, "said X" after it, "according to X"); its content is the clause after the cue
 * ("X said that ...") or the part before the speaker ("..., X said"). Participle cues after it (", insisting that")
 * start a second quote with the same speaker. Content that touches quotation marks grows to cover the whole quoted
 * region; it is direct when (almost) all of it is quoted, mixed when it is not. Quoted regions that no cue claims
 * continue the previous speaker's quote in the same or previous paragraph. A paragraph of first-person speech with no
 * attribution of its own, after a paragraph with a speaker, is a block quote. Immutable and thread-safe.
 */
final class QuoteFinder {
    /**
     * Punctuation that introduces the reported clause and is not part of it. "that" and "dass" stay in the span,
     * as in PolNeAR's gold ("said that the talks failed" reports "that the talks failed").
     */
    private static final Set<String> COMPLEMENTISERS = Set.of(":", ","); // punctuation, the same in every language
    /*
     * The word lists below are data, one file per language under org/verbatim/language/words/LANG/ ({@link Words}):
     * each set is the union of every language's list, as the rules read any language's words.
     */
    /** Words of the first person, subjects and possessives. */
    private static final Set<String> FIRST_PERSON = Words.all("first-person");
    /** A block quote speaks in the first person as a subject ("We are not going to..."), not just "our". */
    private static final Set<String> FIRST_PERSON_SUBJECTS = Words.all("first-person-subjects");
    /** Determiners that open a noun-phrase speaker ("the minister", "two officials"). */
    private static final Set<String> NP_DETERMINERS = Words.all("np-determiners");
    /** Words that cannot start or be the subject of a cue. */
    private static final Set<String> NOT_SUBJECT = Words.all("not-subject");
    /** Words that start an adverbial after a cue ("said in a statement", "said on Monday"), not its content. */
    static final Set<String> ADVERBIAL_STARTS = Lexicon.lowerSet("adverbial-starts.txt");
    /** Closed-class words: never a generic cue candidate. */
    static final Set<String> FUNCTION_WORDS = Lexicon.lowerSet("function-words.txt");
    /** Words that attribute without a verb ("according to", "laut", "zufolge"). */
    static final Set<String> ACCORDING = Words.all("according");
    /** Nouns that name a source after "nach", "laut" or before "zufolge" (data file; compounds end in them). */
    private static final List<String> SOURCE_NOUNS = Lexicon.lines("german-source-nouns.txt").stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    /** German subjunctive forms that mark a sentence as reported speech continuing the previous attribution. */
    private static final Set<String> KONJUNKTIV = Words.all("subjunctive-continuations");
    /** Words after a speaker that name an addressee or medium before the reported clause ("told CBS that"). */
    private static final int MAX_OBJECT_TOKENS = 8;
    /** A quoted region needs this many words to stand as a quote without its own cue (no scare quotes). */
    private static final int MIN_CONTINUATION_WORDS = 4;
    /** A cue-less quotation without final punctuation needs this many words to count as speech. */
    private static final int MIN_UNPUNCTUATED_WORDS = 10;
    /** Unquoted words allowed in a span that is still called direct (none: any unquoted word makes it mixed). */
    private static final int MAX_UNQUOTED_IN_DIRECT = 0;
    /** German adverbs between an inverted cue and its speaker ("sagte auch Müller", "erklärte dazu die Polizei"). */
    private static final Set<String> INVERSION_ADVERBS = Words.all("inversion-adverbs");

    /** An adverb that may stand between a verb and its inverted subject ("teilte zudem die Polizei mit"). */
    static boolean isInversionAdverb(String lower) {
        return INVERSION_ADVERBS.contains(lower);
    }
    /**
     * Prepositions that end a phrasal cue ("spoke about", "called for", "railed against") rather than start the
     * content; learned from PolNeAR train, where they stand before the gold span 4-100 times as often as inside.
     */
    private static final Set<String> CUE_PREPOSITIONS = Words.all("cue-prepositions");
    /** Words after which a noun phrase may start a clause (and so be the subject of a cue). */
    private static final Set<String> CLAUSE_OPENERS = Words.all("clause-openers");
    /** Words that may link a participle cue to the main attribution ("said before adding"). */
    private static final Set<String> PARTICIPLE_LINKS = Words.all("participle-links");
    /**
     * How much a bare noun-phrase subject ("the plan") or a subject far from its cue ("X refused ..., adding")
     * adds to a cue's score; a mention right before the cue adds 1.
     */
    private static final double WEAK_SPEAKER_BONUS = 0.5;
    /** A cue without a speaker must be at least this sure (learned rate) to report anything. */
    static final double SPEAKERLESS_MIN_SCORE = 0.35;
    /** A sentence subject starts the sentence or a clause after a comma within this many tokens. */
    private static final int SUBJECT_WINDOW = 15;
    /** How far back an apposition chain ("X, the head of Y, a group in Z, said") may reach. */
    private static final int MAX_APPOSITION = 30;
    /** A subject noun phrase has at most this many tokens. */
    private static final int MAX_NP = 6;

    /** A language's cue lexicon and learned models ({@code null} when its jar is absent). */
    record Lang(CueLexicon lex, BinaryModel cue, LinearModel speaker, LinearModel continuation) {
        static Lang of(CueLexicon lex, QuoteModels.Language l) {
            return new Lang(lex, l.cue(), l.speaker(), l.continuation());
        }

        boolean quotedByRules() {
            return cue == null || cue.option(QuoteModels.QUOTED_BY_RULES, 1) != 0;
        }

        double speakerlessWeak() {
            return cue == null ? 2 : cue.option(QuoteModels.SPEAKERLESS_WEAK, 2);
        }
    }

    private final Lang english;
    private final Lang german;

    QuoteFinder(QuoteModels models) {
        QuoteModels.Language en = models.language("en");
        QuoteModels.Language de = models.language("de");
        this.english = Lang.of(CueLexicon.english(en.cueCounts()), en);
        this.german = Lang.of(CueLexicon.german(de.cueCounts()), de);
    }

    Lang lang(Doc d) {
        return "de".equals(d.language) ? german : english;
    }

    List<Found> find(Doc d, Mentions m) {
        Lang lang = lang(d);
        List<Found> out = attributed(d, m, lang);
        // before continuations, which take the speaker over
        out.replaceAll(f -> subjectOverGovernedName(d, m, hostOfApposition(d, m,
                personEndingAccordingSource(d, m, subjectAfterDateline(d, m, subjectOfOpeningClause(d, m, f))))));
        if (lang.continuation() != null) {
            out = learnedContinuations(d, m, lang, out, new CueFeatures(), null);
        } else if ("de".equals(d.language)) {
            out = subjunctiveContinuations(d, out);
        }
        out = introducedByColon(d, m, lang.lex(), out);
        out = blocks(d, m, out);
        out.replaceAll(f -> afterLeadingWeekday(d, afterCuePreposition(d, withoutOwnFrame(d, f))));
        out.replaceAll(f -> afterQuotingFrame(d, m, notIntoSpeaker(d, f)));
        out.replaceAll(f -> subjectOfTrailingCue(d, m, beforePartyTag(d, m, f)));
        out.removeIf(f -> mannerOnly(d, f) || spokeWithOrWhere(d, m, f) || noWords(d, f));
        out.sort(Comparator.comparing(Found::span));
        out = transcriptTurns(d, m, out);
        return "de".equals(d.language) ? speakerlessGoOn(d, impersonalReports(d, out)) : out;
    }

    /**
     * What was said ends before who said it: a span that ends in the owner its speaker's mention took in ("\"...,\"
     * Hillary Clinton's campaign manager Robby Mook told reporters", "\"The bullying,\" Fox's Chris Wallace said") is
     * cut where the mention starts.
     */
    static Found notIntoSpeaker(Doc d, Found f) {
        if (f.spkFirst() < 0 || f.spkLast() <= f.spkFirst()) {
            return f;
        }
        int spk = d.start[f.spkFirst()];
        Span s = f.span();
        if (s.start() >= spk || s.end() <= spk || s.end() > d.end[f.spkLast() - 1]) {
            return f;
        }
        int e = f.spkFirst();
        while (e + 1 < f.spkLast() && d.end[e + 1] <= s.end()) {
            e++;
        }
        if (d.end[e] != s.end() || !EntityFinder.isPossessive(d, e)) {
            return f; // only an owner the mention took in ("Fox's"), not a speaker found inside what was said
        }
        Span cut = trimSpan(d, s.start(), spk);
        return cut.length() == 0 ? f : f.withSpan(cut, f.kind());
    }

    /**
     * German: what a quoting verb's frame introduces, without the frame ("Die Frankfurter Rundschau zitiert einen
     * Augenzeugen mit den Worten: „...“" is the quotation; "zitierte den Minister mit den Worten, die Lage sei ernst"
     * is "die Lage sei ernst"), when the span reaches past the frame's noun ({@link GermanSpeakers#quotingFrame}).
     * What remains is direct when it is one quotation.
     */
    static Found afterQuotingFrame(Doc d, Mentions m, Found f) {
        if (!"de".equals(d.language) || f.cueFirst() < 0 || f.sentence() < 0) {
            return f;
        }
        int[] frame = GermanSpeakers.quotingFrame(d, m, f.cueFirst(), d.sentFirst[f.sentence()]);
        if (frame == null || f.span().start() >= d.end[frame[3]] || f.span().end() <= d.end[frame[3]]) {
            return f;
        }
        int k = frame[3] + 1;
        while (k < d.sentLast[f.sentence()] && (d.is(k, ',') || d.is(k, ':'))) {
            k++;
        }
        if (k >= d.tokens() || d.start[k] >= f.span().end()) {
            return f;
        }
        Span rest = trimSpan(d, d.start[k], f.span().end());
        int e = k;
        while (e < d.tokens() && d.end[e] <= rest.end()) {
            e++;
        }
        boolean oneQuotation = d.isQuoteMark(k) && e - 1 > k && d.isQuoteMark(e - 1)
                && java.util.stream.IntStream.range(k, e).allMatch(i -> d.quoted[i] || d.isQuoteMark(i)
                || d.is(i, '.'));
        return f.withSpan(rest, oneQuotation ? QuoteKind.DIRECT : f.kind());
    }

    /**
     * {@link #impersonalReport} over all attributions, before {@link #speakerlessGoOn}: a "heißt es" left without a
     * speaker goes on with the attribution before it, as any German cue naming nobody does. The cue-less continuations
     * that took over a speaker it drops lose it too (found with it, their spans stay).
     */
    private static List<Found> impersonalReports(Doc d, List<Found> in) {
        Set<Integer> dropped = new java.util.HashSet<>();
        List<Found> out = new ArrayList<>(in.size());
        for (Found f : in) {
            Found g = impersonalReport(d, f);
            if (g != f) {
                dropped.add(f.spkFirst());
            }
            out.add(g);
        }
        if (dropped.isEmpty()) {
            return in;
        }
        out.replaceAll(f -> f.cueFirst() < 0 && dropped.contains(f.spkFirst()) ? f.withSpeaker(-1, -1, null) : f);
        return out;
    }

    /** A transcript's speaker label ("TAPPER", "SEN. JOHN MCCAIN") has at most this many tokens before its colon. */
    private static final int MAX_TURN_LABEL = 4;

    /**
     * The tokens {@code [first, colon)} of the speaker label that opens sentence {@code s}'s paragraph in capitals
     * before a colon ("TAPPER:", "JAKE TAPPER:", "SEN. X:"), or null. A credit label ({@code colon-labels}) is none.
     */
    private static int[] turnLabel(Doc d, int s) {
        if (s > 0 && d.sentParagraph[s - 1] == d.sentParagraph[s]) {
            return null;
        }
        int first = d.sentFirst[s];
        int k = first;
        while (k < d.sentLast[s] && k - first < MAX_TURN_LABEL && !d.quoted[k]
                && (d.isWord(k) && isAcronym(d.token(k)) || k > first && d.is(k, '.'))) {
            k++;
        }
        return k > first && k < d.sentLast[s] - 1 && d.is(k, ':') && d.isWord(k - 1)
                && !Words.of(d.language, "colon-labels").contains(d.lower[k - 1]) ? new int[] {first, k} : null;
    }

    /**
     * The speaker labels ({@link #turnLabel}) by paragraph, when the text is a transcript: two different labels or
     * more, one of them opening more than one turn. Empty otherwise.
     */
    private static Map<Integer, int[]> transcriptLabels(Doc d) {
        Map<Integer, int[]> labels = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int s = 0; s < d.sentences(); s++) {
            int[] l = turnLabel(d, s);
            if (l != null) {
                labels.put(d.sentParagraph[s], l);
                counts.merge(d.lower[l[1] - 1], 1, Integer::sum);
            }
        }
        return counts.size() >= 2 && counts.values().stream().anyMatch(c -> c > 1) ? labels : Map.of();
    }

    /** Sentence {@code s} opens a transcript's turn with its speaker label ({@link #transcriptTurns}). */
    private static boolean transcriptTurn(Doc d, int s) {
        return turnLabel(d, s) != null && !transcriptLabels(d).isEmpty();
    }

    /**
     * An interview transcript's turns ("TAPPER: Do you think ...?" / "FALLIN: I think he is trying ..."): in a text
     * whose paragraphs open with two or more different speaker labels in capitals ({@link #turnLabel}), one of them
     * opening more than one turn (so "UPDATE:" or "BREAKING:" alone is no transcript), an attribution in a turn with
     * no speaker or a first-person one ("I think that has been part of his message") is the labelled speaker's. A
     * speaker named in the turn ("Donald Trump said this week") keeps its own attribution.
     */
    private static List<Found> transcriptTurns(Doc d, Mentions m, List<Found> in) {
        if (in.isEmpty()) {
            return in;
        }
        Map<Integer, int[]> labels = transcriptLabels(d);
        if (labels.isEmpty()) {
            return in;
        }
        List<Found> out = new ArrayList<>(in.size());
        for (Found f : in) {
            int[] l = f.sentence() < 0 ? null : labels.get(d.sentParagraph[f.sentence()]);
            boolean firstPerson = f.spkFirst() >= 0 && f.spkLast() == f.spkFirst() + 1
                    && FIRST_PERSON.contains(d.lower[f.spkFirst()]);
            if (l != null && f.cueFirst() >= l[1] && (!f.hasSpeaker() || firstPerson)) {
                MentionRef r = m.startingAt[l[0]];
                out.add(f.withSpeaker(l[0], l[1], r != null && r.last() == l[1] ? r : null));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A cue that opens a sentence in title case ("Declared 2016 Presidential Candidates.", "Revealed: What The Videos
     * Contain"): a heading; with nobody named to say it, it reports nothing.
     */
    static boolean titleOpeningCue(Doc d, Attribution a, int s) {
        return a.cueFirst() == d.sentFirst[s] && HeadlineCase.isTitleCase(d, s);
    }

    /**
     * An unquoted content with its speaker inside it and its cue after it ("Sen. Bill Nelson joined her at the
     * memorial, the AP reported."): a name the content tells of, not who reports it; the subject right before the
     * cue ("the AP") speaks. Unchanged when there is no such subject.
     */
    static Found subjectOfTrailingCue(Doc d, Mentions m, Found f) {
        if (f.kind() != QuoteKind.INDIRECT || f.spkFirst() < 0 || f.cueFirst() < 1
                || d.start[f.spkFirst()] < f.span().start() || d.end[f.spkLast() - 1] > f.span().end()
                || d.start[f.cueFirst()] < f.span().end()) {
            return f;
        }
        int first = firstTokenFrom(d, f.span().end());
        int[] p = first < 0 ? null : subjectBefore(d, m, f.cueFirst() - 1, first);
        if (p == null || p[1] <= p[0] || p[0] < first || p[1] > f.cueFirst()) {
            return f;
        }
        MentionRef r = m.startingAt[p[0]];
        return f.withSpeaker(p[0], p[1], r != null && r.last() == p[1] ? r : null);
    }

    /** Words a sentence may open with before a gerund cue ("One month after announcing", "In addition to stating"). */
    private static final int MAX_OPENING_CLAUSE_WORDS = 4;

    /**
     * The cue is an English gerund that opens its sentence, perhaps after a few function words ("Since launching his
     * bid, Harlow has taken ...", "After suggesting on Wednesday that ..., Calder only ...", "Citing local outlets, the
     * Courier reports ...", "Considering the cost, Calder said ..."): the clause's own subject is the main clause's,
     * the name (or pronoun) right after the first comma, before a lower-case verb. That subject speaks. The content
     * stays as found: cut at the comma, it would leave the main clause's own report unfound (on PolNeAR train 9 gold
     * quotes were lost so). Unchanged when no such subject follows.
     */
    static Found subjectOfOpeningClause(Doc d, Mentions m, Found f) {
        int c = f.cueFirst();
        if (!"en".equals(d.language) || c < 0 || f.cueLast() - c != 1 || !d.lower[c].endsWith("ing")
                || d.quoted[c] || d.end[c] > f.span().start()) {
            return f;
        }
        int s = d.sentenceOf[c];
        int first = d.sentFirst[s];
        if (c - first > MAX_OPENING_CLAUSE_WORDS) {
            return f;
        }
        for (int k = first; k < c; k++) {
            if (!d.isWord(k) || m.inName[k] || m.startingAt[k] != null || !FUNCTION_WORDS.contains(d.lower[k])
                    && !Words.of(d.language, "opening-non-names").contains(d.lower[k])
                    && !TimeTagger.isTimeVocabulary(d.lower[k]) && !isNumber(d.lower[k])) {
                return f;
            }
        }
        for (int j = firstTokenFrom(d, f.span().start()); j >= 0 && j + 2 < d.sentLast[s]; j++) {
            if (d.start[j] > f.span().end() || d.quoted[j] || d.is(j, ';') || d.is(j, ':')) {
                return f;
            }
            if (!d.is(j, ',')) {
                continue;
            }
            MentionRef r = m.startingAt[j + 1] == null && NP_DETERMINERS.contains(d.lower[j + 1])
                    ? m.startingAt[j + 2] : m.startingAt[j + 1]; // "Citing local outlets, the Courier reports"
            if (r == null || EntityFinder.isPossessive(d, r.last() - 1) || r.last() >= d.sentLast[s]
                    || !d.readsLowerCase(r.last()) || Words.of(d.language, "coordinators").contains(d.lower[r.last()])
                    || Words.of(d.language, "relative-pronouns").contains(d.lower[r.last()])
                    || r.form() == MentionRef.Form.NAME && r.type() == EntityType.PLACE) {
                return f; // the first comma decides: "bid, Harlow has" (a subject) or "bid, in part ..." (not one)
            }
            return f.withSpeaker(r.first(), r.last(), r);
        }
        return f;
    }

    /**
     * German "heißt es" names nobody ("Am Markt hieß es, die Aussichten für Donald Trump hätten sich verbessert",
     * "Eine Heilung sei ausgeschlossen, heißt es", "wie es hieß"; {@code impersonal-report-verbs}): its speaker can
     * only stand in the clause of the cue and its "es" (a setting: "In einem Positionspapier des Ministeriums heißt
     * es"), never in what is reported. A speaker elsewhere is dropped, so the attribution goes on with the one before
     * it; {@code f} itself when it keeps its speaker.
     */
    static Found impersonalReport(Doc d, Found f) {
        int c = f.cueFirst();
        if (!"de".equals(d.language) || c < 0 || f.spkFirst() < 0 || f.cueLast() != c + 1
                || !Words.of(d.language, "impersonal-report-verbs").contains(d.lower[c])) {
            return f;
        }
        int s = d.sentenceOf[c];
        int first = clauseStartBefore(d, c, d.sentFirst[s]);
        boolean esAfter = c + 1 < d.sentLast[s] && "es".equals(d.lower[c + 1]);
        boolean esBefore = false;
        for (int k = first; k < c && !esBefore; k++) {
            esBefore = "es".equals(d.lower[k]);
        }
        if (!esAfter && !esBefore) {
            return f;
        }
        while (first == c && first > d.sentFirst[s] && d.is(first - 1, ',')) { // "..., heißt es": trailing, unless
            int before = clauseStartBefore(d, first - 1, d.sentFirst[s]); // a relative clause ends the field before it
            if (before == d.sentFirst[s] || !opensRelativeClause(d, before)) {
                break;
            }
            first = clauseStartBefore(d, before - 1, d.sentFirst[s]);
        }
        if (esBefore && first > d.sentFirst[s] && opensRelativeClause(d, first)) {
            // "eine Erklärung, in der es heißt": its antecedent speaks
            first = clauseStartBefore(d, first - 1, d.sentFirst[s]);
        }
        int last = c + 1;
        while (last < d.sentLast[s] && !d.is(last, ',') && !d.is(last, ':') && !d.quoted[last]) {
            last++;
        }
        return f.spkFirst() >= first && f.spkLast() <= last ? f : f.withSpeaker(-1, -1, null);
    }

    /** Whether a German relative pronoun, perhaps after a preposition, opens the clause at {@code k} ("in der"). */
    private static boolean opensRelativeClause(Doc d, int k) {
        int rel = k + 1 < d.sentLast[d.sentenceOf[k]] && Words.of(d.language, "prepositions").contains(d.lower[k])
                ? k + 1 : k;
        return Words.of(d.language, "relative-pronouns").contains(d.lower[rel]);
    }

    /** The first token of the clause holding {@code k}: after the last comma, colon or quotation before it. */
    private static int clauseStartBefore(Doc d, int k, int sentenceFirst) {
        int j = k;
        while (j > sentenceFirst && !d.is(j - 1, ',') && !d.is(j - 1, ':') && !d.quoted[j - 1]) {
            j--;
        }
        return j;
    }

    /** Punctuation that ends an aside before it reaches back to a comma: a clause, parenthesis or dash. */
    private static final String ASIDE_ENDS = ";:()[]\u2014\u2013";

    /**
     * A speaker named inside an apposition or relative clause of a person's or organisation's name, governed there by a
     * word of the aside ("said Rita Katz, the director of SITE Intelligence Group", "Michael Tyler, a spokesman for
     * the Feingold campaign, explaining", "Frank VanderSloot, who had backed Sen. Marco Rubio, said"): the aside tells
     * who the name is; the name speaks. The aside runs from the comma after the name to the speaker without other
     * punctuation, quotation or cue word, and opens with a lower-case word other than a coordinator ({@code
     * coordinators}: "Clinton, and Martin O'Malley" is a list). A name governed by a preposition ({@code
     * apposition-governors}: "Under Obama, the president's spokesman ...") opens a frame, not the subject; languages
     * without that list (German nouns are capitalised anyway) keep the speaker as it is.
     */
    static Found hostOfApposition(Doc d, Mentions m, Found f) {
        Set<String> governors = Words.of(d.language, "apposition-governors");
        int k = f.spkFirst();
        if (governors.isEmpty() || k < 3 || f.spkLast() <= k) {
            return f;
        }
        if (f.cueFirst() >= f.spkLast() && !commaBetween(d, f.spkLast(), f.cueFirst())) {
            return f; // the speaker is the subject of its cue in the aside ("the State Department, which she said")
        }
        int first = d.sentFirst[d.sentenceOf[k]];
        int p = k - 1;
        if (p > first && NP_DETERMINERS.contains(d.lower[p])) {
            p--; // "a spokesman for the Feingold campaign"
        }
        if (p <= first || d.quoted[p] || !d.isWord(p) || !d.readsLowerCase(p) || NP_DETERMINERS.contains(d.lower[p])) {
            return f; // the aside's head itself ("Josh Earnest, the White House press secretary"), or no aside
        }
        int j = p;
        while (j > first && k - j <= MAX_APPOSITION && !d.is(j, ',')) {
            if (d.quoted[j] || d.isQuoteMark(j) || !d.isWord(j) && ASIDE_ENDS.indexOf(d.text.charAt(d.start[j])) >= 0
                    || j >= f.cueFirst() && j < f.cueLast()) {
                return f;
            }
            j--;
        }
        if (j <= first || !d.is(j, ',') || d.quoted[j] || j + 1 >= k || !d.isWord(j + 1) || !d.readsLowerCase(j + 1)
                || Words.of(d.language, "coordinators").contains(d.lower[j + 1])) {
            return f;
        }
        MentionRef host = m.endingAt[j - 1];
        if (host == null || host.form() != MentionRef.Form.NAME || EntityFinder.isPossessive(d, j - 1)
                || host.type() != EntityType.PERSON && host.type() != EntityType.ORGANISATION
                || host.first() > first && governors.contains(d.lower[host.first() - 1])) {
            return f;
        }
        return f.withSpeaker(host.first(), host.last(), host);
    }

    /**
     * A speaker before its cue that is a name governed by a preposition ({@code name-prepositions}: "Hillary Clinton
     * took to Twitter to say", "O'Malley spoke at the Fair Immigration Reform Movement forum and criticized",
     * "Clinton said in Los Angeles, recalling"): where the sentence opens with the name of a person or organisation or
     * a pronoun (not a possessive), that is the subject the cue goes with, and speaks. So does a place's name apart from
     * its cue, governed or not ("a wall between the U.S. and Mexico, and has promised", "was in Bangor, Maine,
     * promising"). A name right before its cue is the cue's own subject ("with Sen. John McCain calling it") and
     * stays. Unchanged otherwise, and in languages without the list.
     */
    static Found subjectOverGovernedName(Doc d, Mentions m, Found f) {
        Set<String> prepositions = Words.of(d.language, "name-prepositions");
        int k = f.spkFirst();
        if (prepositions.isEmpty() || k < 2 || f.spkLast() >= f.cueFirst() || f.cueFirst() < 0) {
            return f; // a name right before its cue is its subject: "with Sen. John McCain calling it"
        }
        MentionRef s = m.startingAt[k];
        if (s == null || s.last() != f.spkLast() || s.form() != MentionRef.Form.NAME) {
            return f;
        }
        int first = d.sentFirst[d.sentenceOf[k]];
        int p = k - 1;
        if (p > first && NP_DETERMINERS.contains(d.lower[p])) {
            p--;
        }
        boolean governed = p > first && !d.quoted[p] && prepositions.contains(d.lower[p]);
        if (!governed && s.type() != EntityType.PLACE) {
            return f;
        }
        p = governed ? p : k; // a place apart from its cue ("between the U.S. and Mexico, and has promised")
        // the sentence opens after its dateline ("NEW YORK - Donald Trump on Saturday tweeted"): a place, no subject
        first = Math.max(first, firstAfterDateline(d, d.sentenceOf[k]));
        for (int i = first; i < p; i++) {
            MentionRef r = m.startingAt[i];
            if (r != null && r.last() <= p && !d.quoted[i] && (i == first || d.is(i - 1, ',') || d.isQuoteMark(i - 1))
                    && !EntityFinder.isPossessive(d, r.last() - 1) && (r.form() == MentionRef.Form.PRONOUN
                    || r.form() == MentionRef.Form.NAME
                    && (r.type() == EntityType.PERSON || r.type() == EntityType.ORGANISATION))) {
                return f.withSpeaker(r.first(), r.last(), r);
            }
        }
        return f;
    }

    /**
     * A speaker inside the dateline that opens its sentence ("NEW YORK - Donald Trump on Saturday tweeted ...",
     * {@link #afterDateline}): the place a story was filed from; the subject that opens the sentence after the dateline
     * speaks, else nobody named does. Applied to the found attributions only, so the cue model's inputs stay as
     * trained.
     */
    static Found subjectAfterDateline(Doc d, Mentions m, Found f) {
        int k = f.spkFirst();
        if (k < 0 || f.cueFirst() < 0) {
            return f;
        }
        int s = d.sentenceOf[k];
        int body = firstAfterDateline(d, s);
        if (body <= d.sentFirst[s] || d.end[f.spkLast() - 1] > d.start[body]) {
            return f;
        }
        int[] subj = f.cueFirst() > body && d.sentenceOf[f.cueFirst()] == s
                ? sentenceSubject(d, m, body, f.cueFirst()) : null;
        return subj == null ? f.withSpeaker(-1, -1, null)
                : f.withSpeaker(subj[0], subj[1], m.endingAt[subj[1] - 1]);
    }

    /** The first token of sentence {@code s} after the dateline that may open it ({@link #afterDateline}). */
    private static int firstAfterDateline(Doc d, int s) {
        return firstTokenFrom(d, afterDateline(d, d.sentenceSpan(s)).start());
    }

    /** Tokens of the noun phrase after an "according" word that {@link #personEndingAccordingSource} reads. */
    private static final int MAX_SOURCE_NP = 10;

    /**
     * The source after an English "according" word whose noun phrase ends, right before the clause ends, in a
     * person's name: "according to conservative columnist Hugh Hewitt,", "according to Fox News judicial analyst
     * Judge Andrew Napolitano.", "according to Ronald Reagan's former education secretary William J. Bennett,": the
     * names and lower-case words before it only describe the person, who speaks. Two names joined by a coordinator
     * ("by Peter Schott and Justin Pierce") or a phrase with a function word in it ("a study by ...") stay as found.
     * English only: German capitalises its nouns.
     */
    static Found personEndingAccordingSource(Doc d, Mentions m, Found f) {
        if (!"en".equals(d.language) || f.cueFirst() < 0 || !ACCORDING.contains(d.lower[f.cueFirst()])) {
            return f;
        }
        int k = f.cueFirst() + 1;
        if (k < d.tokens() && d.lower[k].equals("to")) {
            k++;
        }
        int s = d.sentenceOf[f.cueFirst()];
        Set<String> coordinators = Words.of(d.language, "coordinators");
        MentionRef named = null;
        int j = k;
        while (j < d.tokens() && j - k <= MAX_SOURCE_NP && d.sentenceOf[j] == s && d.isWord(j) && !d.quoted[j]) {
            MentionRef r = m.startingAt[j];
            if (r != null && r.last() > j) {
                named = r;
                j = r.last();
                continue;
            }
            boolean joinsDescriptions = coordinators.contains(d.lower[j]) && j > k
                    && d.readsLowerCase(j - 1) && m.endingAt[j - 1] == null;
            if (!joinsDescriptions && (j > k || !NP_DETERMINERS.contains(d.lower[j]))
                    && (FUNCTION_WORDS.contains(d.lower[j]) || NOT_SUBJECT.contains(d.lower[j]))) {
                return f;
            }
            j++;
        }
        named = named != null && named.last() == j ? m.endingAt[j - 1] : null; // the name in a description
        if (named == null || named.last() != j || j < d.tokens() && (d.isWord(j) || d.quoted[j])
                || named.form() != MentionRef.Form.NAME || named.type() != EntityType.PERSON
                || named.first() == f.spkFirst() || EntityFinder.isPossessive(d, named.last() - 1)) {
            return f;
        }
        Found g = f;
        if (d.start[named.first()] < f.span().end() && d.end[named.last() - 1] > f.span().start()) {
            // "According to columnist Hugh Hewitt, one notable feature ...": the content opened with its source
            if (f.span().start() < d.start[k] || f.span().start() >= d.end[j - 1] || !d.is(j, ',') || j + 1 >= d.tokens()
                    || d.start[j + 1] >= f.span().end()) {
                return f;
            }
            g = f.withSpan(trimSpan(d, d.start[j + 1], f.span().end()), f.kind());
        }
        return g.withSpeaker(named.first(), named.last(), named);
    }

    /** Whether an unquoted comma stands among tokens {@code [from, to)}. */
    private static boolean commaBetween(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.is(k, ',') && !d.quoted[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speaker that is a party-and-state label set off after a name ("House Speaker Paul Ryan, R-Wis., said",
     * "Sen. Mark Kirk (R-Ill.)", "Senators Charles E. Grassley, Republican of Iowa, ..."): the label belongs to the
     * name before it, which speaks; with no mention before it, nobody is named.
     */
    static Found beforePartyTag(Doc d, Mentions m, Found f) {
        int k = f.spkFirst();
        if (k < 2 || !(d.is(k - 1, ',') || d.is(k - 1, '('))
                || !SpeakerRanker.PARTY_STATE.matcher(d.token(k)).matches() && !partyOfPlace(d, k)) {
            return f;
        }
        MentionRef r = m.endingAt[k - 2];
        return r == null ? f.withSpeaker(-1, -1, null) : f.withSpeaker(r.first(), r.last(), r);
    }

    /** "Republican of Iowa", "Democrat from Vermont" at token {@code k} ({@code party-members}): a party label. */
    private static boolean partyOfPlace(Doc d, int k) {
        return k + 2 < d.tokens() && d.isCapitalised(k) && Words.of(d.language, "party-members").contains(d.lower[k])
                && (d.lower[k + 1].equals("of") || d.lower[k + 1].equals("from")) && d.isCapitalised(k + 2);
    }

    /** A web address or an e-mail address standing alone ("https://reporter.nih.gov", "info@example.org"). */
    private static final Pattern ADDRESS_ONLY = Pattern.compile(
            "(?:https?://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.\\w+|[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,6}(?:/\\S*)?");

    /**
     * A content without a word: no letter at all ("$16", "4K/30p" has one), or only a web or e-mail address
     * ("Website: https://reporter.nih.gov"). Nothing was said. "No." is a word.
     */
    static boolean noWords(Doc d, Found f) {
        String t = f.span().of(d.text).strip();
        int a = 0;
        int b = t.length();
        while (a < b && !Character.isLetterOrDigit(t.charAt(a)) && t.charAt(a) != '$') {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(t.charAt(b - 1)) && t.charAt(b - 1) != '/') {
            b--;
        }
        String core = t.substring(a, b);
        return core.chars().noneMatch(Character::isLetter) || ADDRESS_ONLY.matcher(core).matches();
    }

    /**
     * German: a verb of speaking followed (perhaps after its inverted subject) by whom, where or what rite ("sprach mit
     * seiner Frau und seinem Sohn", "Der Präsident sprach in Caracas", "sprach ein Gebet"; {@code speaking-verbs},
     * {@code speaking-settings}), with nothing spoken of in its content ({@code speaking-topics}: "von", "über",
     * "dass"; no quotation): that someone spoke, not what. "spricht die Polizei von ..." reports.
     */
    static boolean spokeWithOrWhere(Doc d, Mentions m, Found f) {
        if (!"de".equals(d.language) || f.cueFirst() < 0 || f.cueLast() != f.cueFirst() + 1) {
            return false;
        }
        String cue = d.lower[f.cueFirst()];
        if (Words.of(d.language, "speaking-verbs").stream().noneMatch(cue::startsWith)) {
            return false;
        }
        int k = f.cueLast();
        MentionRef after = k < d.tokens() ? m.startingAt[k] : null;
        k = after != null ? after.last() : f.spkFirst() == k && f.spkLast() > k ? f.spkLast() : k;
        if (k >= d.tokens() || d.quoted[k] || !Words.of(d.language, "speaking-settings").contains(d.lower[k])) {
            return false;
        }
        for (int j = firstTokenFrom(d, f.span().start()); j >= 0 && j < d.tokens() && d.start[j] < f.span().end();
             j++) {
            if (d.quoted[j] || d.isQuoteMark(j) || Words.of(d.language, "speaking-topics").contains(d.lower[j])) {
                return false; // "sprach mit Journalisten über ...", "sprach in Berlin von ..."
            }
        }
        return true;
    }

    /**
     * An attribution whose content is one unquoted lower-case word right after a preposition of manner ({@code
     * manner-prepositions}: "Traders reacted with alarm", "he began by saying"): how someone reacted, not what was
     * said. Statement pronouns ("agreed with that") still report.
     */
    static boolean mannerOnly(Doc d, Found f) {
        int k = firstTokenFrom(d, f.span().start());
        if (k <= 0 || d.quoted[k] || !d.isWord(k) || !d.readsLowerCase(k) || d.end[k] < f.span().end()
                || d.start[k] != f.span().start()) {
            return false;
        }
        return Words.of(d.language, "manner-prepositions").contains(d.lower[k - 1])
                && !Words.of(d.language, "statement-pronouns").contains(d.lower[k]);
    }

    /**
     * A German attribution whose cue names nobody ("Als Begründung dafür heißt es, ...", "Ihm wird Totschlag
     * vorgeworfen", a cue whose speaker candidates all scored below the speaker model's threshold) goes on with the
     * speaker of the attribution before it in its paragraph or the one before, as a cue-less continuation does.
     * {@code in} is sorted by span.
     */
    private static List<Found> speakerlessGoOn(Doc d, List<Found> in) {
        List<Found> out = new ArrayList<>(in.size());
        for (Found f : in) {
            if (!f.hasSpeaker() && f.cueFirst() >= 0) {
                Found prev = previousWithSpeaker(d, out, f.span().start(), d.sentParagraph[f.sentence()]);
                out.add(prev == null ? f : f.withSpeakerOf(prev));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The attributions with a cue, quoted regions and their continuations, before cue-less continuations. */
    List<Found> attributed(Doc d, Mentions m, Lang lang) {
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < d.sentences(); s++) {
            if (lang.cue() == null || isLinkLine(d, s)) {
                continue;
            }
            int before = out.size();
            if (lang.quotedByRules() && quotedAttribution(d, m, lang, s, out)) {
                if (!"de".equals(d.language)) {
                    learnedSentence(d, m, lang, s, out, List.copyOf(out.subList(before, out.size())));
                }
                continue;
            }
            if (lineFrame(d, m, lang.lex(), s, out)) { // "Pat Caddell: Democrat Voters Worried ...": it speaks it all
                learnedSentence(d, m, lang, s, out, List.copyOf(out.subList(before, out.size())));
                continue;
            }
            learnedSentence(d, m, lang, s, out, List.of());
            dropLabelSpeakers(d, m, s, out, before);
            if (out.size() == before) {
                pollStanding(d, s, out);
            }
        }
        if (lang.cue() == null) {
            for (int s = 0; s < d.sentences(); s++) {
                if (isLinkLine(d, s)) {
                    continue;
                }
                int before = out.size();
                sentence(d, m, lang.lex(), s, out);
                if (out.size() == before) {
                    pollStanding(d, s, out);
                }
            }
        }
        out = extendToRegions(d, out);
        out = dedupe(out);
        out = continuations(d, m, lang.lex(), out);
        return dashAttributions(d, m, out);
    }

    /** Bullets that separate the items of a list run into one line ("Other stories: • A • B"). */
    private static final String BULLETS = "\u2022\u00b7\u25aa\u25b8\u25ba\u25a0\u25e6";

    /**
     * A line of links, not prose: a sentence that holds a list bullet ("Other local stories: • Traders ask for rate
     * relief • Show: record crowds"), or one opened by a label in capitals and a colon that does not end like a
     * sentence ("RELATED: Traders ask for rate relief"; "CLARIFICATION: ... is calling for a review." is prose). Its
     * headlines attribute nothing.
     */
    static boolean isLinkLine(Doc d, int s) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        for (int k = first; k < last; k++) {
            if (d.end[k] - d.start[k] == 1 && BULLETS.indexOf(d.text.charAt(d.start[k])) >= 0) {
                return true;
            }
        }
        int k = first;
        while (k < last && d.isWord(k) && inCapitals(d, k)) {
            k++;
        }
        return k > first && k < last && d.is(k, ':') && !endsLikeSentence(d, last);
    }

    /** A word of two letters or more written in capitals ("RELATED", "MARROWBY"). */
    private static boolean inCapitals(Doc d, int k) {
        String w = d.token(k);
        return w.length() > 1 && Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a content says anything: it holds a word that is neither the attribution's cue or speaker nor a
     * function word, or a word that stands for a statement ({@code statement-pronouns}: "It," he said). "Sie sagte:"
     * (a cue before a colon that introduces the next paragraph), "in a" (an adverbial cut from "said in a
     * statement"), a lone word in capitals (a dateline, "MARROWBY") and words of a date alone ("New polls released
     * Sunday", "emails released this week": when something appeared) do not.
     */
    static boolean saysSomething(Doc d, Span content, Attribution a) {
        Set<String> pronouns = Words.of(d.language, "statement-pronouns");
        int words = 0;
        boolean says = false;
        boolean capitals = false;
        boolean dated = false;
        boolean numbers = false;
        for (int k = firstTokenFrom(d, content.start()); k >= 0 && k < d.tokens() && d.end[k] <= content.end();
                k++) {
            boolean frame = k >= a.cueFirst() && k < a.cueLast() || k >= a.spkFirst() && k < a.spkLast();
            if (!frame && d.isWord(k)) {
                words++;
                capitals = inCapitals(d, k);
                boolean time = !d.quoted[k] && TimeTagger.isTimeVocabulary(d.lower[k]);
                boolean number = !d.quoted[k] && isNumber(d.lower[k]);
                dated |= time;
                numbers |= number;
                says |= !FUNCTION_WORDS.contains(d.lower[k]) && !time && !number || pronouns.contains(d.lower[k]);
            }
        }
        says |= numbers && !dated; // "would be $300" says an amount; "March 23, 2015" only a date
        return says && !(words == 1 && capitals) && !announcementOnly(d, content);
    }

    /** An announcement noun has at most this many words before it after its article ("a brief follow-up"). */
    private static final int MAX_ANNOUNCEMENT_MODIFIERS = 2;

    /**
     * An unquoted content that only names a document ({@code announcement-nouns}): an indefinite article, a word or
     * two, the noun, then words of a date alone ("released a statement Tuesday", "issued a follow-up statement on
     * Saturday night"). "blasted the statement", "a statement confirming ..." and "released the following
     * statement:" (whose speaker the quotation after the colon takes) stay: "a statement" is a document not yet
     * named ({@code indefinite-articles}), "the statement" one the text refers to.
     */
    static boolean announcementOnly(Doc d, Span content) {
        Set<String> nouns = Words.of(d.language, "announcement-nouns");
        int k = firstTokenFrom(d, content.start());
        if (nouns.isEmpty() || k < 0 || d.quoted[k]
                || !Words.of(d.language, "indefinite-articles").contains(d.lower[k])) {
            return false;
        }
        int noun = -1;
        for (int j = k + 1; j < d.tokens() && j <= k + 1 + MAX_ANNOUNCEMENT_MODIFIERS && d.end[j] <= content.end()
                && !d.quoted[j]; j++) {
            if (nouns.contains(d.lower[j])) {
                noun = j;
                break;
            }
        }
        if (noun < 0) {
            return false;
        }
        Set<String> timePrepositions = Words.of(d.language, "time-prepositions");
        for (int j = noun + 1; j < d.tokens() && d.end[j] <= content.end(); j++) {
            if (d.quoted[j] || d.isWord(j) && !TimeTagger.isTimeVocabulary(d.lower[j])
                    && !timePrepositions.contains(d.lower[j]) || d.is(j, ',')) {
                return false;
            }
        }
        return true;
    }

    /**
     * An unquoted content that is a person's name and a phrase of where, when or through what ({@code
     * setting-prepositions}: "congratulated Kessler on social media"): the person the verb acts on, and no claim.
     * "endorsed Clinton", "attacked Clinton for her support of ..." and "said Kessler won" stay.
     */
    static boolean personObject(Doc d, Mentions m, Span content) {
        int k = firstTokenFrom(d, content.start());
        MentionRef r = k < 0 ? null : m.startingAt[k];
        if (r == null || d.quoted[k] || r.form() != MentionRef.Form.NAME || r.type() != EntityType.PERSON) {
            return false;
        }
        int after = r.last();
        if (after >= d.tokens() || d.start[after] >= content.end() || d.quoted[after]
                || !Words.of(d.language, "setting-prepositions").contains(d.lower[after])) {
            return false;
        }
        int j = after;
        while (j < d.tokens() && d.start[j] < content.end()) {
            if (d.quoted[j] || d.isQuoteMark(j) || d.is(j, ',')) {
                return false; // a quotation, or a clause after the phrase
            }
            j++;
        }
        return j - after <= MAX_SETTING_TOKENS; // "on Twitter for backing his priority" goes on with a claim
    }

    /**
     * A content before its frame that is only an opening phrase of setting: it opens with a {@code
     * setting-prepositions} word ("In an interview on CBS's "Face the Nation,"", "In his 2002 book, ''Make Your Kid a
     * Millionaire,''", "In the end", "In 2008") and has at most {@link #MAX_SETTING_CONTENT} words outside quotation
     * marks, none a clause start ("that", "whether") and none after a comma outside them.
     */
    private static boolean settingOpener(Doc d, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || d.quoted[k] || !Words.of(d.language, "setting-prepositions").contains(d.lower[k])) {
            return false;
        }
        int words = 0;
        boolean comma = false;
        for (int j = k; j < d.tokens() && d.start[j] < content.end(); j++) {
            if (d.quoted[j]) {
                continue;
            }
            comma |= d.is(j, ',');
            if (d.isWord(j) && (comma || CLAUSE_STARTS.contains(d.lower[j]) || ++words > MAX_SETTING_CONTENT)) {
                return false; // "In Iowa, Trump is in first": a clause after the phrase
            }
        }
        return true;
    }

    /** A content that is only a phrase of setting has at most this many tokens ("in Japanese on its website"). */
    private static final int MAX_SETTING_CONTENT = 8;

    /**
     * An unquoted content right after its cue that is only a phrase of where, when or through what ({@code
     * setting-prepositions}): "a statement posted in Japanese on its website, X said", "Its report, published on the
     * council's website on Monday afternoon, describes ...": the participle tells where something appeared, and
     * reports no claim. A comma, a clause start ("that") or a quotation in it makes it a claim.
     */
    static boolean settingOnly(Doc d, Mentions m, Attribution a, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || d.quoted[k] || k < a.cueLast() || !participle(d, m, a)) {
            return false;
        }
        Set<String> setting = Words.of(d.language, "setting-prepositions");
        boolean opens = setting.contains(d.lower[k]) || k - 1 >= a.cueLast() && setting.contains(d.lower[k - 1]);
        if (!opens) {
            return false;
        }
        int n = 0;
        for (int j = k; j < d.tokens() && d.start[j] < content.end(); j++) {
            if (d.quoted[j] || d.isQuoteMark(j) || d.is(j, ',') || CLAUSE_STARTS.contains(d.lower[j])
                    || ++n > MAX_SETTING_CONTENT) {
                return false;
            }
        }
        return true;
    }

    /**
     * A content before its speaker that is only a phrase of where or through what ({@code setting-prepositions}): "On
     * ''Meet the Council,'' Sen. Tom Harlow, who lost the primary, identified ...": the show is where the speaker
     * spoke, not what was said. A title in quotation marks may stand in it; a clause start may not.
     */
    static boolean settingBeforeSpeaker(Doc d, Attribution a, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || !a.hasSpeaker() || content.end() > d.start[a.spkFirst()]
                || !Words.of(d.language, "setting-prepositions").contains(d.lower[k])) {
            return false;
        }
        int n = 0;
        for (int j = k; j < d.tokens() && d.start[j] < content.end(); j++) {
            if (CLAUSE_STARTS.contains(d.lower[j]) || d.is(j, ',') && !d.quoted[j] || ++n > MAX_SETTING_CONTENT) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cue of one word with a participle's ending ({@code participle-endings}: "-ed") after a comma or a common noun,
     * not after its subject ("Its report, published on ...", "a statement posted in ..."): a participle that
     * describes, not a verb that reports. Languages with that list only.
     */
    private static boolean participle(Doc d, Mentions m, Attribution a) {
        int c = a.cueFirst();
        if (a.cueLast() - c != 1 || c == d.sentFirst[d.sentenceOf[c]]
                || Words.of(d.language, "participle-endings").stream().noneMatch(d.lower[c]::endsWith)) {
            return false;
        }
        int p = c - 1;
        return d.is(p, ',') || d.isWord(p) && !d.isCapitalised(p) && m.endingAt[p] == null
                && !FUNCTION_WORDS.contains(d.lower[p]);
    }

    /** A bare noun phrase has a determiner and at most this many more words ("the council"). */
    private static final int MAX_BARE_NP_WORDS = 2;

    /**
     * An unquoted content that is a determiner and a noun or two ("Not all traders blame the council": "the council"):
     * what the verb acts on, no claim; reported by nobody, it is dropped.
     */
    static boolean bareNounPhrase(Doc d, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || d.quoted[k] || !NP_DETERMINERS.contains(d.lower[k])) {
            return false;
        }
        int n = 0;
        for (int j = k + 1; j < d.tokens() && d.start[j] < content.end(); j++) {
            if (!d.isWord(j) || d.quoted[j] || ++n > MAX_BARE_NP_WORDS) {
                return false;
            }
        }
        return n > 0;
    }

    /** Cue verbs whose object is the one addressed when a request follows ("ask", "beg"; data). */
    private static final Set<String> ADDRESSEE_CUES = Words.all("addressee-cues");

    /**
     * {@code content} without the one addressed: after a cue that addresses someone ({@code addressee-cues}), an
     * object noun phrase right after the cue and then "for" ("asked the Supreme Court for quick action", "ask council
     * for rate relief") is the addressee; what was asked for starts at "for". Otherwise {@code content} as it is.
     */
    static Span afterAddressee(Doc d, Attribution a, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || k != a.cueLast() || d.quoted[k]) {
            return content;
        }
        if (TELL_CUES.contains(d.lower[a.cueLast() - 1])) {
            int clause = toldClause(d, k, content);
            return clause > k ? trimSpan(d, d.start[clause], content.end()) : content;
        }
        if (!ADDRESSEE_CUES.contains(d.lower[a.cueLast() - 1])) {
            return content;
        }
        for (int j = k + 1; j < d.tokens() && j - k <= MAX_NP && d.end[j] <= content.end(); j++) {
            if (d.lower[j].equals("for")) {
                return trimSpan(d, d.start[j], content.end());
            }
            if (!d.isWord(j) || d.quoted[j] || CLAUSE_STARTS.contains(d.lower[j]) || CUE_PREPOSITIONS.contains(
                    d.lower[j]) || d.lower[j].equals("to")) {
                return content;
            }
        }
        return content;
    }

    /** The one told is a name of at most this many tokens ("The Huffington Post", "The New York Times"). */
    private static final int MAX_TOLD_NAME = 6;

    /**
     * A content right after a tell cue ({@code tell-cues}) that is only a name up to the end of its sentence ("his
     * top aide, Tad Devine, told The Huffington Post."): the one told, not what was told, which stands before.
     */
    static boolean onlyTheOneTold(Doc d, Attribution a, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || k != a.cueLast() || !TELL_CUES.contains(d.lower[a.cueLast() - 1])) {
            return false;
        }
        int s = d.sentenceOf[k];
        int end = lastContentToken(d, d.sentLast[s]);
        if (d.end[end] > content.end() || end + 1 - k > MAX_TOLD_NAME) {
            return false;
        }
        for (int j = k; j <= end; j++) {
            if (d.quoted[j] || !d.isWord(j) || !d.isCapitalised(j) && !NP_DETERMINERS.contains(d.lower[j])) {
                return false;
            }
        }
        return d.isCapitalised(end);
    }

    /** Cue verbs whose first object is the one told, when a clause follows it without "that" (data). */
    private static final Set<String> TELL_CUES = Words.all("tell-cues");
    /** Object pronouns that can be the one told ("told him the plan was sound"; data). */
    private static final Set<String> OBJECT_PRONOUNS = Words.all("object-pronouns");
    /** Subject pronouns that open the clause told ("told reporters he would not resign"; data). */
    private static final Set<String> SUBJECT_PRONOUNS = Words.all("subject-pronouns");
    /** Words of the noun phrase of the one told at most ("told the BBC's political editor" is as far as it goes). */
    private static final int MAX_TOLD = 3;

    /**
     * Where the clause told starts after a tell verb's object ("told reporters the town would cope", "told the BBC on
     * Monday it had no plans", "told him the plan was sound"): after an object pronoun, or after a noun phrase of at
     * most {@link #MAX_TOLD} words (a determiner, then words that are neither function words, time words nor "-ing"
     * forms; without a determiner, a word then names: "reporters", "host Chris Cuomo", not "friends since") and an
     * optional phrase of time ("on Monday", "last week"), the clause opens with a determiner or a subject pronoun.
     * {@code k}, the content's first token, when no such object stands there.
     */
    static int toldClause(Doc d, int k, Span content) {
        int j = k;
        if (OBJECT_PRONOUNS.contains(d.lower[j])) {
            j++;
        } else {
            boolean determined = NP_DETERMINERS.contains(d.lower[j]);
            j = determined ? j + 1 : j;
            int words = 0;
            while (j < d.tokens() && words < MAX_TOLD && isToldWord(d, j)
                    && (words == 0 || determined || d.isCapitalised(j))) {
                j++;
                words++;
            }
            if (words == 0) {
                return k;
            }
        }
        j = skipTimePhrase(d, j);
        boolean opens = j < d.tokens() && d.end[j] < content.end() && !d.quoted[j]
                && (NP_DETERMINERS.contains(d.lower[j]) || SUBJECT_PRONOUNS.contains(d.lower[j]));
        return opens ? j : k;
    }

    private static boolean isToldWord(Doc d, int j) {
        String w = d.lower[j];
        return d.isWord(j) && !d.quoted[j] && !FUNCTION_WORDS.contains(w) && !NP_DETERMINERS.contains(w)
                && !SUBJECT_PRONOUNS.contains(w) && !w.endsWith("ing") && !TELL_CUES.contains(w)
                && !TimeTagger.isTimeVocabulary(w);
    }

    /** The token after "on Monday", "in an interview" or "last week" at {@code j}, or {@code j}. */
    private static int skipTimePhrase(Doc d, int j) {
        if (j + 1 >= d.tokens() || !(Words.of(d.language, "time-prepositions").contains(d.lower[j])
                || d.lower[j].equals("last"))) {
            return j;
        }
        int e = j + 1;
        e = NP_DETERMINERS.contains(d.lower[e]) && !d.lower[e].equals("last") ? e + 1 : e;
        return e < d.tokens() && d.isWord(e) && (TimeTagger.isTimeWord(d.lower[e]) || d.lower[e].equals("interview"))
                ? e + 1 : j;
    }

    /**
     * In a headline or standfirst ({@link #headline}), an unquoted content that is the object of
     * a preposition after the cue ("Farmers warn of hay shortage", "Traders ask for rate relief"): the topic of a
     * warning or what is asked for, no claim. Headlines drop their articles and verbs of saying, so only a clause
     * there ("water firm says ban could last") is reported.
     */
    static boolean headlineTopic(Doc d, Attribution a, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || d.quoted[k] || d.isQuoteMark(k) || !headline(d, d.sentenceOf[k])) {
            return false;
        }
        return CUE_PREPOSITIONS.contains(d.lower[k])
                || k - 1 >= a.cueLast() && CUE_PREPOSITIONS.contains(d.lower[k - 1]);
    }

    /** A phrase of setting after a person object ("on social media", "at the town hall") has at most this many. */
    private static final int MAX_SETTING_TOKENS = 4;

    // ---- one sentence -----------------------------------------------------------------------------------------

    private void sentence(Doc d, Mentions m, CueLexicon lex, int s, List<Found> out) {
        if (lineFrame(d, m, lex, s, out)) {
            return; // "Pat Caddell: Democrat Voters Worried About ...": the name before the colon speaks it all
        }
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        int best = -1;
        Attribution bestAttr = null;
        double bestScore = 0;
        for (int i = first; i < last; i++) {
            if (d.quoted[i] || !d.isWord(i) || m.inName[i] || notAccording(d, i, last)
                    || !lex.isCue(d.lower[i]) && !isAccording(d, i, last) && !isSoCue(d, m, i, last)) {
                continue;
            }
            Attribution a = attribution(d, m, lex, i, first, last);
            double score = Math.max(lex.score(d.lower[i]), d.lower[i].equals("so") ? 1.0 : 0.0)
                    + speakerBonus(a);
            if (score > bestScore) {
                best = i;
                bestAttr = a;
                bestScore = score;
            }
        }
        if (best < 0) {
            return;
        }
        Span content = content(d, lex, bestAttr, first, last);
        int secondary = secondaryCue(d, lex, bestAttr, last);
        if (secondary >= 0 && content != null && content.end() > d.start[secondary]
                && content.start() < d.start[secondary - 1]) {
            content = trimSpan(d, content.start(), d.start[secondary - 1]);
        }
        if (!bestAttr.hasSpeaker() && (!endsLikeSentence(d, last) || bestScore < SPEAKERLESS_MIN_SCORE
                || titleOpeningCue(d, bestAttr, s))) {
            return; // page furniture, or a weak cue with nobody to say it
        }
        if (!reports(d, lex, bestAttr, content)) {
            return;
        }
        if (content != null && content.length() > 0 && saysSomething(d, content, bestAttr)
                && !settingBeforeSpeaker(d, bestAttr, content)) {
            out.add(found(d, content, bestAttr, s));
        }
        if (secondary >= 0) {
            int a = skipComplement(d, secondary + 1, last);
            Span c2 = a < last ? trimSpan(d, d.start[a], d.end[lastContentToken(d, last)]) : null;
            if (c2 != null && c2.length() > 0) {
                Attribution sec = new Attribution(secondary, secondary + 1, bestAttr.spkFirst, bestAttr.spkLast,
                        bestAttr.ref, Place.SUBJECT, bestAttr.accordingSpeakerEnd);
                out.add(found(d, c2, sec, s));
            }
        }
    }

    /**
     * A candidate attribution of a sentence: a cue word, the attribution the rules build around it, one candidate
     * content span ({@code side}: {@code R} after the cue or its inverted speaker, {@code L} before the speaker or
     * cue, {@code X} the rules' own cut when it is neither, {@code S} the whole sentence, German only: a report of
     * speech such as "Augenzeugen berichteten von Schüssen" is its own content there) and its learned score.
     */
    record Candidate(int token, Attribution attribution, char side, Span content, boolean ruleChoice,
                     double probability) {
    }

    /** The content candidates of a cue, in the order they are scored. */
    private static final char[] SIDES = {'R', 'L', 'X', 'S'};

    /**
     * A word the learned cue model scores: any learned or curated cue word, "according"-words, German "so", and any
     * other content word right after a subject mention ({@link #isGeneric}).
     */
    boolean isCandidate(Doc d, Mentions m, CueLexicon lex, int i, int last) {
        if (d.quoted[i] || !d.isWord(i) || m.inName[i] || isTimePreposition(d, i, last) || notAccording(d, i, last)) {
            return false;
        }
        return lex.isCandidate(d.lower[i]) || isAccording(d, i, last) || isSoCue(d, m, i, last)
                || isGeneric(d, m, i) || isPassive(d, i, d.sentFirst[d.sentenceOf[i]], last);
    }

    /** A word right after a possessive that addresses the reader ("Have your say"): a noun, never a cue. */
    private static boolean afterPossessive(Doc d, int i) {
        return i > d.sentFirst[d.sentenceOf[i]]
                && Words.of(d.language, "reader-possessives").contains(d.lower[i - 1]);
    }

    /**
     * An "according" word with its source: "laut Polizei", "according to", "Medienberichten zufolge"; not the
     * adjective before punctuation ("Kritik wird laut, ...").
     */
    static boolean isAccording(Doc d, int i, int last) {
        return ACCORDING.contains(d.lower[i]) && (d.lower[i].equals("zufolge") || i + 1 < last && d.isWord(i + 1));
    }

    /**
     * An "according" word that a stop word follows ("laut und deutlich", "nach und nach"): an adjective or an idiom,
     * never a cue, however often the word is one.
     */
    static boolean notAccording(Doc d, int i, int last) {
        return i + 1 < last && ACCORDING.contains(d.lower[i])
                && Words.of(d.language, "according-stops").contains(d.lower[i + 1]);
    }

    /**
     * An "according" word as a preposition of time ("Nach Jahren des Wartens", "nach 3 Wochen"): a time word,
     * perhaps after a number, follows it. No cue, however often the word is one.
     */
    static boolean isTimePreposition(Doc d, int i, int last) {
        return ACCORDING.contains(d.lower[i]) && i + 1 < last && (TimeTagger.isTimeWord(d.lower[i + 1])
                || isNumber(d.lower[i + 1]) && i + 2 < last && TimeTagger.isTimeWord(d.lower[i + 2]));
    }

    /**
     * A lower-case content word right after a person, organisation or pronoun mention, perhaps past one adverb or
     * auxiliary, in English two ("PolitiFact rated ...", "Many experts suspect ...", "Britain has long blocked ...",
     * "The FBI has been investigating ..."): a verb of unknown kind whose subject could be a source.
     */
    static boolean isGeneric(Doc d, Mentions m, int i) {
        if (!d.readsLowerCase(i) || d.lower[i].length() < 3
                || FUNCTION_WORDS.contains(d.lower[i])) {
            return false;
        }
        int first = d.sentFirst[d.sentenceOf[i]];
        int k = i - 1;
        // English: past two ("has been investigating", "may also illustrate"); German: one
        for (int skips = "de".equals(d.language) ? 1 : 2; skips > 0 && k > first && m.endingAt[k] == null
                && (FUNCTION_WORDS.contains(d.lower[k]) || isAdverb(d, k)); skips--) {
            k--;
        }
        if (k < first) {
            return false;
        }
        MentionRef r = m.endingAt[k];
        return r != null && !EntityFinder.isPossessive(d, k)
                && !(r.form() == MentionRef.Form.NAME && r.type() == EntityType.PLACE);
    }

    /**
     * The sentence's candidate attributions: for each cue candidate, each of its content candidates, scored by the
     * learned model when {@code lang} has one (else 0).
     */
    List<Candidate> candidates(Doc d, Mentions m, Lang lang, int s, CueFeatures f) {
        return candidates(d, m, lang, s, f, k -> false);
    }

    /** As {@link #candidates(Doc, Mentions, Lang, int, CueFeatures)}, without the cue words {@code skip} accepts. */
    private List<Candidate> candidates(Doc d, Mentions m, Lang lang, int s, CueFeatures f,
                                       java.util.function.IntPredicate skip) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        List<Candidate> out = new ArrayList<>();
        double topRate = 0;
        for (int i = first; i < last; i++) {
            if (!d.quoted[i]) {
                topRate = Math.max(topRate, lang.lex().rate(d.lower[i]));
            }
        }
        for (int i = first; i < last; i++) {
            if (skip.test(i) || !isCandidate(d, m, lang.lex(), i, last)) {
                continue;
            }
            Attribution a = attribution(d, m, lang.lex(), i, first, last);
            boolean top = lang.lex().rate(d.lower[i]) >= topRate;
            Span rule = content(d, lang.lex(), a, first, last);
            Span right = rightContent(d, lang.lex(), a, last);
            if (right != null && startsWithParticipleCue(d, lang.lex(), right)) {
                right = null; // "X has said, insisting that ...": what follows is the participle's content
            }
            if (right != null && inRelativeClause(d, a, first) && afterClosingComma(d, a, right)) {
                right = null; // "a review, which he called for in June, will report": the main clause's verb
            }
            Span left = leftContent(d, a, first);
            Span whole = "de".equals(d.language) ? trimSpan(d, d.start[first], d.end[lastContentToken(d, last)])
                    : null;
            boolean ruleSeen = false;
            boolean begun = false;
            for (char side : SIDES) {
                Span c = side == 'R' ? right : side == 'L' ? left : side == 'S' ? whole : ruleSeen ? null : rule;
                if (side == 'S' && c != null && (c.equals(right) || c.equals(left) || c.equals(rule))) {
                    continue;
                }
                if (c == null || c.length() == 0 || side == 'L' && c.equals(right)) {
                    continue;
                }
                boolean isRule = c.equals(rule);
                ruleSeen |= isRule;
                double p = 0;
                if (lang.cue() != null) {
                    if (!begun) {
                        f.begin(d, m, lang.lex(), i, a, top);
                        begun = true;
                    }
                    f.content(d, lang.lex(), i, a, side, c, isRule);
                    p = lang.cue().probability(f.features(), f.size());
                }
                out.add(new Candidate(i, a, side, c, isRule, p));
            }
        }
        return out;
    }

    /** A content that opens with a participle cue after a comma (", insisting that", ", adding"). */
    private static boolean startsWithParticipleCue(Doc d, CueLexicon lex, Span content) {
        int k = firstTokenFrom(d, content.start());
        return k > 0 && d.is(k - 1, ',') && !d.quoted[k] && lex.isCue(d.lower[k])
                && (d.lower[k].endsWith("ing") || d.lower[k].equals("adding"));
    }

    /**
     * The curated speech verb that a content reaches, within a few words and no comma, joined by a conjunction ("X
     * conceded within an hour and said he would ...": "within an hour" is no claim; what follows "said" is its
     * content), or -1.
     */
    static int coordinatedCue(Doc d, CueLexicon lex, Span content) {
        int k = firstTokenFrom(d, content.start());
        for (int j = k; j >= 0 && j + 2 < d.tokens() && j - k <= MAX_OBJECT_TOKENS && d.end[j + 2] <= content.end();
                j++) {
            if (d.quoted[j] || !d.isWord(j) || CLAUSE_STARTS.contains(d.lower[j])) {
                return -1; // a quotation, a comma, "that": the content has begun
            }
            if (j > k && CUT_TRAILERS.contains(d.lower[j]) && !d.quoted[j + 1] && lex.isCurated(d.lower[j + 1])) {
                return j + 1;
            }
        }
        return -1;
    }

    /** The content after the cue (or after a speaker that follows it): "said (that) ...", ", said X, ...". */
    private static Span rightContent(Doc d, CueLexicon lex, Attribution a, int last) {
        int end = lastContentToken(d, last);
        boolean speakerAfter = a.hasSpeaker() && a.spkFirst() >= a.cueLast();
        int k = skipObject(d, lex, speakerAfter ? a.spkLast() : a.cueLast(), last);
        int c = afterTimeAdverbial(d, skipComplement(d, k, last), end);
        return c <= end ? trimSpan(d, d.start[c], d.end[end]) : null;
    }

    /**
     * "the council said on Tuesday, adding that ...", "lawmakers said Friday afternoon.": a time adverbial right
     * after the cue, up to a comma or the end, reports nothing; the content starts after it (none at the end).
     * Languages with a {@code time-prepositions} word list only.
     */
    private static int afterTimeAdverbial(Doc d, int c, int end) {
        java.util.Set<String> prepositions = Words.of(d.language, "time-prepositions");
        if (prepositions.isEmpty() || c > end) {
            return c;
        }
        int t = prepositions.contains(d.lower[c]) ? c + 1 : c;
        int words = t;
        while (t <= end && !d.quoted[t] && (TimeTagger.isTimeVocabulary(d.lower[t]) || isNumber(d.lower[t]))) {
            t++;
        }
        if (t == words) {
            return c;
        }
        return t > end ? t : d.is(t, ',') ? t + 1 : c;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    /** The content before the speaker (or before the cue when the speaker follows it): "..., X said". */
    private static Span leftContent(Doc d, Attribution a, int first) {
        if (a.place() == Place.PASSIVE) {
            return passiveContent(d, a, first);
        }
        int edge = frameFirst(a);
        if (inRelativeClause(d, a, first)) {
            edge--; // "a review, which he called for": the cue's object is what the clause follows
        }
        return edge > first ? before(d, first, edge) : null;
    }

    /**
     * The cue and its subject open with an English relative pronoun ({@code relative-pronouns}: "an independent
     * review, which he called for in June, will report in January"): what the cue reports is the noun the clause
     * follows, or a clause right after the cue ("which Mozloom thinks will lead to ..."), never what follows the
     * comma that closes the relative clause. The pronoun stands before a subject that stands before the cue: a
     * pronoun that is itself the subject ("the agency, which said Friday, in a filing, that ...") is not read.
     * English only (German's list of that name holds pronouns that are articles too).
     */
    private static boolean inRelativeClause(Doc d, Attribution a, int first) {
        int edge = frameFirst(a);
        return "en".equals(d.language) && a.hasSpeaker() && a.spkFirst() < a.cueFirst() && edge > first
                && Words.of(d.language, "relative-pronouns").contains(d.lower[edge - 1]);
    }

    /** A comma between the cue's end and {@code content}: for a cue in a relative clause, the clause has closed. */
    private static boolean afterClosingComma(Doc d, Attribution a, Span content) {
        for (int k = a.cueLast(); k < d.tokens() && d.start[k] < content.start(); k++) {
            if (d.is(k, ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quotation marks are the rules' ground where they measure better (the trainer decides per language on held-out
     * train documents and records it as the cue model's {@code __quoted_by_rules__} option): in a sentence with a
     * quoted region, when the rules attribute content that touches the region to a speaker, their attribution stands
     * (and {@code true} is returned); elsewhere the learned model decides.
     */
    private boolean quotedAttribution(Doc d, Mentions m, Lang lang, int s, List<Found> out) {
        boolean quoted = false;
        for (int i = d.sentFirst[s]; i < d.sentLast[s] && !quoted; i++) {
            quoted = d.quoted[i];
        }
        if (!quoted) {
            return false;
        }
        List<Found> rule = new ArrayList<>();
        sentence(d, m, lang.lex(), s, rule);
        for (Found f : rule) {
            boolean touches = false;
            for (Span r : d.quoteRegions) {
                touches |= r.overlaps(f.span()) || r.start() == f.span().end() || r.end() == f.span().start();
            }
            if (!touches || !f.hasSpeaker() || f.cueFirst() < 0) {
                return false;
            }
        }
        for (Found f : rule) {
            out.add(SpeakerRanker.describedName(d, m, f)); // "wrote the ambassador at the time, John E. Herbst."
        }
        return !rule.isEmpty();
    }

    /**
     * The learned path: every candidate attribution (cue word and content span) scored by the model; the best one
     * from the model's threshold reports its content, and further ones add attributions whose content and cue lie
     * outside what is already reported ("X said A, while Y argued B").
     */
    private void learnedSentence(Doc d, Mentions m, Lang lang, int s, List<Found> out, List<Found> rules) {
        int first = d.sentFirst[s];
        List<Span> taken = new ArrayList<>();
        List<Integer> frames = new ArrayList<>();
        List<Integer> cueStarts = new ArrayList<>();
        SpeakerRanker ranker = lang.speaker() == null ? null : new SpeakerRanker();
        java.util.Set<Integer> cues = new java.util.HashSet<>();
        for (Found f : rules) { // the rules' attributions of the quotation stand; the learned ones go beside them
            taken.add(f.span());
            frames.add(d.start[f.spkFirst() >= 0 ? Math.min(f.spkFirst(), f.cueFirst()) : f.cueFirst()]);
            cueStarts.add(d.start[f.cueFirst()]);
            for (int k = f.cueFirst(); k < f.cueLast(); k++) {
                cues.add(k);
            }
            if (f.spkFirst() >= 0) {
                for (int k = f.spkFirst(); k < f.spkLast(); k++) {
                    cues.add(k);
                }
            }
        }
        // cue words in or of the rules' attributions are never taken: not scored at all
        List<Candidate> cands = rules.isEmpty() ? candidates(d, m, lang, s, new CueFeatures())
                : candidates(d, m, lang, s, new CueFeatures(), k -> cues.contains(k) || insideAny(taken, d.start[k]));
        cands.sort(Comparator.comparingDouble((Candidate c) -> -c.probability()).thenComparingInt(Candidate::token)
                .thenComparingInt(Candidate::side));
        for (Candidate c : cands) {
            if (c.probability() < lang.cue().threshold()) {
                break;
            }
            Attribution a = c.attribution();
            int frame = frameStart(d, a);
            if (insideAny(taken, d.start[c.token()]) || cues.contains(c.token()) || afterPossessive(d, c.token())) {
                continue; // one content per cue: its best; "Have your say": a noun
            }
            if (!learnedReports(d, lang.lex(), a, c.content())) {
                continue;
            }
            Span content = c.content();
            for (int t = 0; t < taken.size() && content != null; t++) {
                boolean clash = taken.get(t).overlaps(content) || content.start() <= frames.get(t)
                        && frames.get(t) < content.end();
                if (clash) {
                    // A ends before the other attribution's frame ("X said A, while Y argued B"), or before its
                    // cue or content after a comma ("X said A, arguing B", "X had mocked A, saying B") or a joining
                    // word ("X described A but insisted B")
                    int edge = content.start() < frames.get(t) ? clauseStart(d, content.start(), frames.get(t))
                            : afterCommaOrJoiner(d, firstAfter(content.start(), cueStarts.get(t),
                            taken.get(t).start()));
                    content = edge > content.start() ? cut(d, first, content, edge) : null;
                }
            }
            if (content != null && !endsLikeSentence(d, d.sentLast[s])) {
                content = beforeNextClause(d, m, lang.lex(), first, content);
            }
            if (content == null || content.length() == 0) {
                continue;
            }
            if (c.side() == 'L' && settingOpener(d, content)) {
                continue; // "In an interview on CBS's "Face the Nation," Ryan said ...": where, not what
            }
            if (c.side() == 'R') {
                if (onlyTheOneTold(d, a, content)) {
                    continue; // "..., a spokesman told The Wall Street Journal.": what was told stands before
                }
                content = afterAddressee(d, a, content);
            }
            int second = c.side() == 'R' ? coordinatedCue(d, lang.lex(), content) : -1;
            Span head = null; // "denied the report and said ...": what the first verb reports, when it is a claim
            Attribution headAttr = a;
            if (second >= 0) { // "conceded within an hour and said he would ...": the content of "said"
                int h = firstTokenFrom(d, content.start());
                head = ADVERBIAL_STARTS.contains(d.lower[h]) ? null : cut(d, first, content, d.start[second - 1]);
                content = trimSpan(d, d.start[skipComplement(d, second + 1, d.sentLast[s])], content.end());
                a = a.withCue(second, second + 1);
                cues.add(second);
            }
            boolean weak = !"de".equals(d.language) && weakSubject(d, lang.lex(), a);
            if (ranker != null) {
                a = withSpeaker(a, ranker.choose(d, m, lang.speaker(), a, c.side() == 'S' ? null : content,
                        c.side()));
                if (openingParticiple(d, a) && a.hasSpeaker() && !byAgent(d, a)) {
                    a = withSpeaker(a, null); // "Asked whether ..., he said": he was asked; the asker is unnamed
                }
                if (c.side() != 'S') {
                    content = afterInvertedSpeaker(d, a, content);
                    if (content.length() == 0) {
                        continue;
                    }
                }
            }
            if (!a.hasSpeaker() && titleOpeningCue(d, a, s)) {
                continue; // "Declared 2016 Presidential Candidates.", "Revealed: What ... Contain": a heading
            }
            if (weak && (!a.hasSpeaker() ? c.probability() < lang.speakerlessWeak()
                    : a.ref() == null && weakSubject(d, lang.lex(), a))) {
                continue; // a weak subject the model took, but nobody to say it: "The decision follows a review"
            }
            boolean confident = c.probability() >= CONFIDENT;
            boolean says = saysSomething(d, content, a)
                    || confident && confidentContent(d, lang.lex(), a, content); // "said he would"
            if (!says || c.probability() < CERTAIN && personObject(d, m, content) || headlineTopic(d, a, content)
                    || !confident && settingOnly(d, m, a, content) || settingBeforeSpeaker(d, a, content)
                    || !confident && !a.hasSpeaker() && bareNounPhrase(d, content)) {
                continue;
            }
            if (head != null && saysSomething(d, head, headAttr) && !personObject(d, m, head)) {
                out.add(found(d, head, a.withCue(headAttr.cueFirst(), headAttr.cueLast()), s));
                taken.add(head); // every taken span has its frame and cue start
                frames.add(frame);
                cueStarts.add(d.start[headAttr.cueFirst()]);
            }
            out.add(found(d, content, a, s));
            taken.add(content);
            frames.add(frame);
            cueStarts.add(d.start[a.cueFirst()]);
            cues.add(c.token());
        }
    }

    /**
     * A cue the model scores at least this high reports its content even when {@link #saysSomething} finds only
     * function words in it ("Jeff Flake said he would", "Voters are rejecting him", "26 percent said the same"):
     * {@link #confidentContent} still asks for a word. Chosen on PolNeAR train in-sample, as the lowest value that
     * does not lower precision there (0.6 and 0.65 did). Such a cue also reports a content that the shape checks take
     * for no claim: a setting alone ("called on tech companies", {@link #settingOnly}), a bare noun phrase without
     * speaker ("26 percent said the same", {@link #bareNounPhrase}).
     */
    private static final double CONFIDENT = 0.7;

    /**
     * A cue the model scores at least this high reports a person and a phrase of setting ({@link #personObject}):
     * "have also endorsed Clinton in the race", "praises Trump at news conference". Above {@link #CONFIDENT}: the
     * demo's "congratulated Kessler on social media" scores 0.775 and reports no claim.
     */
    private static final double CERTAIN = 0.8;

    /**
     * Whether {@code content} may stand for a confident cue though it says nothing by {@link #saysSomething}: a word
     * other than an article, no time word ("apologized the next day"), not only a statement's announcement ("issued
     * a statement") and not one word that is itself a cue ("an email saying"); the cue and speaker are no such word.
     */
    private static boolean confidentContent(Doc d, CueLexicon lex, Attribution a, Span content) {
        if (announcementOnly(d, content)) {
            return false;
        }
        Set<String> articles = Words.of(d.language, "articles");
        boolean word = false;
        int words = 0;
        boolean cue = false;
        for (int k = firstTokenFrom(d, content.start()); k >= 0 && k < d.tokens() && d.end[k] <= content.end(); k++) {
            boolean frame = k >= a.cueFirst() && k < a.cueLast() || k >= a.spkFirst() && k < a.spkLast();
            if (frame || !d.isWord(k)) {
                continue; // "Sie sagte:" holds nothing beyond its speaker and cue
            }
            if (!d.quoted[k] && TimeTagger.isTimeVocabulary(d.lower[k])) {
                return false;
            }
            word |= !articles.contains(d.lower[k]);
            words++;
            cue |= lex.isCandidate(d.lower[k]); // a rule cue or a learned one
        }
        return word && !(words == 1 && cue);
    }

    /**
     * {@code content} up to a semicolon after which another cue candidate reports a clause of its own, else
     * {@code content} as it is. Only in headlines (sentences that do not end like one), where a semicolon joins two
     * stories ("Farmers warn of hay shortage; water firm says ban could last until October"); in prose the clause
     * after it mostly goes on with the same statement ("was not intentional; they only learned on Friday ...").
     */
    private Span beforeNextClause(Doc d, Mentions m, CueLexicon lex, int first, Span content) {
        int semicolon = -1;
        for (int k = firstTokenFrom(d, content.start()); k >= 0 && k < d.tokens() && d.end[k] <= content.end();
                k++) {
            if (d.is(k, ';') && !d.quoted[k]) {
                semicolon = k;
            } else if (semicolon >= 0 && lex.isCue(d.lower[k])
                    && isCandidate(d, m, lex, k, d.sentLast[d.sentenceOf[k]])) {
                return cut(d, first, content, d.start[semicolon]);
            }
        }
        return content;
    }

    /**
     * Where the clause of an attribution's frame at {@code frame} starts: after the last unquoted semicolon between
     * {@code from} and it ("hay shortage; water firm says ...": the frame's clause is "water firm says"), else
     * {@code frame}.
     */
    private static int clauseStart(Doc d, int from, int frame) {
        int edge = frame;
        for (int k = firstTokenFrom(d, from); k >= 0 && k < d.tokens() && d.end[k] <= frame; k++) {
            if (d.is(k, ';') && !d.quoted[k]) {
                edge = d.start[k];
            }
        }
        return edge;
    }

    /**
     * {@code offset} when a comma stands right before it (spaces aside, and closing quotation marks after the comma:
     * 'the "king of debt," noting that ...'), else -1.
     */
    private static int afterComma(Doc d, int offset) {
        int k = offset - 1;
        while (k > 0 && (Quotes.isSpace(d.text.charAt(k)) || Quotes.isClosingMark(d.text.charAt(k))
                && k < offset - 1)) {
            k--;
        }
        return offset > 0 && k >= 0 && d.text.charAt(k) == ',' ? offset : -1;
    }

    /**
     * {@code offset} when a comma or a word that joins a second cue of the same speaker ({@code cue-joiners}: "and",
     * "but") stands right before it, else -1: "describing the son as a hero but insisting that A" ends the content of
     * "describing" before "but".
     */
    private static int afterCommaOrJoiner(Doc d, int offset) {
        if (offset < 0 || afterComma(d, offset) >= 0) {
            return offset;
        }
        int k = firstTokenFrom(d, offset) - 1;
        return k >= 0 && Words.of(d.language, "cue-joiners").contains(d.lower[k]) ? offset : -1;
    }

    /** The smallest of {@code offsets} after {@code start}, or -1 when none is. */
    private static int firstAfter(int start, int... offsets) {
        int best = -1;
        for (int o : offsets) {
            if (o > start && (best < 0 || o < best)) {
                best = o;
            }
        }
        return best;
    }

    /** Auxiliaries that make a cue a plan rather than a statement ("will discuss the report on 24 February"). */
    private static final Set<String> FUTURE = Words.all("future-auxiliaries");
    /** Words that open a reported clause after a cue ("that", "whether", a quotation). */
    private static final Set<String> CLAUSE_STARTS = Words.all("clause-starts");

    /**
     * Rules every attribution must pass, learned or not: a plan ("will discuss the report") reports nothing unless it
     * announces a clause; and a noun phrase subject without a person, organisation or document head ("The decision
     * follows", "A weight limit imposed") makes no attribution of a verb that is not a curated speech verb. The
     * English learned path keeps the first rule as it is and softens the second ({@link #weakSubject}).
     */
    static boolean reports(Doc d, CueLexicon lex, Attribution a, Span content) {
        if (isFuturePlan(d, a, content)) {
            return false;
        }
        return !weakSubject(d, lex, a);
    }

    /**
     * Whether token {@code k} is an auxiliary of the future ("will"): a capitalised "Will" inside a sentence is a name
     * ("Will described Trump as ..."), no auxiliary.
     */
    private static boolean futureAuxiliary(Doc d, int k) {
        return FUTURE.contains(d.lower[k]) && !(k > d.sentFirst[d.sentenceOf[k]] && d.isCapitalised(k));
    }

    /** A cue after an auxiliary of the future whose content is not a reported clause ("will discuss the report"). */
    private static boolean isFuturePlan(Doc d, Attribution a, Span content) {
        int k = a.cueFirst() - 1;
        boolean future = k >= 0 && d.sentenceOf[k] == d.sentenceOf[a.cueFirst()] && futureAuxiliary(d, k)
                || a.cueLast() - a.cueFirst() > 1 && futureAuxiliary(d, a.cueFirst());
        if (future && content != null) {
            int c = firstTokenFrom(d, content.start());
            return c >= 0 && !d.quoted[c] && !CLAUSE_STARTS.contains(d.lower[c]) && !d.isQuoteMark(c);
        }
        return false;
    }

    /**
     * A subject noun phrase that is neither a mention nor an agent ("The decision", "Another slide") before a cue that
     * is not a curated speech verb. The rules never report it. The English learned path gives it to its cue model as
     * a feature ({@code weaksubj}), and reports it when the model is sure enough and the speaker ranker then finds a
     * source that is not such a phrase ("A union representing flight attendants endorsed ..." is reported; "The
     * decision follows a review that ..." is not).
     */
    static boolean weakSubject(Doc d, CueLexicon lex, Attribution a) {
        boolean subject = a.place() == Place.SUBJECT || a.place() == Place.DISTANT;
        return subject && a.hasSpeaker() && a.ref() == null && !lex.isCurated(d.lower[a.cueLast() - 1])
                && !EntityFinder.isAgentHead(d.lower[a.spkLast() - 1], "de".equals(d.language));
    }

    /**
     * A word is often a cue when it is one in at least this share of its occurrences in the training data (its learned
     * rate; the English cue model's threshold is about as high): so after an infinitive marker it reports without a
     * clause ({@link #learnedReports}), and a name before it reports on its own ({@link #namedReporter}).
     */
    static final double OFTEN_A_CUE = 0.3;

    /**
     * As {@link #reports}, but in English a weak subject is left to the cue model and the speaker ranker, and a curated
     * speech verb after "to" or "will" reports even without a clause ("declined to say it in the weeks to come",
     * "took to Twitter to say thanks"): the plan rule is for verbs of doing ("will discuss the report"). So does a
     * verb often learned as a cue after an infinitive marker ({@code infinitive-markers}: "sat down to discuss the
     * war", "refused to endorse Ryan", "failed to mention the attack"): the complement of another verb, whose object
     * the annotators take as its content, where "will discuss the report" stays a plan.
     */
    private static boolean learnedReports(Doc d, CueLexicon lex, Attribution a, Span content) {
        if ("de".equals(d.language)) {
            return reports(d, lex, a, content);
        }
        String verb = d.lower[a.cueLast() - 1];
        return !isFuturePlan(d, a, content) || lex.isCurated(verb)
                || afterInfinitiveMarker(d, a) && lex.rate(verb) >= OFTEN_A_CUE;
    }

    /** The cue opens with an infinitive marker or stands right after one in its sentence ("to discuss"). */
    private static boolean afterInfinitiveMarker(Doc d, Attribution a) {
        Set<String> markers = Words.of(d.language, "infinitive-markers");
        int k = a.cueFirst() - 1;
        return markers.contains(d.lower[a.cueFirst()]) && a.cueLast() - a.cueFirst() > 1
                || k >= 0 && d.sentenceOf[k] == d.sentenceOf[a.cueFirst()] && markers.contains(d.lower[k]);
    }

    /** The attribution with the ranker's speaker ({@code null}: none). */
    private static Attribution withSpeaker(Attribution a, SpeakerRanker.Candidate c) {
        if (c == null) {
            return new Attribution(a.cueFirst, a.cueLast, -1, -1, null, a.place, a.accordingSpeakerEnd);
        }
        return new Attribution(a.cueFirst, a.cueLast, c.first(), c.last(), c.ref(), a.place, a.accordingSpeakerEnd);
    }

    /**
     * The cue is an English participle opening its sentence ("Asked whether the council had acted too slowly, he
     * said ..."): whoever the clause after it names was asked, not the one asking.
     */
    private static boolean openingParticiple(Doc d, Attribution a) {
        int k = a.cueFirst();
        return !"de".equals(d.language) && k == d.sentFirst[d.sentenceOf[k]] && d.isCapitalised(k)
                && d.lower[k].endsWith("ed");
    }

    /** A "by" right after the cue names the asker ("Asked by Jones whether ..."): the ranker's choice stands. */
    private static boolean byAgent(Doc d, Attribution a) {
        return a.cueLast() < d.tokens() && "by".equals(d.lower[a.cueLast()]);
    }

    /** Where an attribution's frame (speaker and cue) starts, as a character offset. */
    private static int frameStart(Doc d, Attribution a) {
        return d.start[frameFirst(a)];
    }

    /** The first token of an attribution's frame: its speaker's or its cue's, whichever comes first. */
    private static int frameFirst(Attribution a) {
        return a.hasSpeaker() ? Math.min(a.spkFirst(), a.cueFirst()) : a.cueFirst();
    }

    /** Words that end a content span cut before the next attribution (", and", " while"). */
    private static final Set<String> CUT_TRAILERS = Words.all("cut-trailers");

    /**
     * {@code content} cut to end before {@code end}, without trailing punctuation or conjunctions ("X told Y that A,
     * saying B": A ends before ", saying"); {@code null} when nothing is left.
     */
    private static Span cut(Doc d, int first, Span content, int end) {
        int e = -1;
        for (int k = first; k < d.tokens() && d.end[k] <= end; k++) {
            if (d.start[k] >= content.start()) {
                e = k;
            }
        }
        while (e >= 0 && d.start[e] >= content.start() && (!d.isWord(e) && !d.isQuoteMark(e)
                || CUT_TRAILERS.contains(d.lower[e]))) {
            e--;
        }
        if (e < 0 || d.start[e] < content.start()) {
            return null;
        }
        return trimSpan(d, content.start(), d.end[e]);
    }

    private static boolean overlapsAny(List<Span> spans, Span s) {
        for (Span t : spans) {
            if (t.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(List<Span> spans, int offset) {
        for (Span t : spans) {
            if (t.start() <= offset && offset < t.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading: a paragraph of one sentence that does not end like one ("What the engineers found"). Its
     * attributions do not pass their speaker on to the paragraphs after it.
     */
    static boolean isHeading(Doc d, int s) {
        boolean alone = (s == 0 || d.sentParagraph[s - 1] != d.sentParagraph[s])
                && (s + 1 >= d.sentences() || d.sentParagraph[s + 1] != d.sentParagraph[s]);
        return alone && !endsLikeSentence(d, d.sentLast[s]);
    }

    /**
     * A headline or standfirst: sentence {@code s} ends with a word, without punctuation ("Farmers warn of hay
     * shortage; water firm says ban could last until October"). Headlines drop articles ("water firm says") and
     * report topics rather than claims ("warn of hay shortage").
     */
    static boolean headline(Doc d, int s) {
        return d.isWord(d.sentLast[s] - 1) && !d.quoted[d.sentLast[s] - 1];
    }

    private static boolean endsLikeSentence(Doc d, int last) {
        int e = last - 1;
        return d.is(e, '.') || d.is(e, '!') || d.is(e, '?') || d.isQuoteMark(e) || d.is(e, ':');
    }

    /**
     * A sentence whose frame is the line's own shape, before any cue is scored: a name or source noun before a
     * line-opening colon ({@link #colonAttribution}), else a poll frame ({@link #pollFrame}).
     *
     * @return whether either added an attribution to {@code out}
     */
    private static boolean lineFrame(Doc d, Mentions m, CueLexicon lex, int s, List<Found> out) {
        int before = out.size();
        colonAttribution(d, m, s, out);
        return out.size() > before || pollFrame(d, m, lex, s, out);
    }

    /**
     * "Trump: Cruz has a long way to go", "Kasich: ‘We will win’": a name, a colon, the statement (headlines); a tally
     * ("Clinton: 547") is no statement. A line that opens with no name may open with a source noun instead
     * ({@link #sourceBeforeColon}: "Poll: ...").
     */
    private static void colonAttribution(Doc d, Mentions m, int s, List<Found> out) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        MentionRef r = m.startingAt[first];
        if (inLabelList(d, s) && !namedAgain(d, m, s)) {
            return; // "Pro Tip: ...", "Detailed Product Information: ..."; not "Matthews: ..." named again
        }
        if (r == null || r.form() != MentionRef.Form.NAME || r.last() + 1 >= last || !d.is(r.last(), ':')
                || r.type() != EntityType.PERSON && r.type() != EntityType.ORGANISATION
                && (r.cluster() == null || r.cluster().all.size() < 2)) {
            if (!namesAfterDash(d, m, s, out)) {
                sourceBeforeColon(d, s, out); // "Poll: ..." speaks; "Update: ...", "Photo: ..." are labels
            }
            return;
        }
        String name = d.text.substring(d.start[r.nameFirst()], d.end[r.last() - 1]);
        boolean turn = transcriptTurn(d, s);
        if (name.length() > 5 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !turn) {
            return; // "RELATED:", "UPDATE:": a label in capitals, unless a transcript's turn ("TAPPER:")
        }
        int end = last;
        if (turn) { // the turn runs to the end of its paragraph
            for (int t = s + 1; t < d.sentences() && d.sentParagraph[t] == d.sentParagraph[s]; t++) {
                end = d.sentLast[t];
            }
        }
        Span content = trimSpan(d, d.start[r.last() + 1], d.end[lastContentToken(d, end)]);
        if (content.length() > 0 && content.of(d.text).chars().anyMatch(Character::isLetter)) { // not "Clinton: 547"
            out.add(new Found(content, QuoteKind.INDIRECT, r.last(), r.last() + 1, r.first(), r.last(), r.cluster(),
                    r.type(), s));
        }
    }

    /** Words a list item's label ("Detailed Product Information:", "Pro Tip:") has at most before its colon. */
    private static final int MAX_LIST_LABEL = 5;

    /**
     * Sentence {@code s} opens a paragraph of a list of labelled lines ("Website: https://...", "Pro: Master your
     * storage space", "Zoho Books: Best for long-term scalability"): its paragraph opens with a label and a colon, and
     * the paragraph before or after opens with another label. A label there names the item, not who speaks, so no
     * line-opening colon attribution is made unless the label is a name the text uses again ("Chris Matthews: ..."
     * / "Lopez: ...", "Q: ..." / "Q: ..."). A transcript's turns ("TAPPER: ...", "FALLIN: ...") are no such list, nor
     * are two lines with the same label.
     */
    static boolean inLabelList(Doc d, int s) {
        String label = listLabel(d, s);
        if (label == null || transcriptTurn(d, s)) {
            return false;
        }
        int before = s - 1;
        while (before >= 0 && d.sentParagraph[before] == d.sentParagraph[s]) {
            before--;
        }
        while (before > 0 && d.sentParagraph[before - 1] == d.sentParagraph[before]) {
            before--;
        }
        int after = s + 1;
        while (after < d.sentences() && d.sentParagraph[after] == d.sentParagraph[s]) {
            after++;
        }
        return before >= 0 && otherLabel(listLabel(d, before), label)
                || after < d.sentences() && otherLabel(listLabel(d, after), label);
    }

    /**
     * Drops the attributions found in sentence {@code s} (from {@code out[from]} on) whose speaker is the label of a
     * list line ({@link #inLabelList}): across the colon, the item's name is not the subject of the item's text
     * ("Facebook Insights: This analytics feature shows ...").
     */
    private static void dropLabelSpeakers(Doc d, Mentions m, int s, List<Found> out, int from) {
        if (out.size() == from || !inLabelList(d, s)) {
            return;
        }
        if (namedAgain(d, m, s)) {
            return;
        }
        int colon = listLabelColon(d, s);
        for (int i = out.size() - 1; i >= from; i--) {
            Found f = out.get(i);
            if (f.hasSpeaker() && f.spkFirst() < colon && f.sentence() == s) {
                out.remove(i);
            }
        }
    }

    /**
     * The label of sentence {@code s}'s list line is a name the text uses again: a mention of its cluster elsewhere
     * ("Chris Matthews:" ... "Matthews:"), or its last two words, capitalised, outside every list line's label
     * ("USA-Kenner Thomas Jäger" before "Thomas Jäger: Diese war ausschlaggebend").
     */
    private static boolean namedAgain(Doc d, Mentions m, int s) {
        MentionRef r = m.startingAt[d.sentFirst[s]];
        if (r != null && r.cluster() != null && r.cluster().all.size() >= 2) {
            return true;
        }
        int colon = listLabelColon(d, s);
        if (colon - 2 < labelStart(d, s) || !d.isCapitalised(colon - 2) || !d.isCapitalised(colon - 1)) {
            return false;
        }
        for (int k = 0; k + 1 < d.tokens(); k++) {
            if (sameToken(d, k, colon - 2) && sameToken(d, k + 1, colon - 1)
                    && k >= listLabelColon(d, d.sentenceOf[k])) {
                return true; // not inside a label: a label ends at its colon, and -1 means none
            }
        }
        return false;
    }

    /** Tokens {@code i} and {@code j} are the same text, compared in place. */
    private static boolean sameToken(Doc d, int i, int j) {
        int n = d.end[i] - d.start[i];
        return n == d.end[j] - d.start[j] && d.text.regionMatches(d.start[i], d.text, d.start[j], n);
    }

    private static boolean otherLabel(String other, String label) {
        return other != null && !other.equals(label);
    }

    /**
     * The label (lower case) that opens sentence {@code s}'s paragraph: up to {@value #MAX_LIST_LABEL} words, the
     * first capitalised, before a colon with more text after it, maybe after a list number ("7.", "#2."); or null.
     */
    private static String listLabel(Doc d, int s) {
        int colon = listLabelColon(d, s);
        return colon < 0 ? null : d.text.substring(d.start[labelStart(d, s)], d.end[colon - 1])
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Where the label of {@link #listLabel} starts: after a list number, if any. */
    private static int labelStart(Doc d, int s) {
        int k = d.sentFirst[s];
        int last = d.sentLast[s];
        k += k < last && d.is(k, '#') ? 1 : 0;
        return k + 1 < last && isNumber(d.token(k)) && (d.is(k + 1, '.') || d.is(k + 1, ')')) ? k + 2 : k;
    }

    /** The colon after the label of {@link #listLabel}, or -1 when sentence {@code s} opens with no label. */
    private static int listLabelColon(Doc d, int s) {
        if (s > 0 && d.sentParagraph[s - 1] == d.sentParagraph[s]) {
            return -1;
        }
        int last = d.sentLast[s];
        int k = labelStart(d, s);
        int start = k;
        if (k >= last || !d.isCapitalised(k)) {
            return -1;
        }
        while (k < last && k - start < MAX_LIST_LABEL && d.isWord(k) && !d.quoted[k]) {
            k++;
        }
        return k == start || k + 1 >= last || !d.is(k, ':') ? -1 : k;
    }

    /** Tokens the names between a dash and their colon may have ("Jane Calder and Tom Harlow"). */
    private static final int MAX_DASH_NAMES = 8;

    /**
     * "POLLS NOT WRONG, JUST TOO EARLY - Jane Calder and Tom Harlow: \"...\"", "Pollsters agree - Ellen Brisk:
     * \"...\"": a line's topic, a dash, then person or organisation names (joined by coordinators) and a colon: the
     * last name speaks what follows the colon.
     *
     * @return whether such a frame was found (and its attribution added)
     */
    private static boolean namesAfterDash(Doc d, Mentions m, int s, List<Found> out) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        Set<String> coordinators = Words.of(d.language, "coordinators");
        for (int k = first + 1; k + 2 < last; k++) {
            if (d.quoted[k]) {
                return false;
            }
            if (!(isDash(d, k) || d.is(k, '-'))) {
                continue;
            }
            MentionRef speaker = null;
            int j = k + 1;
            while (j < last && j - k <= MAX_DASH_NAMES) {
                MentionRef r = m.startingAt[j];
                if (r != null && r.form() == MentionRef.Form.NAME
                        && (r.type() == EntityType.PERSON || r.type() == EntityType.ORGANISATION)) {
                    speaker = r;
                    j = r.last();
                } else if (speaker != null && coordinators.contains(d.lower[j]) && m.startingAt[j + 1] != null) {
                    j++;
                } else {
                    break;
                }
            }
            if (speaker == null || j + 1 >= last || !d.is(j, ':') || speaker.last() != j) {
                continue;
            }
            Span content = trimSpan(d, d.start[j + 1], d.end[lastContentToken(d, last)]);
            if (content.length() > 0 && content.of(d.text).chars().anyMatch(Character::isLetter)) {
                out.add(new Found(content, QuoteKind.INDIRECT, j, j + 1, speaker.first(), speaker.last(),
                        speaker.cluster(), speaker.type(), s));
                return true;
            }
        }
        return false;
    }

    /** A poll frame ("In a Des Moines Register poll last month,") has at most this many tokens before its comma. */
    private static final int MAX_FRAME_TOKENS = 14;

    /**
     * "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton": a sentence
     * that opens with a frame preposition ({@code frame-prepositions}) and names a poll ({@code poll-nouns}) before
     * its first comma reports the clause after the comma; the poll's phrase is the source, the preposition the cue.
     * English only; a frame without a poll noun ("In a statement, ...") is left to the cues, and so is a clause whose
     * named person or organisation reports it ("In an online poll ..., Democracy Corp found that ...").
     *
     * @return whether the sentence had such a frame
     */
    private static boolean pollFrame(Doc d, Mentions m, CueLexicon lex, int s, List<Found> out) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        if ("de".equals(d.language) || !Words.of(d.language, "frame-prepositions").contains(d.lower[first])) {
            return false;
        }
        Set<String> clauseOpeners = Words.of(d.language, "clause-openers");
        Set<String> pollNouns = Words.of(d.language, "poll-nouns");
        int comma = -1;
        boolean poll = false;
        for (int k = first + 1; k < last && k - first <= MAX_FRAME_TOKENS && comma < 0; k++) {
            if (d.quoted[k]) {
                return false;
            }
            if (!poll && clauseOpeners.contains(d.lower[k])) {
                return false; // "In eight of nine states where exit polls were conducted, ...": no poll's phrase
            }
            comma = d.is(k, ',') ? k : -1;
            poll |= pollNouns.contains(d.lower[k]);
        }
        if (comma < 0 || !poll || comma + 3 >= last || namedReporter(d, m, lex, comma + 1, last)) {
            return false;
        }
        Span content = trimSpan(d, d.start[comma + 1], d.end[lastContentToken(d, last)]);
        if (content.length() == 0) {
            return false;
        }
        out.add(new Found(content, QuoteKind.INDIRECT, first, first + 1, first + 1, comma, null, EntityType.UNKNOWN,
                s));
        return true;
    }

    /** A mid-sentence poll phrase ("in the latest CNN/ORC poll") names its poll noun within this many tokens. */
    private static final int MAX_POLL_PHRASE = 9;

    /**
     * The poll's phrase runs on past its noun, up to a comma, over at most this many tokens, to its last capitalised
     * word ("polls conducted after the primary debates by news outlets such as Time"); a clause of its own after it
     * ("... in the Middle West and Florida may prove to be ...") mostly lies beyond.
     */
    private static final int MAX_POLL_SOURCE = 12;

    /**
     * "Trump has a decisive lead in the polls ahead of the state's primary", "Clinton led Sanders more than 2-1 in an
     * NBC News/Wall Street Journal/Marist South Carolina poll": a sentence that nothing else attributes, whose
     * clause holds a word of standing ({@code poll-standings}) before a mid-sentence frame preposition ({@code
     * frame-prepositions}) and a poll noun ({@code poll-nouns}), reports that poll's finding: the clause before the
     * preposition is the content, the preposition the cue, the poll's phrase the source. A bare "in polls" or
     * "in the polls" ({@code bare-poll-determiners}) names no poll and an exit poll ({@code poll-phrase-stops})
     * reports no standing; both are left alone; the search for the poll noun stops at another frame preposition.
     * English only.
     */
    private static void pollStanding(Doc d, int s, List<Found> out) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        if ("de".equals(d.language)) {
            return;
        }
        Set<String> preps = Words.of(d.language, "frame-prepositions");
        Set<String> pollNouns = Words.of(d.language, "poll-nouns");
        Set<String> standings = Words.of(d.language, "poll-standings");
        Set<String> stops = Words.of(d.language, "poll-phrase-stops");
        Set<String> bare = Words.of(d.language, "bare-poll-determiners");
        int words = 0;
        boolean standing = false;
        for (int k = first; k < last; k++) {
            if (d.quoted[k] || d.isQuoteMark(k)) {
                return;
            }
            if (standing && words >= 3 && preps.contains(d.lower[k])) {
                int noun = -1;
                for (int j = k + 1; j < last && j - k <= MAX_POLL_PHRASE && noun < 0; j++) {
                    if (d.is(j, ',') || d.is(j, ';') || d.is(j, ':') || d.is(j, '.') || stops.contains(d.lower[j])
                            || preps.contains(d.lower[j])) {
                        break; // "by 10 points in New Hampshire in a new poll": the poll's own "in" is tried next
                    }
                    noun = pollNouns.contains(d.lower[j]) ? j : -1;
                }
                if (noun > k + 1 && !(noun == k + 2 && bare.contains(d.lower[k + 1]))) {
                    int spkLast = noun + 1;
                    for (int j = noun + 1; j < last && j - noun <= MAX_POLL_SOURCE && !d.is(j, ',')
                            && !d.is(j, ';'); j++) {
                        if (d.isWord(j) && d.isCapitalised(j)) {
                            spkLast = j + 1; // "a poll from Florida Southern College": the pollster ends it
                        }
                    }
                    Span content = trimSpan(d, d.start[first], d.end[k - 1]);
                    out.add(new Found(content, QuoteKind.INDIRECT, k, k + 1, k + 1, spkLast, null,
                            EntityType.UNKNOWN, s));
                    return;
                }
            }
            if (d.isWord(k)) {
                words++;
            }
            standing |= standings.contains(d.lower[k]);
        }
    }

    /** A person or organisation named in {@code [from, to)} right before a cue word ("Democracy Corp found"). */
    private static boolean namedReporter(Doc d, Mentions m, CueLexicon lex, int from, int to) {
        for (int k = from; k < to; k++) {
            MentionRef r = m.startingAt[k];
            if (r != null && r.form() == MentionRef.Form.NAME && r.last() < to
                    && (r.type() == EntityType.PERSON || r.type() == EntityType.ORGANISATION)
                    && (lex.isCurated(d.lower[r.last()]) || lex.rate(d.lower[r.last()]) >= OFTEN_A_CUE)) {
                return true;
            }
        }
        return false;
    }

    /** A line-opening source before a colon has at most this many words ("Poll", "WSJ editorial", "Insiders"). */
    private static final int MAX_COLON_SOURCE = 2;

    /**
     * "Poll: Wealthy Voters Abandon ...", "Insiders: Trump will rebound": a line that opens with a short noun phrase
     * whose head can speak (an agent, group or document noun, {@link EntityFinder#isAgentHead}), a colon, and a
     * statement of two words or more. English only (German heads are judged by the ranker); labels such as "Editor's
     * note:", "Update:" or "Photo:" have no such head, and heads that label a credit line ("Source: survey of 41
     * businesses", {@code colon-labels}) are not sources there.
     */
    private static void sourceBeforeColon(Doc d, int s, List<Found> out) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        if ("de".equals(d.language) || s > 0 && d.sentParagraph[s - 1] == d.sentParagraph[s]) {
            return;
        }
        int colon = first;
        while (colon < last && colon - first <= MAX_COLON_SOURCE && d.isWord(colon) && !d.quoted[colon]) {
            colon++;
        }
        if (colon == first || colon - first > MAX_COLON_SOURCE || colon + 2 >= last || !d.is(colon, ':')
                || EntityFinder.isPossessive(d, colon - 1) || !EntityFinder.isAgentHead(d.lower[colon - 1], false)
                || FUNCTION_WORDS.contains(d.lower[colon - 1])
                || Words.of(d.language, "colon-labels").contains(d.lower[colon - 1])) {
            return;
        }
        Span content = trimSpan(d, d.start[colon + 1], d.end[lastContentToken(d, last)]);
        int words = 0;
        for (int k = colon + 1; k < last; k++) {
            words += d.isWord(k) ? 1 : 0;
        }
        if (words >= 2 && content.length() > 0) {
            out.add(new Found(content, QuoteKind.INDIRECT, colon, colon + 1, first, colon, null, EntityType.UNKNOWN,
                    s));
        }
    }

    /** Where the speaker stands relative to the cue. */
    enum Place { SUBJECT, DISTANT, AFTER, INVERTED, ACCORDING, PASSIVE, NONE }

    /** A cue phrase {@code [cueFirst, cueLast)} and its speaker mention {@code [spkFirst, spkLast)} (-1: none). */
    record Attribution(int cueFirst, int cueLast, int spkFirst, int spkLast, MentionRef ref, Place place,
                               int accordingSpeakerEnd) {
        boolean hasSpeaker() {
            return spkFirst >= 0;
        }

        /** This attribution with the cue {@code [first, last)} instead of its own. */
        Attribution withCue(int first, int last) {
            return new Attribution(first, last, spkFirst, spkLast, ref, place, accordingSpeakerEnd);
        }
    }

    Attribution attribution(Doc d, Mentions m, CueLexicon lex, int cue, int first, int last) {
        if (ACCORDING.contains(d.lower[cue])) {
            return according(d, m, cue, first, last);
        }
        int cf = cue;
        while (cf > first && (lex.isPrefix(d.lower[cf - 1]) || isAdverb(d, cf - 1)) && !d.quoted[cf - 1]
                && !m.inName[cf - 1] // "Will wrote" after "George Will": a name, not an auxiliary
                && !(cf - 1 > first && d.isCapitalised(cf - 1))) { // "Will described" mid-sentence: a name too
            cf--;
        }
        if (isPassive(d, cue, first, last)) {
            int[] agent = passiveAgent(d, m, cue + 2, last);
            return agent == null ? new Attribution(cf, cue + 2, -1, -1, null, Place.PASSIVE, -1)
                    : new Attribution(cf, cue + 2, agent[0], agent[1], m.startingAt[agent[0]], Place.PASSIVE,
                    agent[1]);
        }
        if (d.lower[cue].endsWith("ing") && cf > first && !m.isSubjectEnd(cf - 1)) {
            int[] subj = sentenceSubject(d, m, first, cf);
            int[] prior = subj == null ? null : subjectOfCueBefore(d, m, lex, cf, first);
            subj = prior != null ? prior : subj;
            if (subj != null) {
                return new Attribution(cf, cue + 1, subj[0], subj[1], m.endingAt[subj[1] - 1], Place.DISTANT, -1);
            }
        }
        int[] subj = subjectBefore(d, m, cf - 1, first);
        if (subj == null && cf > first && d.is(cf - 1, ',') && !"de".equals(d.language)) {
            subj = openingPhraseBeforeAside(d, m, first, cf - 1);
        }
        boolean inverted = cf > first && (d.is(cf - 1, ',') || d.isQuoteMark(cf - 1))
                && speakerAfter(d, m, cue + 1, last) != null;
        if (subj == null && !inverted && !hasEarlierCue(d, lex, first, cue)) {
            int[] distant = sentenceSubject(d, m, first, cf);
            if (distant == null && "de".equals(d.language)) {
                distant = germanOpeningNounPhrase(d, m, first, cf);
            }
            if (distant != null) {
                return new Attribution(cf, cue + 1, distant[0], distant[1], m.endingAt[distant[1] - 1],
                        Place.DISTANT, -1);
            }
        }
        if (subj != null) {
            return new Attribution(cf, cue + 1, subj[0], subj[1], m.endingAt[subj[1] - 1], Place.SUBJECT, -1);
        }
        int[] after = speakerAfter(d, m, cue + 1, last);
        if (after != null && cf > first && (d.is(cf - 1, ',') || d.isQuoteMark(cf - 1)) && endsClause(d, after[1],
                last)) {
            return new Attribution(cf, cue + 1, after[0], after[1], m.startingAt[after[0]], Place.AFTER, -1);
        }
        if (after != null && "de".equals(d.language)) {
            // verb second: "Dazu erklärte er gegenüber AFP, dass ..."
            return new Attribution(cf, cue + 1, after[0], after[1], m.startingAt[after[0]], Place.INVERTED, -1);
        }
        return new Attribution(cf, cue + 1, -1, -1, null, Place.NONE, -1);
    }

    /**
     * "..., Brisk said, adding, \"...\"": the subject of the cue that stands right before the comma before a
     * participle cue ({@code cf}); the participle's subject is that cue's, not the sentence's first name ("Calder and
     * Harlow will meet next week, Brisk said, adding ..."). {@code null} when no mention ends right before that cue.
     * Asked only when the sentence has a first name to replace: a participle after a quotation keeps its old path.
     */
    private static int[] subjectOfCueBefore(Doc d, Mentions m, CueLexicon lex, int cf, int first) {
        int cue = cf - 2;
        if (cue - 1 < first || !d.is(cf - 1, ',') || d.quoted[cue] || !lex.isCue(d.lower[cue])) {
            return null;
        }
        MentionRef r = m.endingAt[cue - 1];
        return r == null || r.first() < first || EntityFinder.isPossessive(d, cue - 1) ? null
                : new int[] {r.first(), r.last()};
    }

    /** Auxiliaries and adverbs between a passive subject and its participle. */
    private static final Set<String> PASSIVE_AUXILIARIES = Words.all("passive-auxiliaries");

    /**
     * A passive cue: a participle right before its agent ("has been endorsed by X", "a penalty imposed by X", "was
     * first reported by X"), with something before it in the sentence. Its source is the agent, its content what
     * stands before the cue ("Clinton has been endorsed by dozens of papers": Clinton is what the papers endorsed).
     */
    static boolean isPassive(Doc d, int cue, int first, int last) {
        if (cue <= first || cue + 2 >= last || d.quoted[cue + 1]) {
            return false;
        }
        String w = d.lower[cue];
        boolean participle = w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("ght")
                || w.endsWith("ld");
        // the union of every language's agent words first: a set lookup for each candidate word, the language's own
        // list (a keyed lookup) only for the few that pass it
        return participle && PASSIVE_AGENTS.contains(d.lower[cue + 1])
                && Words.of(d.language, "passive-agents").contains(d.lower[cue + 1]);
    }

    /** The agent words of passive cues ("by") of every language together. */
    private static final Set<String> PASSIVE_AGENTS = Words.all("passive-agents");

    /**
     * The agent of a passive cue, from token {@code k} right after "by": a mention or "the/a ..." phrase, else a bare
     * phrase up to its first plural ("dozens", "far fewer publications", "Democratic presidents"); {@code null}
     * for a manner ("by phone", "by far") or a time ("by Monday"), which leaves the passive cue without a source.
     */
    static int[] passiveAgent(Doc d, Mentions m, int k, int last) {
        int[] np = speakerAfter(d, m, k, last);
        if (np != null) {
            return np;
        }
        for (int j = k; j < last && j - k < MAX_NP && d.isWord(j) && !d.quoted[j]
                && !TimeTagger.isTimeWord(d.lower[j]) && (j == k || !FUNCTION_WORDS.contains(d.lower[j])
                || d.lower[j].equals("of")); j++) {
            String w = d.lower[j];
            boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                    && Character.isLetter(w.charAt(w.length() - 2)); // not a possessive "senator's"
            if (plural) {
                return new int[] {k, j + 1};
            }
        }
        return null;
    }

    /** The content of a passive cue: what stands before it, without its auxiliaries ("The issue was first"). */
    private static Span passiveContent(Doc d, Attribution a, int first) {
        int e = a.cueFirst();
        while (e > first && (PASSIVE_AUXILIARIES.contains(d.lower[e - 1]) || isAdverb(d, e - 1))) {
            e--;
        }
        return e > first ? before(d, first, e) : null;
    }

    /** A named, described or pronoun subject of the cue makes it more likely than a weak speaker does. */
    private static double speakerBonus(Attribution a) {
        if (!a.hasSpeaker()) {
            return 0;
        }
        return a.ref() == null || a.place() == Place.DISTANT ? WEAK_SPEAKER_BONUS : 1.0;
    }

    /**
     * German ", so Merkel.", ", so der Sprecher der Stadtwerke, ...", ", so Banke gegenüber der Zeitung.": "so" after a
     * comma, then a speaker (a mention or a noun phrase) that ends the sentence or is followed by a comma, an
     * adverbial or an adverb.
     */
    static boolean isSoCue(Doc d, Mentions m, int i, int last) {
        if (!"de".equals(d.language) || !d.lower[i].equals("so") || i == 0 || !d.is(i - 1, ',') || i + 1 >= last) {
            return false;
        }
        MentionRef r = m.startingAt[i + 1];
        int[] np = r != null ? new int[] {i + 1, r.last()} : germanNounPhrase(d, m, i + 1, last);
        if (np == null || np[0] != i + 1) {
            return false;
        }
        int e = np[1];
        // ", so Merkel.", ", so der Sprecher, ...", ", so Banke gegenüber der Zeitung."
        return e > lastContentToken(d, last) || d.is(e, ',') || ADVERBIAL_STARTS.contains(d.lower[e])
                || INVERSION_ADVERBS.contains(d.lower[e]);
    }

    static boolean isAdverb(Doc d, int i) {
        return d.lower[i].endsWith("ly") && d.lower[i].length() > 4 && d.readsLowerCase(i);
    }

    private static boolean hasEarlierCue(Doc d, CueLexicon lex, int first, int cue) {
        for (int i = first; i < cue; i++) {
            if (!d.quoted[i] && lex.isCue(d.lower[i])) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's subject: a name, pronoun or description among its first tokens (before {@code limit}). */
    static int[] sentenceSubject(Doc d, Mentions m, int first, int limit) {
        for (int i = first; i < limit && i - first <= SUBJECT_WINDOW; i++) {
            if (d.quoted[i]) {
                return null;
            }
            MentionRef r = m.startingAt[i];
            boolean clauseStart = i == first || d.is(i - 1, ',') || i - first <= 1;
            if (r != null && clauseStart && r.last() <= limit && !EntityFinder.isPossessive(d, r.last() - 1)
                    && (r.form() != MentionRef.Form.NAME || r.type() != EntityType.PLACE)
                    && !(r.last() < limit && d.is(r.last(), ',') && r.first() == first)) {
                return new int[] {r.first(), r.last()};
            }
            if (d.quoted[i]) {
                return null;
            }
        }
        return null;
    }

    private Attribution according(Doc d, Mentions m, int cue, int first, int last) {
        int cueLast = cue + 1;
        int spk = cue + 1;
        if (d.lower[cue].equals("according") && spk < last && d.lower[spk].equals("to")) {
            cueLast = spk + 1;
            spk++;
        }
        if (d.lower[cue].equals("zufolge")) {
            int[] subj = "de".equals(d.language) ? germanPhraseEndingAt(d, m, cue, first)
                    : subjectBefore(d, m, cue - 1, first);
            return subj == null ? new Attribution(cue, cueLast, -1, -1, null, Place.NONE, -1)
                    : new Attribution(cue, cueLast, subj[0], subj[1], m.endingAt[subj[1] - 1], Place.ACCORDING,
                    subj[1]);
        }
        if ("de".equals(d.language)) {
            return germanAccording(d, m, cue, last);
        }
        int[] after = speakerAfter(d, m, spk, last);
        if (after == null) {
            after = bareSource(d, spk, last);
        }
        if (after == null) {
            return new Attribution(cue, cueLast, -1, -1, null, Place.NONE, -1);
        }
        return new Attribution(cue, cueLast, after[0], after[1], m.startingAt[after[0]], Place.ACCORDING, after[1]);
    }

    /**
     * "laut Polizei", "nach Angaben der Polizei", "nach ersten Meldungen", "gemäß einem Bericht der BBC": the noun
     * phrase after the German "according" word is the source; "nach" reports only when the phrase's noun names a
     * source ({@code german-source-nouns.txt}). "Angaben der Polizei" has the police as speaker ("nach Angaben"
     * joins the cue); a source noun without genitive ("nach Polizeiangaben") is the speaker itself.
     */
    private static Attribution germanAccording(Doc d, Mentions m, int cue, int last) {
        int[] np = germanNounPhrase(d, m, cue + 1, last);
        if (np == null && !d.lower[cue].equals("nach") && cue + 1 < last && isSourceToken(d, cue + 1)) {
            return new Attribution(cue, cue + 1, cue + 1, cue + 2, m.startingAt[cue + 1], Place.ACCORDING, cue + 2);
        }
        if (np == null) {
            return new Attribution(cue, cue + 1, -1, -1, null, Place.NONE, -1);
        }
        int noun = cue + 1;
        while (noun < np[1] && !d.isCapitalised(noun)) {
            noun++;
        }
        boolean source = noun < np[1] && isSourceNoun(d.lower[noun]);
        if (d.lower[cue].equals("nach") && !source) {
            return new Attribution(cue, cue + 1, -1, -1, null, Place.NONE, -1);
        }
        if (source && noun + 1 < np[1] && GERMAN_GENITIVES.contains(d.lower[noun + 1])) {
            int end = sharedArticleNamed(d, m, np[1], last);
            MentionRef ref = end > np[1] ? m.endingAt[end - 1] : m.startingAt[noun + 1];
            return new Attribution(cue, noun + 1, noun + 1, end, ref, Place.ACCORDING, end);
        }
        MentionRef ref = GERMAN_REFLEXIVE_OWNERS.contains(d.lower[np[0]]) ? ownerBefore(d, m, cue)
                : m.startingAt[np[0]];
        return new Attribution(cue, cue + 1, np[0], np[1], ref, Place.ACCORDING, np[1]);
    }

    /**
     * A source written in lower case that no noun phrase reads: a web address ("laut nordblick.de", "laut
     * stadtbote-online.net") or a name or noun after a lower-case particle or prefix ("laut el-Baradei", "laut
     * ai-Bericht").
     */
    static boolean isSourceToken(Doc d, int k) {
        String w = d.token(k);
        int dot = w.lastIndexOf('.');
        if (dot > 0 && w.length() - dot - 1 >= 2 && w.length() - dot - 1 <= 6
                && w.substring(dot + 1).chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return true;
        }
        int dash = w.lastIndexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isLowerCase(w.charAt(0))
                && Character.isUpperCase(w.charAt(dash + 1));
    }

    /**
     * The end of a second noun that shares the genitive's article and names a person ("nach Einschätzung des Schweizer
     * Historikers und Geheimdienstexperten Adrian Hänni": one person, two roles): {@code end} itself when no "und"
     * follows at {@code end}, or what follows is no nominal ending in a person's name.
     */
    private static int sharedArticleNamed(Doc d, Mentions m, int end, int last) {
        if (end + 1 >= last || !d.lower[end].equals("und") || GERMAN_DETERMINERS.contains(d.lower[end + 1])) {
            return end;
        }
        int e = germanNominal(d, m, end + 1, last);
        MentionRef r = e > end + 1 ? m.endingAt[e - 1] : null;
        return r != null && r.form() == MentionRef.Form.NAME && r.type() == EntityType.PERSON && r.first() > end
                ? e : end;
    }

    /**
     * Who "eigenen Angaben" ("nach eigenen Angaben", "laut eigener Aussage") are the statements of: the name or
     * pronoun that is the subject of the clause, standing at its start ("Siemens hat nach eigenen Angaben ...", "...,
     * er habe nach eigenen Angaben ...") with at most the finite verb and one more word before the cue, as a pronoun
     * names its antecedent; the mention stays the phrase itself. {@code null} when no such subject is there (an object
     * or a place before the verb, "Gegen Trump hat die Staatsanwaltschaft ...", or a description with no name).
     */
    private static MentionRef ownerBefore(Doc d, Mentions m, int cue) {
        int first = d.sentFirst[d.sentenceOf[cue]];
        for (int i = first; i < cue; i++) {
            MentionRef r = m.startingAt[i];
            if (r == null || d.quoted[i] || r.last() > cue || cue - r.last() > 2 || r.type() == EntityType.PLACE) {
                continue;
            }
            boolean clauseStart = i == first || d.is(i - 1, ',');
            boolean pronoun = r.form() == MentionRef.Form.PRONOUN;
            if (pronoun ? clauseStart && r.cluster() != null : i - first <= 2) {
                return r;
            }
        }
        return null;
    }

    static boolean isSourceNoun(String w) {
        for (String n : SOURCE_NOUNS) {
            if (w.endsWith(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The German noun phrase that ends right before token {@code end} ("Medienberichten zufolge", "Angaben der
     * Polizei zufolge"): the longest one that does not start inside another phrase; {@code null} when none does.
     */
    static int[] germanPhraseEndingAt(Doc d, Mentions m, int end, int first) {
        int[] best = null;
        for (int j = end - 1; j >= first && end - j <= 2 * MAX_NP; j--) {
            if (d.quoted[j] || !d.isWord(j) && !d.isQuoteMark(j)) {
                break;
            }
            int[] np = germanNounPhrase(d, m, j, end);
            if (np != null && np[1] == end && (j == first || !GERMAN_DETERMINERS.contains(d.lower[j - 1])
                    && !GERMAN_GENITIVES.contains(d.lower[j - 1]))) {
                best = np;
            }
        }
        return best;
    }

    /**
     * "laut Angaben der Polizei", "nach Informationen des Spiegel": the source phrase after a German "according"
     * word: the noun phrase there ({@link #germanNounPhrase}).
     */
    static int[] germanSourcePhrase(Doc d, Mentions m, int k, int last) {
        return germanNounPhrase(d, m, k, last);
    }

    /** German determiners that open a noun phrase. */
    static final Set<String> GERMAN_DETERMINERS = Words.all("determiners");
    /** "eigenen Angaben": a source phrase whose owner is the sentence's subject ({@code de/reflexive-owners.txt}). */
    private static final Set<String> GERMAN_REFLEXIVE_OWNERS = Words.of("de", "reflexive-owners");
    /** Determiners of a genitive attribute ("der Sprecher des Ministeriums", "Angaben einer Sprecherin"). */
    static final Set<String> GERMAN_GENITIVES = Words.all("genitive-determiners");

    /**
     * A German noun phrase from token {@code k}: an optional determiner, inflected adjectives, one noun or a name
     * (a noun followed by a name is one phrase: "Ministerpräsident Jan Peter Balkenende"), then genitive attributes
     * of the same shape ("der Sprecher des Weißen Hauses", "Angaben der Gewerkschaft NGG"); {@code null} when there
     * is none. It stops before a verb, an accusative or dative article and anything lower-case after the noun.
     */
    static int[] germanNounPhrase(Doc d, Mentions m, int k, int last) {
        int j = k;
        if (j < last && GERMAN_DETERMINERS.contains(d.lower[j])) {
            j++;
        }
        j = germanNominal(d, m, j, last);
        if (j < 0) {
            return null;
        }
        while (j + 1 < last && GERMAN_GENITIVES.contains(d.lower[j]) && !endsName(d, m, j)) {
            int e = germanNominal(d, m, j + 1, last);
            if (e < 0) {
                break;
            }
            j = e;
        }
        return new int[] {k, j};
    }

    /**
     * The source noun phrase at {@code k} with a genitive that has no article ("Angaben libanesischer
     * Sicherheitskreise"): the genitive, from the token after the noun; {@code null} when the phrase at {@code k} is
     * no source noun with such a genitive.
     */
    static int[] germanArticlelessSource(Doc d, Mentions m, int k, int last) {
        int[] np = germanNounPhrase(d, m, k, last);
        if (np == null || np[1] - np[0] > 2 || !isSourceNoun(d.lower[np[1] - 1])
                || np[1] - np[0] == 2 && !GERMAN_DETERMINERS.contains(d.lower[np[0]])) {
            return null;
        }
        int e = articlelessGenitive(d, m, np[1], last);
        return e > 0 ? new int[] {np[1], e} : null;
    }

    /**
     * The end of a genitive without an article right after a source noun, or -1: a strong adjective and its noun
     * ("Angaben libanesischer Sicherheitskreise", "Meinung vieler Experten"). A name in the genitive ("nach Meinung
     * Russlands") is read with the noun already, as a run of capitalised words.
     */
    private static int articlelessGenitive(Doc d, Mentions m, int j, int last) {
        if (j >= last || d.quoted[j] || !d.isWord(j)) {
            return -1;
        }
        String w = d.lower[j];
        boolean strong = !d.isCapitalised(j) && w.endsWith("er") && w.length() > 3 && !FUNCTION_WORDS.contains(w);
        return strong ? germanNominal(d, m, j, last) : -1;
    }

    /**
     * A name or an acronym ends right before token {@code j}: no genitive attribute follows a name ("einer
     * Pressemitteilung des BMI der Verbesserung ...": "der Verbesserung" belongs to what comes after).
     */
    private static boolean endsName(Doc d, Mentions m, int j) {
        MentionRef r = j > 0 ? m.endingAt[j - 1] : null;
        return r != null && r.form() == MentionRef.Form.NAME || j > 0 && isAcronym(d.token(j - 1));
    }

    /** "BMI", "NASA", "DFB": two or more letters, all capitals. */
    static boolean isAcronym(String t) {
        if (t.length() < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words a German noun phrase may run over ("Präsident Boris Tadić", "des Roten Kreuzes"). */
    private static final int MAX_CAPITALISED_RUN = 4;

    /**
     * Adjectives, then a run of capitalised words (a noun, a capitalised adjective and its noun, a noun and a name,
     * a name in quotation marks: "der Fernsehsender „Silverbird“"); the end, or -1 when there is no noun.
     */
    private static int germanNominal(Doc d, Mentions m, int j, int last) {
        while (j < last && germanAttributive(d, j, last)) {
            j++;
        }
        int e = j;
        int caps = 0;
        while (e < last && caps < MAX_CAPITALISED_RUN) {
            int quotedName = quotedName(d, e, last);
            if (quotedName > 0) {
                e = quotedName;
            } else if (d.isWord(e) && d.isCapitalised(e) && !d.quoted[e] && !isFrameWord(d.lower[e])
                    && !d.lowerSeen.contains(d.lower[e]) && !(caps > 0 && apposedToReport(d, m, e))
                    && !Words.of(d.language, "non-nominals").contains(d.lower[e])) {
                MentionRef r = m.startingAt[e];
                e = r != null && r.form() == MentionRef.Form.NAME && r.last() <= last ? Math.max(e + 1, r.last())
                        : e + 1;
                if (e + 2 < last && d.is(e, '-') && (d.lower[e + 1].equals("und") || d.lower[e + 1].equals("oder"))
                        && d.isCapitalised(e + 2)) {
                    e += 2; // "das Bau- und Transportministerium"
                    continue;
                }
            } else {
                break;
            }
            caps++;
        }
        if (caps > 0 && e + 1 < last && (d.lower[e].equals("von") || d.lower[e].equals("vom"))) {
            int k = e + 1;
            if (d.lower[e].equals("von") && k < last && GERMAN_DETERMINERS.contains(d.lower[k])) {
                k++;
            }
            int after = k < last && d.isCapitalised(k) ? germanNominal(d, m, k, last) : -1;
            if (after > 0) {
                e = after; // "eine Agentur von Al Gore", "Brian Baptie von der britischen Erdbebenwarte"
            }
        }
        return caps == 0 ? -1 : e;
    }

    /**
     * A capitalised word at {@code e} after a report noun or a quoted name that is no name of its own: it opens what
     * comes next ("nach ersten Meldungen Schäden an ...", "laut „Reuters“ Warnschüsse"), since a report takes its
     * source as a genitive, not in apposition.
     */
    private static boolean apposedToReport(Doc d, Mentions m, int e) {
        MentionRef r = m.startingAt[e];
        boolean name = r != null && r.form() == MentionRef.Form.NAME;
        return !name && (isSourceNoun(d.lower[e - 1]) || d.isQuoteMark(e - 1));
    }

    /** A name in quotation marks right at {@code e} ("der Sender „Channel 10“"): the end after its closing mark. */
    private static int quotedName(Doc d, int e, int last) {
        if (e + 2 >= last || !d.isQuoteMark(e) || !d.isCapitalised(e + 1) && !Character.isDigit(
                d.text.charAt(d.start[e + 1]))) {
            return -1;
        }
        for (int k = e + 2; k < last && k <= e + 5; k++) {
            if (d.isQuoteMark(k)) {
                return k + 1;
            }
            if (!d.isWord(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** A word capitalised only for its position, or a time word: never the noun of a source ("Am", "So", "Woche"). */
    private static boolean isFrameWord(String lower) {
        return FUNCTION_WORDS.contains(lower) || EntityFinder.NEVER_NAMES.contains(lower)
                || TimeTagger.isTimeWord(lower) || lower.startsWith("da") && lower.length() <= 6;
    }

    /** A lower-case inflected adjective before a capitalised noun or another adjective ("einer veröffentlichten"). */
    private static boolean germanAttributive(Doc d, int j, int last) {
        String w = d.lower[j];
        if (j + 1 >= last || d.quoted[j] || !d.isWord(j) || d.isCapitalised(j) || FUNCTION_WORDS.contains(w)
                || !(w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em")
                || w.endsWith("e"))) {
            return false;
        }
        return d.isCapitalised(j + 1) && d.isWord(j + 1) || germanAttributive(d, j + 1, last);
    }

    /** "Der Bundestagspräsident hat ... mitgeteilt": a German sentence opening with a determiner and a noun. */
    static int[] germanOpeningNounPhrase(Doc d, Mentions m, int first, int limit) {
        if (!GERMAN_DETERMINERS.contains(d.lower[first])) {
            return null;
        }
        int[] np = germanNounPhrase(d, m, first, limit);
        return np != null && np[1] <= limit ? np : null;
    }

    /** The speaker ending at token {@code k} (skipping an apposition or parenthesis), or {@code null}. */
    static int[] subjectBefore(Doc d, Mentions m, int k, int first) {
        if (k < first || d.quoted[k]) {
            return null;
        }
        if (d.is(k, ')')) {
            int j = k - 1;
            while (j > first && !d.is(j, '(')) {
                j--;
            }
            return j > first ? subjectBefore(d, m, j - 1, first) : null;
        }
        if (d.is(k, ',')) {
            return apposed(d, m, k, first);
        }
        MentionRef r = m.endingAt[k];
        if (r != null && !EntityFinder.isPossessive(d, k)) {
            int[] host = r.form() == MentionRef.Form.NAME && r.type() == EntityType.PLACE
                    ? placeHost(d, m, r.first(), first) : null;
            return host != null ? host : new int[] {r.first(), k + 1};
        }
        if ("de".equals(d.language)) {
            return germanPhraseEndingAt(d, m, k + 1, first);
        }
        return nounPhrase(d, k, first);
    }

    /** The determiner that opens the noun phrase ending at {@code k} ("the east side"), or -1. */
    private static int determinerBefore(Doc d, int k, int first) {
        for (int j = k; j >= first && k - j <= MAX_NP && d.isWord(j) && !d.quoted[j]; j--) {
            if (NP_DETERMINERS.contains(d.lower[j])) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "Its report, published on the council's website on Monday, describes ...": the noun phrase that opens the
     * sentence, with a determiner and an agent or document head ({@code agent-nouns}), before an aside between commas
     * that ends at {@code comma}, right before the cue; else {@code null}.
     */
    static int[] openingPhraseBeforeAside(Doc d, Mentions m, int first, int comma) {
        if (!NP_DETERMINERS.contains(d.lower[first]) || m.startingAt[first] != null) {
            return null;
        }
        int j = first + 1;
        while (j < comma && j - first <= MAX_NP && d.isWord(j) && !d.quoted[j]) {
            j++;
        }
        if (j >= comma || !d.is(j, ',') || j == first + 1 || !EntityFinder.isAgentHead(d.lower[j - 1], false)) {
            return null;
        }
        for (int k = j + 1; k < comma; k++) {
            if (d.is(k, ',') || d.quoted[k]) {
                return null; // one aside only
            }
        }
        return new int[] {first, j};
    }

    /** How many phrases of where a subject may stand before ("on the east side of the River Tarrow": two). */
    private static final int MAX_PLACE_PHRASES = 3;

    /**
     * The subject a phrase of where hangs on when a place's name starting at {@code k} is governed by a preposition
     * ({@code place-prepositions}): "Shopkeepers on the east side of the River Tarrow say": "Shopkeepers", back over
     * each phrase of where to a person or group (a mention other than a place, or a noun phrase with an agent head);
     * {@code null} when there is none (the place then stands).
     */
    static int[] placeHost(Doc d, Mentions m, int k, int first) {
        Set<String> prepositions = Words.of(d.language, "place-prepositions");
        int start = k;
        for (int hops = 0; hops < MAX_PLACE_PHRASES; hops++) {
            int p = start - 1;
            if (p > first && NP_DETERMINERS.contains(d.lower[p])) {
                p--;
            }
            if (p <= first || d.quoted[p] || !prepositions.contains(d.lower[p])) {
                return null;
            }
            MentionRef r = m.endingAt[p - 1];
            if (r != null && !EntityFinder.isPossessive(d, p - 1)) {
                if (r.form() == MentionRef.Form.NAME && r.type() == EntityType.PLACE) {
                    start = r.first();
                    continue;
                }
                return new int[] {r.first(), p};
            }
            int[] np = nounPhrase(d, p - 1, first);
            if (np != null && EntityFinder.isAgentHead(d.lower[p - 1], false)) {
                return np;
            }
            start = np != null ? np[0] : determinerBefore(d, p - 1, first); // "the east side" inside a phrase
            if (start < 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Lavrov, the foreign minister, said", "Dean Hill, a salesman from Sumter, Ohio, said": the first person or
     * organisation name of the comma chain that ends at {@code comma}, else its first name of any kind.
     */
    private static int[] apposed(Doc d, Mentions m, int comma, int first) {
        MentionRef best = null;
        for (int j = comma - 1; j >= first && comma - j <= MAX_APPOSITION; j--) {
            if (d.is(j, ';') || d.is(j, ':') || d.isQuoteMark(j) && j > first && d.is(j - 1, ',')) {
                break; // a clause boundary, or the end of a quotation before the apposition
            }
            if (best != null && best.type() != EntityType.PLACE && j > first && d.is(j - 1, ',')
                    && CLAUSE_OPENERS.contains(d.lower[j])
                    && !Words.of(d.language, "coordinators").contains(d.lower[j])) {
                break; // "in Berea, OH, after winning Ohio, Gov. John Kasich, said": a clause ends the chain
            }
            MentionRef r = m.startingAt[j];
            boolean chunkStart = j == first || d.is(j - 1, ',') || !d.isWord(j - 1)
                    || CLAUSE_OPENERS.contains(d.lower[j - 1]) || EntityFinder.isPossessive(d, j - 1)
                    || r != null && r.type() == EntityType.PERSON && determinedChunk(d, j, first);
            int after = r == null ? -1 : pastParenthetical(d, r.last(), comma);
            if (r != null && r.form() == MentionRef.Form.NAME && chunkStart && !EntityFinder.isPossessive(d,
                    r.last() - 1) && (after < d.tokens() && d.is(after, ',') || after == comma)) {
                if (best == null || r.type() != EntityType.PLACE || best.type() == EntityType.PLACE) {
                    best = r;
                }
            }
        }
        if (best == null || best.last() == comma && best.type() == EntityType.PLACE) {
            return null;
        }
        return new int[] {best.first(), best.last()};
    }

    /**
     * Whether a determiner alone stands between the person's name at {@code j} and the start of its comma chunk
     * ("...,'' the economist Jared Bernstein, a former adviser, wrote": the title's article opens the chunk).
     */
    private static boolean determinedChunk(Doc d, int j, int first) {
        int k = j - 1;
        return "en".equals(d.language) && k >= first && NP_DETERMINERS.contains(d.lower[k])
                && (k == first || d.isQuoteMark(k - 1));
    }

    /**
     * The token after a parenthetical that opens at {@code k} and closes before {@code limit} ("Rep. Jane Calder
     * (R-Ohio), a council member, said": the comma after "(R-Ohio)"), else {@code k}.
     */
    private static int pastParenthetical(Doc d, int k, int limit) {
        if (k >= limit || !d.is(k, '(')) {
            return k;
        }
        for (int j = k + 1; j < limit && j - k <= MAX_APPOSITION; j++) {
            if (d.is(j, ')')) {
                return j + 1;
            }
            if (d.is(j, '(') || d.quoted[j]) {
                break;
            }
        }
        return k;
    }

    /**
     * English: tokens {@code [j, k]} are a possessive name and an agent it owns ({@code owned-agents}: "Trump's
     * campaign", "Clinton's spokesman"), perhaps with one lower-case modifier between ("Trump's senior adviser").
     */
    private static boolean ownedAgent(Doc d, int j, int k) {
        return "en".equals(d.language) && k - j >= 1 && k - j <= 2 && EntityFinder.isPossessive(d, j)
                && d.isCapitalised(j) && (k - j == 1 || !d.isCapitalised(j + 1))
                && Words.of(d.language, "owned-agents").contains(d.lower[k]);
    }

    /** "sources", "a campaign spokesman", "the Clinton campaign": a lower-case head and its modifiers. */
    private static int[] nounPhrase(Doc d, int k, int first) {
        k = beforeTrailingTime(d, k, first);
        if (!d.isWord(k) || d.quoted[k] || NOT_SUBJECT.contains(d.lower[k]) || FIRST_PERSON.contains(d.lower[k])
                || EntityFinder.isPossessive(d, k) || NP_DETERMINERS.contains(d.lower[k])
                || ADVERBIAL_STARTS.contains(d.lower[k]) || !Character.isLetter(d.text.charAt(d.start[k]))) {
            return null;
        }
        int j = k;
        while (j > first && k - j < MAX_NP && d.isWord(j - 1) && !NOT_SUBJECT.contains(d.lower[j - 1])
                && !NP_DETERMINERS.contains(d.lower[j])) {
            j--;
        }
        for (int x = j; x <= k; x++) {
            if (FIRST_PERSON.contains(d.lower[x])) {
                return null;
            }
        }
        if (j > first && !opensClause(d, j - 1) && !opensWithTimePhrase(d, j - 1, first)) {
            return null; // "issued an open letter calling ...": an object, not a subject
        }
        boolean determined = NP_DETERMINERS.contains(d.lower[j]) || j > first && d.isQuoteMark(j - 1)
                && ownedAgent(d, j, k); // "\"...,\" Trump's campaign said"
        boolean bare = k - j <= 1 && (d.lower[k].endsWith("s") && !d.lower[k].endsWith("ss")
                || (headline(d, d.sentenceOf[k]) || HeadlineCase.isTitleCase(d, d.sentenceOf[k]))
                && EntityFinder.isAgentHead(d.lower[k], false)); // headlines drop articles: "Retired General Reveals"
        if (determined || bare) {
            return new int[] {j, k + 1};
        }
        return null;
    }

    /**
     * The last token before a phrase of time that ends at {@code k} ("A judge last month ordered", "The filings due
     * Sunday night": "judge", "due"), or {@code k} when none ends there or nothing is left before it. English only
     * (languages with a {@code time-prepositions} list whose time words follow the subject).
     */
    private static int beforeTrailingTime(Doc d, int k, int first) {
        if (!"en".equals(d.language) || k <= first || !TimeTagger.isTimeWord(d.lower[k])) {
            return k;
        }
        int j = k;
        while (j > first && (TimeTagger.isTimeVocabulary(d.lower[j]) || isNumber(d.lower[j])) && !d.quoted[j]) {
            j--;
        }
        return j >= first && d.isWord(j) && !TimeTagger.isTimeVocabulary(d.lower[j]) ? j : k;
    }

    /** "..., said Smith." / "said Smith on Monday": an inverted speaker ends its clause ("said Trump will" does not). */
    private static boolean endsClause(Doc d, int k, int last) {
        return k >= last || !d.isWord(k) || ADVERBIAL_STARTS.contains(d.lower[k]) || d.isCapitalised(k);
    }

    /**
     * Whether the sentence opens with a phrase of time that ends at {@code i} ("On Tuesday the council confirmed",
     * "Last week the minister said"): a preposition of time or a time word first, then only time words, numbers and
     * determiners, the last a time word. The noun phrase after it is the subject. Languages with a {@code
     * time-prepositions} word list only.
     */
    private static boolean opensWithTimePhrase(Doc d, int i, int first) {
        Set<String> prepositions = Words.of(d.language, "time-prepositions");
        if (prepositions.isEmpty() || i < first || i - first > MAX_NP || !TimeTagger.isTimeWord(d.lower[i])) {
            return false;
        }
        for (int t = first; t < i; t++) {
            boolean ok = t == first && prepositions.contains(d.lower[t]) || TimeTagger.isTimeVocabulary(d.lower[t])
                    || isNumber(d.lower[t]) || NP_DETERMINERS.contains(d.lower[t]);
            if (!ok || d.quoted[t]) {
                return false;
            }
        }
        return true;
    }

    /** Punctuation, a quotation mark or a conjunction before a noun phrase lets it be a subject. */
    private static boolean opensClause(Doc d, int i) {
        return !d.isWord(i) || CLAUSE_OPENERS.contains(d.lower[i]);
    }

    /** A speaker right after {@code k}: a mention, or "the/a ..." up to a comma. */
    static int[] speakerAfter(Doc d, Mentions m, int k, int last) {
        while (k < last && "de".equals(d.language) && INVERSION_ADVERBS.contains(d.lower[k])) {
            k++; // ", sagte auch der Nationalrat X"
        }
        if (k >= last || d.quoted[k]) {
            return null;
        }
        MentionRef r = m.startingAt[k];
        if (r != null && "en".equals(d.language) && r.form() == MentionRef.Form.NAME
                && EntityFinder.isPossessive(d, r.last() - 1)) {
            MentionRef named = SpeakerRanker.namedAfterOwner(d, m, r.last(), last);
            if (named != null && named.type() == EntityType.PERSON) {
                return new int[] {named.first(), named.last()}; // "said NBC's Dante Chinni": Chinni, not NBC
            }
        }
        if (r != null) {
            return new int[] {k, r.last()};
        }
        if ("de".equals(d.language)) {
            return germanNounPhrase(d, m, k, last); // "sagte der Sprecher des Ministeriums"
        }
        if (NP_DETERMINERS.contains(d.lower[k])) {
            int j = k + 1;
            while (j < last && j - k <= MAX_NP && d.isWord(j) && !NOT_SUBJECT.contains(d.lower[j])) {
                if (m.startingAt[j] != null) {
                    return new int[] {k, m.startingAt[j].last()};
                }
                j++;
            }
            return j > k + 1 ? new int[] {k, j} : null;
        }
        return null;
    }

    /**
     * "according to council figures.", "according to police sources,": a noun phrase without article after an
     * "according" word that runs to the end of its clause and ends in an agent or document noun ({@code
     * agent-nouns}); else {@code null}.
     */
    static int[] bareSource(Doc d, int k, int last) {
        int j = k;
        while (j < last && j - k < MAX_NP && d.isWord(j) && !d.quoted[j] && !NOT_SUBJECT.contains(d.lower[j])
                && !FUNCTION_WORDS.contains(d.lower[j])) {
            j++;
        }
        boolean clauseEnd = j >= last || !d.isWord(j) && !d.quoted[j];
        return j > k && clauseEnd && EntityFinder.isAgentHead(d.lower[j - 1], false) ? new int[] {k, j} : null;
    }

    /** The reported content for the primary attribution, or {@code null} when there is none. */
    private static Span content(Doc d, CueLexicon lex, Attribution a, int first, int last) {
        int end = lastContentToken(d, last);
        if (a.place() == Place.ACCORDING) {
            int spkEnd = a.accordingSpeakerEnd();
            boolean initial = a.cueFirst() == first || a.cueFirst() == first + 1 && !d.isWord(first);
            if (initial) {
                int c = skipComplement(d, spkEnd, last);
                return c <= end ? trimSpan(d, d.start[c], d.end[end]) : null;
            }
            return before(d, first, Math.min(a.cueFirst(), a.spkFirst() < 0 ? a.cueFirst() : a.spkFirst()));
        }
        if (a.place() == Place.PASSIVE) {
            return passiveContent(d, a, first);
        }
        if (a.place() == Place.DISTANT) {
            // "Clinton went to the floor and moved that ...": the content follows the cue
            int c = skipComplement(d, skipObject(d, lex, a.cueLast(), last), last);
            if (c <= end) {
                return trimSpan(d, d.start[c], d.end[end]);
            }
        }
        int leftEdge = a.place() == Place.SUBJECT ? a.spkFirst() : a.cueFirst();
        int afterStart = a.place() == Place.AFTER || a.place() == Place.INVERTED ? a.spkLast() : a.cueLast();
        afterStart = skipObject(d, lex, afterStart, last);
        boolean tail = leftEdge > first && (d.is(leftEdge - 1, ',') || d.isQuoteMark(leftEdge - 1));
        boolean afterQuote = leftEdge > first && (d.isQuoteMark(leftEdge - 1)
                || d.is(leftEdge - 1, ',') && leftEdge - 2 >= first && d.isQuoteMark(leftEdge - 2));
        boolean clause = introducesClause(d, afterStart, end) && !quotedTitleTold(d, a, afterStart);
        if (tail && (a.place() == Place.AFTER || !clause && (afterQuote || !startsContent(d, afterStart, end)))) {
            return before(d, first, leftEdge);
        }
        if (afterStart <= end) {
            int c = skipComplement(d, afterStart, last);
            return c <= end ? trimSpan(d, d.start[c], d.end[end]) : null;
        }
        return leftEdge > first ? before(d, first, leftEdge) : null;
    }

    /**
     * A quotation right after a tell cue ({@code tell-cues}) that is a short title, every word capitalised ("X told
     * \"Good Morning Marrowby,\" reminding ..."): the show told, not what was told, which stands before.
     */
    private static boolean quotedTitleTold(Doc d, Attribution a, int k) {
        if (k != a.cueLast() || k >= d.tokens() || !d.quoted[k] || !d.isQuoteMark(k)
                || !TELL_CUES.contains(d.lower[a.cueLast() - 1])) {
            return false;
        }
        int words = 0;
        for (int j = k + 1; j < d.tokens() && d.quoted[j] && !(d.isQuoteMark(j) && j > k + 1 && (j + 1 >= d.tokens()
                || !d.quoted[j + 1])); j++) {
            if (d.isWord(j) && (++words > MAX_TOLD_NAME || !d.isCapitalised(j)
                    && !Words.of(d.language, "title-minor-words").contains(d.lower[j]))) {
                return false;
            }
        }
        return words > 0;
    }

    /** After "X said" in a tail position, only "that ...", ": ..." or a quotation is reported content. */
    private static boolean introducesClause(Doc d, int k, int end) {
        return k <= end && (d.lower[k].equals("that") || d.lower[k].equals("dass") || d.is(k, ':')
                || d.quoted[k]);
    }

    /** Content after a cue starts with a word that is not a preposition or adverbial ("said in a statement"). */
    private static boolean startsContent(Doc d, int k, int end) {
        return k <= end && d.isWord(k) && !ADVERBIAL_STARTS.contains(d.lower[k]);
    }

    /** Tokens {@code [first, edge)} without the trailing comma and dash. */
    private static Span before(Doc d, int first, int edge) {
        int e = edge - 1;
        while (e >= first && (d.is(e, ',') || d.is(e, '\u2014') || d.is(e, '\u2013') || d.is(e, '-'))) {
            e--;
        }
        return e >= first ? trimSpan(d, d.start[first], d.end[e]) : null;
    }

    /** "told CBS News on Monday that ...": skip the addressee up to "that" when one follows soon. */
    private static int skipObject(Doc d, CueLexicon lex, int k, int last) {
        int particle = germanParticleEnd(d, k, last);
        if (particle >= 0) {
            return particle;
        }
        for (int j = k; j < last && j - k <= MAX_OBJECT_TOKENS; j++) {
            if (d.is(j, ',') && j + 1 < last && d.lower[j + 1].equals("dass")) {
                return j + 1;
            }
            if (d.is(j, ',') || lex.isCue(d.lower[j])) {
                return k;
            }
            if (d.lower[j].equals("that") || d.lower[j].equals("dass")) {
                return j;
            }
            if (d.is(j, ':')) {
                return j;
            }
            if (d.quoted[j]) {
                return k;
            }
        }
        return k;
    }

    /**
     * German split verbs: "teilte am Dienstag mit, ...", "gab bekannt, dass ...": the separable particle that closes
     * the cue's clause before a comma or colon; returns that punctuation's token (the content follows it), or -1.
     */
    private static int germanParticleEnd(Doc d, int k, int last) {
        if (!"de".equals(d.language)) {
            return -1;
        }
        for (int j = k; j + 1 < last && j - k <= MAX_OBJECT_TOKENS; j++) {
            if (d.quoted[j] || !d.isWord(j)) {
                return -1;
            }
            if (CueFeatures.GERMAN_PARTICLES.contains(d.lower[j]) && (d.is(j + 1, ',') || d.is(j + 1, ':'))) {
                return j + 1;
            }
        }
        return -1;
    }

    private static int skipComplement(Doc d, int k, int last) {
        while (k < last && COMPLEMENTISERS.contains(d.lower[k])) {
            k++;
        }
        if (k + 1 < last && CUE_PREPOSITIONS.contains(d.lower[k]) && !d.quoted[k]) {
            k++; // "talked about their plan": the preposition belongs to the cue
        }
        return k;
    }

    /** The last token of a sentence that belongs to its content (not the final period). */
    private static int lastContentToken(Doc d, int last) {
        int e = last - 1;
        if (e > d.sentFirst[d.sentenceOf[e]] && (d.is(e, '.') || d.is(e, '!') || d.is(e, '?'))) {
            e--;
        }
        return e;
    }

    /** ", insisting that ...", ", adding that ...": a second cue sharing the primary's speaker. */
    private static int secondaryCue(Doc d, CueLexicon lex, Attribution a, int last) {
        if (!a.hasSpeaker()) {
            return -1;
        }
        int from = Math.max(a.cueLast(), a.spkLast());
        for (int i = from + 1; i < last; i++) {
            if (!d.quoted[i] && (d.is(i - 1, ',') || PARTICIPLE_LINKS.contains(d.lower[i - 1]))
                    && lex.isCue(d.lower[i]) && !ACCORDING.contains(d.lower[i])
                    && (d.lower[i].endsWith("ing") || d.lower[i].equals("added") || d.lower[i].equals("fügte"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The content without the inverted speaker it was read from: in German "äußerte sich X zuversichtlich" (the
     * content follows X, after any comma or colon); in other languages only after a sentence-opening cue ("Said
     * Comey, “...”": the content from the quotation on). {@code content} itself when the speaker stands outside it
     * or no such case applies.
     */
    private static Span afterInvertedSpeaker(Doc d, Attribution a, Span content) {
        if (!a.hasSpeaker() || d.start[a.spkFirst()] >= content.end() || d.end[a.spkLast() - 1] <= content.start()) {
            return content;
        }
        if (!"de".equals(d.language)) {
            if (!SpeakerRanker.openingCueSubject(d, a, new SpeakerRanker.Candidate(a.spkFirst(), a.spkLast(),
                    a.ref()))) {
                return content;
            }
            for (int k = a.spkLast(); k < d.sentLast[d.sentenceOf[a.spkFirst()]]; k++) {
                if (d.quoted[k] && d.start[k] < content.end()) {
                    return trimSpan(d, d.start[k], content.end()); // "Said Poynter, who grew up with Ali, \"...\""
                }
            }
        }
        int from = Math.min(d.end[a.spkLast() - 1], content.end()); // a speaker may run past the content's end
        while (from < content.end() && (Quotes.isSpace(d.text.charAt(from)) || d.text.charAt(from) == ','
                || d.text.charAt(from) == ':')) {
            from++;
        }
        return trimSpan(d, from, content.end());
    }

    private static Span trimSpan(Doc d, int a, int b) {
        String t = d.text;
        while (a < b && Quotes.isSpace(t.charAt(a))) {
            a++;
        }
        while (b > a && Quotes.isSpace(t.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    /** Tokens a dateline may run over before its dash ("SARVENNE, July 8 (Meridian) -"). */
    private static final int MAX_DATELINE_TOKENS = 12;

    /**
     * {@code content} without the dateline that opens its sentence: a word in capitals ("SARVENNE", "EASTBANK") or
     * a place and an agency in parentheses ("Berlin (dpa)"), perhaps a date, and a dash ("SARVENNE, July 8 (Meridian)
     * - The River Vessa fell ...": the content is what follows the dash); {@code content} itself when no dateline
     * opens it. No word in lower case stands in a dateline outside its parentheses.
     */
    static Span afterDateline(Doc d, Span content) {
        int k = firstTokenFrom(d, content.start());
        if (k < 0 || d.quoted[k] || k != d.sentFirst[d.sentenceOf[k]] || !d.isWord(k)) {
            return content;
        }
        boolean inParentheses = false; // an agency may be written in lower case: "(dpa)"
        for (int j = k + 1; j < d.tokens() && j - k <= MAX_DATELINE_TOKENS && d.end[j] <= content.end(); j++) {
            inParentheses = d.is(j, '(') || inParentheses && !d.is(j, ')');
            if (d.quoted[j] || !inParentheses && d.isWord(j) && !d.isCapitalised(j)
                    && !Character.isDigit(d.text.charAt(d.start[j]))) {
                return content;
            }
            if (isDash(d, j) || d.is(j, '-')) {
                int c = j + 1;
                while (c < d.tokens() && (isDash(d, c) || d.is(c, '-'))) {
                    c++; // "EASTBANK --"
                }
                boolean dateline = inCapitals(d, k) || d.is(j - 1, ')');
                return dateline && c < d.tokens() && d.start[c] < content.end()
                        ? trimSpan(d, d.start[c], content.end()) : content;
            }
        }
        return content;
    }

    /** Words that may stand between a speaker and its cue in one frame ("Der Minister sagte gestern"). */
    private static final int MAX_FRAME_GAP_WORDS = 3;

    /**
     * {@code f} without its own frame when the frame (the cue, and the speaker mention in the span when it stands
     * next to the cue: at most {@link #MAX_FRAME_GAP_WORDS} words and no comma between them) opens or closes its
     * span: "Er sagte, dass A" gives "dass A", "A, sagte der Minister." gives "A"; the annotators' content never holds
     * the words that attribute it. A frame inside the span, with content on both sides ("A laut X B"), stays.
     */
    static Found withoutOwnFrame(Doc d, Found f) {
        Span s = f.span();
        if (f.cueFirst() < 0 || d.start[f.cueFirst()] < s.start() || d.start[f.cueFirst()] >= s.end()) {
            return f;
        }
        int lo = d.start[f.cueFirst()];
        int hi = d.end[f.cueLast() - 1];
        if (f.spkFirst() >= 0 && d.start[f.spkFirst()] >= s.start() && d.start[f.spkFirst()] < s.end()) {
            int ms = d.start[f.spkFirst()];
            int me = d.end[f.spkLast() - 1];
            String gap = me <= lo ? d.text.substring(me, lo) : hi <= ms ? d.text.substring(hi, ms) : "";
            if (gap.indexOf(',') >= 0 || !gap.isBlank() && gap.strip().split("\\s+").length > MAX_FRAME_GAP_WORDS) {
                return f;
            }
            lo = Math.min(lo, ms);
            hi = Math.max(hi, me);
        }
        Span before = trimFrameEdge(d, s.start(), Math.min(lo, s.end()));
        Span after = trimFrameEdge(d, Math.min(hi, s.end()), s.end());
        Span kept;
        if (before.length() < 3) {
            kept = after.length() > 0 ? after : null;
        } else if (after.length() < 3 || !hasWord(d.text, after)) {
            kept = before;
        } else {
            kept = quotationOnly(d, before, after) ? before : null;
        }
        return kept == null ? f : f.withSpan(kept, kind(d, kept));
    }

    /**
     * {@code f} without the preposition that opens its span when a noun phrase follows it and the language lists the
     * preposition as one that ends a phrasal cue before a noun phrase ({@code noun-phrase-cue-prepositions}: "referring
     * to the plan" gives "the plan"); a noun phrase here opens with a determiner ({@code np-determiners}), an object
     * pronoun ({@code object-pronouns}), a capital or a digit. "vowed to build a wall" keeps "to build a wall". A
     * particle of a phrasal cue ({@code cue-particles}: "pointed out that A") goes whatever follows it.
     */
    static Found afterCuePreposition(Doc d, Found f) {
        Set<String> prepositions = Words.of(d.language, "noun-phrase-cue-prepositions");
        int k = firstTokenFrom(d, f.span().start());
        if (k < 0 || k + 1 >= d.tokens() || d.start[k] != f.span().start() || d.end[k + 1] > f.span().end()
                || d.quoted[k] || !Words.of(d.language, "cue-particles").contains(d.lower[k])
                && !(prepositions.contains(d.lower[k]) && d.isWord(k + 1) && opensNounPhrase(d, k + 1))) {
            return f;
        }
        Span kept = trimSpan(d, d.start[k + 1], f.span().end());
        return f.withSpan(kept, kind(d, kept));
    }

    /** Words a weekday may take before the clause it dates ("Friday night he said"). */
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /**
     * English: {@code f} without the weekday that opens its span when a clause follows it: "confirmed on Monday it had
     * laid off 200 workers", "said Tuesday his actions are ..." report "it had ...", "his actions are ...". The clause
     * opens with a subject pronoun, a determiner, "that", "whether" or a capitalised word. "Friday with an image",
     * "Thursday night's debate" stay.
     */
    static Found afterLeadingWeekday(Doc d, Found f) {
        int k = firstTokenFrom(d, f.span().start());
        if (!"en".equals(d.language) || k < 0 || d.start[k] != f.span().start() || d.quoted[k]
                || !TimeTagger.isWeekday(d.lower[k])) {
            return f;
        }
        int j = k + 1 < d.tokens() && DAY_PARTS.contains(d.lower[k + 1]) ? k + 2 : k + 1;
        if (j + 2 >= d.tokens() || d.end[j + 2] > f.span().end() || d.quoted[j] || !d.isWord(j)
                || !(Words.of(d.language, "subject-pronouns").contains(d.lower[j])
                || Words.of(d.language, "np-determiners").contains(d.lower[j]) || d.lower[j].equals("that")
                || d.lower[j].equals("whether") || d.isCapitalised(j) && !TimeTagger.isTimeVocabulary(d.lower[j]))) {
            return f;
        }
        Span kept = trimSpan(d, d.start[j], f.span().end());
        return f.withSpan(kept, kind(d, kept));
    }

    private static boolean opensNounPhrase(Doc d, int k) {
        return Words.of(d.language, "np-determiners").contains(d.lower[k])
                || Words.of(d.language, "object-pronouns").contains(d.lower[k]) || d.isCapitalised(k)
                || Character.isDigit(d.text.charAt(d.start[k]));
    }

    /** {@code [a, b)} without spaces, commas, semicolons and colons at either end. */
    private static Span trimFrameEdge(Doc d, int a, int b) {
        String t = d.text;
        while (a < b && (Quotes.isSpace(t.charAt(a)) || ",;:".indexOf(t.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Quotes.isSpace(t.charAt(b - 1)) || ",;:".indexOf(t.charAt(b - 1)) >= 0)) {
            b--;
        }
        return new Span(a, b);
    }

    /** Words of a frame's setting after it at most ("vor rund 150 Anhängern in der Stadthalle"). */
    private static final int MAX_SETTING_WORDS = 8;

    /**
     * Whether a frame with words after it ("„A“, sagte Kessler vor rund 150 Anhängern") closes a quotation: the words
     * before the frame are all inside quotation marks, and what follows is a short setting of at most {@link
     * #MAX_SETTING_WORDS} words, without a comma or a quoted word, not more content.
     */
    private static boolean quotationOnly(Doc d, Span before, Span after) {
        String setting = after.of(d.text);
        if (setting.indexOf(',') >= 0 || setting.strip().split("\\s+").length > MAX_SETTING_WORDS) {
            return false; // "„A“, sagte sie und fügte hinzu, B": more content may follow
        }
        boolean any = false;
        // from the token before the span's first: one straddling its start counts as before
        for (int i = Math.max(0, firstTokenFrom(d, before.start()) - 1); i < d.tokens() && d.start[i] < after.end();
                i++) {
            if (!d.isWord(i) || d.end[i] <= before.start()) {
                continue;
            }
            boolean inBefore = d.end[i] <= before.end();
            boolean inAfter = d.start[i] >= after.start();
            if (inBefore && !d.quoted[i] || inAfter && d.quoted[i]) {
                return false;
            }
            any |= inBefore;
        }
        return any;
    }

    private static boolean hasWord(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Found found(Doc d, Span content, Attribution a, int s) {
        content = withoutSpeakersDeterminer(d, afterDateline(d, content), a);
        MentionRef r = a.ref();
        Cluster c = r == null ? null : r.cluster();
        EntityType type = r == null ? EntityType.UNKNOWN : r.type();
        return new Found(content, QuoteKind.INDIRECT, a.cueFirst(), a.cueLast(), a.spkFirst(), a.spkLast(), c, type,
                s);
    }

    /**
     * {@code content} without a determiner it ends on that opens the speaker's phrase right after it ("..., up from 90
     * last year, the Sun-Times reported": the speaker's name is "Sun-Times", the "the" before it is no part of what
     * was reported). Trimmed once the attribution is chosen, so what the cue model scored is unchanged.
     */
    private static Span withoutSpeakersDeterminer(Doc d, Span content, Attribution a) {
        int k = a.hasSpeaker() ? a.spkFirst() - 1 : -1;
        if (k < 0 || d.quoted[k] || d.end[k] != content.end() || !NP_DETERMINERS.contains(d.lower[k])) {
            return content;
        }
        int first = firstTokenFrom(d, content.start());
        Span trimmed = first >= 0 && first < k ? before(d, first, k) : null;
        return trimmed == null || trimmed.length() == 0 ? content : trimmed;
    }

    // ---- quoted regions ---------------------------------------------------------------------------------------

    /** Grows each span over the quoted regions it touches and sets its kind. */
    private static List<Found> extendToRegions(Doc d, List<Found> in) {
        List<Found> out = new ArrayList<>(in.size());
        for (Found f : in) {
            int a = f.span().start();
            int b = f.span().end();
            for (Span r : d.quoteRegions) {
                if (r.overlaps(f.span()) || r.start() == b || r.end() == a) {
                    a = Math.min(a, r.start());
                    b = Math.max(b, r.end());
                }
            }
            Span s = new Span(a, b);
            out.add(f.withSpan(s, kind(d, s)));
        }
        return out;
    }

    private static QuoteKind kind(Doc d, Span s) {
        int unquoted = 0;
        boolean anyQuoted = false;
        for (Span r : d.quoteRegions) {
            if (r.overlaps(s)) {
                anyQuoted = true;
            }
        }
        if (!anyQuoted) {
            return QuoteKind.INDIRECT;
        }
        int pos = s.start();
        for (Span r : d.quoteRegions) {
            if (r.end() <= s.start() || r.start() >= s.end()) {
                continue;
            }
            unquoted += words(d.text, pos, Math.max(pos, r.start()));
            pos = Math.max(pos, r.end());
        }
        unquoted += words(d.text, pos, Math.max(pos, s.end()));
        return unquoted <= MAX_UNQUOTED_IN_DIRECT ? QuoteKind.DIRECT : QuoteKind.MIXED;
    }

    static int words(String t, int a, int b) {
        int n = 0;
        boolean in = false;
        for (int i = a; i < b; i++) {
            boolean w = Character.isLetterOrDigit(t.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Drops spans inside an earlier span (a quoted region claimed by two sentences). */
    private static List<Found> dedupe(List<Found> in) {
        List<Found> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparing((Found f) -> f.span().start()).thenComparing(f -> -f.span().end()));
        List<Found> out = new ArrayList<>();
        for (Found f : sorted) {
            Found prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.span().contains(f.span())) {
                if (!prev.hasSpeaker() && f.hasSpeaker()) {
                    out.set(out.size() - 1, prev.withSpeakerOf(f));
                }
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /**
     * Quoted regions that no attribution claimed: continuations of the nearest earlier speaker's quote; in German, the
     * speaker that the quotation's own sentence names outside the marks comes first (see {@link #ownGermanSpeaker}).
     */
    private static List<Found> continuations(Doc d, Mentions m, CueLexicon lex, List<Found> in) {
        List<Found> out = new ArrayList<>(in);
        for (Span r : d.quoteRegions) {
            if (!sentenceLike(d.text, r) || isWorkTitle(d, r) || covered(in, r)) {
                continue;
            }
            int s = sentenceAt(d, r.start());
            if (s < 0) {
                continue;
            }
            SpeakerRanker.Candidate own = "de".equals(d.language) ? ownGermanSpeaker(d, m, lex, r, s) : null;
            if (own != null) {
                out.add(saidBy(r, QuoteKind.DIRECT, own, s));
                continue;
            }
            Found prev = previousWithSpeaker(d, in, r.start(), d.sentParagraph[s]);
            Found f = new Found(r, QuoteKind.DIRECT, -1, -1, -1, -1, null, EntityType.UNKNOWN, s);
            out.add(prev == null ? f : f.withSpeakerOf(prev));
        }
        return out;
    }

    /**
     * The speaker a German quotation's own sentence names outside its marks, or {@code null}: after it, behind "so",
     * "wie" or a cue verb ({@link #trailingSpeaker}); or before it: after an opening "Wie" ("Wie der Richter
     * ausführte, ..."), as the subject the sentence opens with ("Ein WWF-Sprecher schätzte ein: „…“"), or before a
     * colon ({@link #colonSpeaker}). A quotation that no cue claimed is that source's before it is the previous
     * speaker's.
     */
    static SpeakerRanker.Candidate ownGermanSpeaker(Doc d, Mentions m, CueLexicon lex, Span r, int s) {
        SpeakerRanker.Candidate after = trailingSpeaker(d, m, lex, r, s);
        if (after != null) {
            return after;
        }
        int first = d.sentFirst[s];
        if (d.start[first] >= r.start()) {
            return null;
        }
        if (d.lower[first].equals("wie") && first + 1 < d.sentLast[s]) { // "Wie der Richter ausführte, hätte „…“"
            SpeakerRanker.Candidate c = speaking(d, m, speakerAfter(d, m, first + 1, d.sentLast[s]));
            if (c != null && d.end[c.last() - 1] <= r.start()) {
                return c;
            }
        }
        SpeakerRanker.Candidate opening = openingSpeaker(d, m, s);
        return opening != null ? opening : colonSpeaker(d, m, r, s);
    }

    /**
     * "Ein Beamter der Nationalpolizei: „…“", "Ein Hauptkommissar nach der Festnahme: „…“": a German sentence that
     * opens with a speaking name or noun phrase, then no verb (only function words and inflected adjectives in lower
     * case) up to a colon right before the quotation; that phrase, else {@code null}.
     */
    private static SpeakerRanker.Candidate colonSpeaker(Doc d, Mentions m, Span r, int s) {
        int first = d.sentFirst[s];
        int colon = first;
        while (colon < d.sentLast[s] && d.end[colon] <= r.start()) {
            colon++;
        }
        colon--; // the last token before the quotation
        while (colon > first && d.isQuoteMark(colon)) {
            colon--;
        }
        if (colon <= first || !d.is(colon, ':')) {
            return null;
        }
        MentionRef ref = m.startingAt[first];
        int[] np = ref != null && ref.form() == MentionRef.Form.NAME ? new int[] {first, ref.last()}
                : germanOpeningNounPhrase(d, m, first, colon);
        SpeakerRanker.Candidate c = np == null || np[1] > colon ? null : speaking(d, m, np);
        if (c == null) {
            return invertedBeforeColon(d, m, first, colon);
        }
        for (int k = c.last(); k < colon; k++) {
            String w = d.lower[k];
            if (d.quoted[k] || d.isWord(k) && !d.isCapitalised(k) && !FUNCTION_WORDS.contains(w)
                    && !w.endsWith("e") && !w.endsWith("en") && !w.endsWith("er") && !w.endsWith("es")
                    && !w.endsWith("em")) {
                return null;
            }
        }
        return c;
    }

    /** Nominative determiners that open a German subject after its verb ("zeigt sich der Bundestrainer"). */
    private static final Set<String> NOMINATIVE = Set.of("der", "die", "das", "ein", "eine");

    /**
     * "In seiner Pressemitteilung resümiert Hartmut Lierow: „…“", "Hier sparte der Bundespräsident nicht mit Kritik:
     * „…“": the subject right after the verb in second place (perhaps after "sich" or an adverb) of a sentence that
     * introduces a quotation with a colon; a name or a nominative noun phrase that speaks, else {@code null}.
     */
    private static SpeakerRanker.Candidate invertedBeforeColon(Doc d, Mentions m, int first, int colon) {
        return subjectAfterVerb(d, m, secondPlaceVerb(d, first, colon, false), colon);
    }

    /**
     * The first lower-case word after the sentence's first that is no function word or adjective: its verb; with
     * {@code auxiliaries}, an auxiliary or modal ({@code opening-auxiliaries}) counts as that verb too ("Am Montag
     * hatte der Minister gewarnt", "Am Montag will der Bürgermeister ... vorlegen").
     */
    private static int secondPlaceVerb(Doc d, int first, int limit, boolean auxiliaries) {
        int v = first + 1;
        while (v < limit && (!d.isWord(v) || d.isCapitalised(v) || d.quoted[v]
                || FUNCTION_WORDS.contains(d.lower[v]) && !(auxiliaries && OPENING_AUXILIARIES.contains(d.lower[v]))
                || germanAttributive(d, v, limit))) {
            v++;
        }
        return v;
    }

    /**
     * A learned continuation that names its own source in verb-second order, after an indicative verb
     * ("Für die Stadtwerke bedauerte der Verband kommunaler Unternehmen, dass ...", "Noch am Freitag hatte Serbiens
     * Präsident Boris Tadić versichert, ..."): that subject, else {@code null}. A Konjunktiv verb ("Außerdem sei die
     * Polizei machtlos") goes on with the speaker before.
     */
    static SpeakerRanker.Candidate secondPlaceSpeaker(Doc d, Mentions m, int s) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        if (d.quoted[first] || d.isQuoteMark(first)) {
            return null;
        }
        int v = secondPlaceVerb(d, first, last, true);
        if (v >= last || CueFeatures.GERMAN_SUBJUNCTIVE.contains(d.lower[v]) || NOT_SUBJECT.contains(d.lower[v])
                || subjunctiveEnding(d.lower[v])) {
            return null;
        }
        return subjectAfterVerb(d, m, v, last);
    }

    private static SpeakerRanker.Candidate subjectAfterVerb(Doc d, Mentions m, int v, int colon) {
        int k = v + 1;
        while (k < colon && d.lower[k].equals("sich")) {
            k++;
        }
        if (k >= colon || d.quoted[k]) {
            return null;
        }
        MentionRef r = m.startingAt[k];
        boolean subject = r != null && r.form() == MentionRef.Form.NAME || NOMINATIVE.contains(d.lower[k]);
        return subject ? speaking(d, m, speakerAfter(d, m, k, colon)) : null;
    }

    /**
     * The speaker named right after a German quotation in its sentence, behind "so", "wie" or a cue verb ("„…“, so
     * Guttenberg wörtlich", "„…“, zitiert CNN", "„…“, wie sein Anwalt mitteilte"), else {@code null}.
     */
    static SpeakerRanker.Candidate trailingSpeaker(Doc d, Mentions m, CueLexicon lex, Span r, int s) {
        int e = d.sentFirst[s];
        while (e < d.tokens() && d.start[e] < r.end()) {
            e++;
        }
        if (e >= d.tokens() || e == 0 || d.sentenceOf[e] != d.sentenceOf[e - 1]) {
            return null;
        }
        int last = d.sentLast[d.sentenceOf[e]];
        return behindCue(d, m, lex, e < last && d.is(e, ',') ? e + 1 : e, last);
    }

    /** The speaker after the comma at {@code k}, behind "so", "wie" or a cue verb ("..., so Obama weiter"). */
    static SpeakerRanker.Candidate afterComma(Doc d, Mentions m, CueLexicon lex, int k, int last) {
        return behindCue(d, m, lex, k + 1, last);
    }

    /** The speaker behind "so", "wie" or a cue verb at {@code k}, up to {@code last}; else {@code null}. */
    private static SpeakerRanker.Candidate behindCue(Doc d, Mentions m, CueLexicon lex, int k, int last) {
        boolean cue = k < last && !d.quoted[k] && d.isWord(k) && !d.isCapitalised(k)
                && (d.lower[k].equals("so") || d.lower[k].equals("wie") || lex.isCandidate(d.lower[k]));
        return cue ? speaking(d, m, speakerAfter(d, m, k + 1, last)) : null;
    }

    /**
     * The source a German continuation names itself: its opening subject, the subject after an indicative verb in
     * second place ({@link #secondPlaceSpeaker}), a source after a comma ("Die Lage sei ernst, so Obama weiter.") or
     * after a quotation inside it ("„…“, so Guttenberg wörtlich."); {@code null} when it names none.
     */
    private static SpeakerRanker.Candidate ownContinuationSpeaker(Doc d, Mentions m, CueLexicon lex, Span span,
                                                                  int s) {
        SpeakerRanker.Candidate own = openingSpeaker(d, m, s);
        if (own == null) {
            own = secondPlaceSpeaker(d, m, s);
        }
        for (int k = d.sentLast[s] - 2; own == null && k > d.sentFirst[s]; k--) {
            if (d.is(k, ',') && !d.quoted[k]) {
                own = afterComma(d, m, lex, k, d.sentLast[s]);
            }
        }
        for (int q = 0; own == null && q < d.quoteRegions.size(); q++) {
            Span region = d.quoteRegions.get(q);
            if (region.overlaps(span)) {
                own = trailingSpeaker(d, m, lex, region, s);
            }
        }
        return own;
    }

    /** A quotation of {@code kind} at {@code span} in sentence {@code s}, said by {@code who}. */
    private static Found saidBy(Span span, QuoteKind kind, SpeakerRanker.Candidate who, int s) {
        MentionRef r = who.ref();
        return new Found(span, kind, -1, -1, who.first(), who.last(), r == null ? null : r.cluster(),
                r == null ? EntityType.UNKNOWN : r.type(), s);
    }

    /** The phrase as a speaker when it is a person's or organisation's name or a noun phrase that speaks. */
    private static SpeakerRanker.Candidate speaking(Doc d, Mentions m, int[] p) {
        if (p == null || p[1] <= p[0]) {
            return null;
        }
        MentionRef ref = m.startingAt[p[0]];
        ref = ref != null && ref.last() == p[1] ? ref : null;
        boolean named = ref != null && ref.form() != MentionRef.Form.PRONOUN
                && (ref.type() == EntityType.PERSON || ref.type() == EntityType.ORGANISATION);
        return named || ref == null && speaks(d, m, p) ? new SpeakerRanker.Candidate(p[0], p[1], ref) : null;
    }

    /**
     * "“…” ― Sonya Herridge": a paragraph of quoted words followed by a dash and a name that ends it is that person's
     * (the convention of pull quotes, epigraphs and collected voices), whatever speaker its parts had inherited, even
     * when its quotation marks are unbalanced.
     */
    private static List<Found> dashAttributions(Doc d, Mentions m, List<Found> in) {
        List<Found> out = in;
        for (int s = 0; s < d.sentences(); s++) {
            boolean lastOfParagraph = s + 1 >= d.sentences() || d.sentParagraph[s + 1] != d.sentParagraph[s];
            if (!lastOfParagraph) {
                continue;
            }
            int end = d.sentLast[s];
            while (end > d.sentFirst[s] && d.is(end - 1, '.')) {
                end--;
            }
            MentionRef name = end > 0 ? m.endingAt[end - 1] : null;
            int k = name == null ? -1 : name.first() - 1;
            if (name == null || name.form() != MentionRef.Form.NAME || name.type() == EntityType.PLACE || k < 1
                    || !isDash(d, k) || d.sentParagraph[d.sentenceOf[k]] != d.sentParagraph[s]) {
                continue; // the dash must stand in the name's paragraph: one ending the paragraph before is no credit
            }
            Span para = d.paragraphs.get(d.sentParagraph[s]);
            Span said = trimSpan(d, para.start(), d.start[k]);
            if (said.length() == 0 || !Quotes.isMark(d.text.charAt(said.start()))
                    && !Quotes.isMark(d.text.charAt(said.end() - 1))) {
                continue; // "“...” ― Name": the words before the dash are quoted
            }
            List<Found> next = new ArrayList<>();
            for (Found f : out) {
                if (!f.span().overlaps(said)) {
                    next.add(f);
                }
            }
            next.add(new Found(said, kind(d, said), k, k + 1, name.first(), name.last(), name.cluster(),
                    name.type(), d.sentenceOf[k]));
            out = next;
        }
        return out;
    }

    private static boolean isDash(Doc d, int k) {
        return d.is(k, '\u2015') || d.is(k, '\u2014') || d.is(k, '\u2013');
    }

    /** Token {@code k} is the last of its paragraph, or only a period follows it there. */
    private static boolean endsParagraph(Doc d, int k) {
        int p = d.sentParagraph[d.sentenceOf[k - 1]];
        for (int j = k; j < d.tokens() && d.sentParagraph[d.sentenceOf[j]] == p; j++) {
            if (!d.is(j, '.')) {
                return false;
            }
        }
        return true;
    }

    /** The first token starting at or after {@code offset}, or -1 (binary search). */
    static int firstTokenFrom(Doc d, int offset) {
        int lo = 0;
        int hi = d.tokens() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (d.start[mid] >= offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    /**
     * A quotation that stands without a cue must read like speech: punctuation before its closing mark, or many
     * words; a short capitalised title ("Die Stadt und die Hunde") or a scare-quoted phrase is no quote.
     */
    private static boolean sentenceLike(String text, Span r) {
        int n = words(text, r.start(), r.end());
        if (n < MIN_CONTINUATION_WORDS) {
            return false;
        }
        int e = r.end() - 1;
        while (e > r.start() && (Quotes.isMark(text.charAt(e)) || text.charAt(e) == '\'')) {
            e--;
        }
        char c = text.charAt(e);
        return c == '.' || c == '!' || c == '?' || c == ',' || c == '\u2026' || n >= MIN_UNPUNCTUATED_WORDS;
    }

    /** At most this many words in the title of a show, book or song ({@link #isWorkTitle}). */
    private static final int MAX_TITLE_WORDS = 8;
    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
    private static final Pattern WORD_BEFORE = Pattern.compile("[\\p{L}\\p{N}'\u2019.-]+$");

    /**
     * A quotation in title case that names a show, book or song inside a sentence ("Pence said on CNN's "State of the
     * Union."", "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested ..."): at most
     * {@link #MAX_TITLE_WORDS} words, each capitalised but the language's {@code title-minor-words} (a colon may
     * open a subtitle: "Backfire: Carly Fiorina's High-Stakes Battle"), no sentence end inside and none of "!" or "?"
     * at its end, after a lower-case word or a possessive. Not after a colon or a capitalised word (a headline's
     * quotation, "Warren Hammers CEO: 'You Should Be Investigated.'"), nor opening its sentence.
     * Languages without the word list (German capitalises nouns) have no such titles.
     */
    static boolean isWorkTitle(Doc d, Span r) {
        Set<String> minor = Words.of(d.language, "title-minor-words");
        if (minor.isEmpty()) {
            return false;
        }
        int e = r.end();
        while (e > r.start() && (Quotes.isMark(d.text.charAt(e - 1)) || d.text.charAt(e - 1) == '\''
                || Quotes.isSpace(d.text.charAt(e - 1)))) {
            e--;
        }
        while (e > r.start() && (d.text.charAt(e - 1) == '.' || d.text.charAt(e - 1) == ',')) {
            e--;
        }
        String inner = d.text.substring(r.start(), e);
        if (inner.indexOf('!') >= 0 || inner.indexOf('?') >= 0 || inner.contains(". ")) {
            return false;
        }
        Matcher w = TITLE_WORD.matcher(inner);
        int words = 0;
        while (w.find()) {
            String word = w.group();
            boolean capital = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
            boolean minorWord = words > 0 && minor.contains(word.toLowerCase(Locale.ROOT));
            if (!capital && !minorWord || ++words > MAX_TITLE_WORDS) {
                return false;
            }
        }
        int s = sentenceAt(d, r.start());
        if (words == 0 || s < 0 || d.start[d.sentFirst[s]] >= r.start()) {
            return false;
        }
        String before = d.text.substring(Math.max(d.start[d.sentFirst[s]], r.start() - 60), r.start()).stripTrailing();
        if (before.endsWith(",")) {
            before = before.substring(0, before.length() - 1);
        }
        Matcher b = WORD_BEFORE.matcher(before);
        if (!b.find()) {
            return false;
        }
        String prev = b.group();
        String lower = prev.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(prev.charAt(0)) || lower.endsWith("'s") || lower.endsWith("\u2019s");
    }

    private static boolean covered(List<Found> fs, Span r) {
        for (Found f : fs) {
            if (f.span().overlaps(r)) {
                return true;
            }
        }
        return false;
    }

    /** The first sentence that ends after {@code offset} (binary search), or -1. */
    static int sentenceAt(Doc d, int offset) {
        int lo = 0;
        int hi = d.sentences() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (d.end[d.sentLast[mid] - 1] > offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }

    private static Found previousWithSpeaker(Doc d, List<Found> fs, int before, int paragraph) {
        Found best = null;
        for (Found f : fs) {
            if (f.span().start() < before && f.hasSpeaker() && paragraph - d.sentParagraph[f.sentence()] <= 1
                    && (!isHeading(d, f.sentence()) || d.sentParagraph[f.sentence()] == paragraph)) {
                best = f;
            }
        }
        return best;
    }

    /** How many sentences a learned continuation may lie after the attribution it continues. */
    static final int MAX_CONTINUATION_DISTANCE = 5;

    /**
     * The learned continuation: a sentence with no attribution of its own, at most
     * {@link #MAX_CONTINUATION_DISTANCE} sentences after one with a speaker (in its paragraph or the next), that the
     * continuation model judges to go on with it ("Die Lage sei ernst.", free indirect speech). It takes that
     * attribution's speaker. With {@code recorded} given, every candidate sentence is recorded there (and its features
     * by {@code f.recorder}) instead.
     */
    List<Found> learnedContinuations(Doc d, Mentions m, Lang lang, List<Found> in, CueFeatures f,
                                     List<Integer> recorded) {
        boolean[] covered = new boolean[d.sentences()];
        Found[] attributed = new Found[d.sentences()];
        for (Found x : in) {
            for (int s = Math.max(0, sentenceAt(d, x.span().start())); s < d.sentences()
                    && d.start[d.sentFirst[s]] < x.span().end(); s++) {
                if (d.sentenceSpan(s).overlaps(x.span())) {
                    covered[s] = true;
                    if (x.hasSpeaker()) {
                        attributed[s] = x;
                    }
                }
            }
        }
        List<Found> out = new ArrayList<>(in);
        Found last = null;
        int lastSentence = -1;
        for (int s = 0; s < d.sentences(); s++) {
            if (covered[s]) {
                if (attributed[s] != null && !isHeading(d, s)) {
                    last = attributed[s];
                    lastSentence = s;
                }
                continue;
            }
            if (last == null || s - lastSentence > MAX_CONTINUATION_DISTANCE
                    || d.sentParagraph[s] - d.sentParagraph[lastSentence] > 1 || !endsLikeSentence(d, d.sentLast[s])
                    || !marksReportedSpeech(d, s)) {
                continue;
            }
            f.continuation(d, m, lang.lex(), s, lastSentence, last);
            if (recorded != null) {
                recorded.add(s);
                continue;
            }
            if (lang.continuation().probability(f.features(), f.size()) >= lang.continuation().threshold()) {
                Span span = trimSpan(d, d.start[d.sentFirst[s]], d.end[lastContentToken(d, d.sentLast[s])]);
                Found c = new Found(span, kind(d, span), -1, -1, -1, -1, null, EntityType.UNKNOWN, s)
                        .withSpeakerOf(last);
                SpeakerRanker.Candidate own = "de".equals(d.language) ? ownContinuationSpeaker(d, m, lang.lex(), span, s)
                        : null;
                if (own == null && "de".equals(d.language) && s > 0 && !covered[s - 1] && lastSentence < s - 1
                        && d.sentParagraph[s - 1] == d.sentParagraph[s]) {
                    own = openingSpeaker(d, m, s - 1); // "Der Iran streitet dies ab. Sein Programm diene ..."
                    if (own == null) { // "Am Montag will der Bürgermeister eine Vorlage präsentieren. Es werde ..."
                        own = secondPlaceSpeaker(d, m, s - 1);
                    }
                }
                if (own != null) {
                    c = saidBy(span, c.kind(), own, s);
                }
                out.add(c);
                last = c;
                lastSentence = s;
            }
        }
        return out;
    }

    /** Adverbs between a sentence's opening subject and its verb ("Die Kanadier hingegen sagen"). */
    private static final Set<String> SUBJECT_VERB_ADVERBS = Words.all("subject-verb-adverbs");

    /**
     * The source a German sentence without a cue opens with, speaking in the indicative ("Die Feuerwehr gibt an, es
     * gebe keine Verletzten", "Toyota präsentiert ...", "Die Kanadier hingegen sagen, ..."): a person's or an
     * organisation's name, or a noun phrase with an agent head, right before a lower-case verb that is no Konjunktiv
     * I form ("Die Polizei sei machtlos" goes on with the speaker before). {@code null} when it opens otherwise.
     */
    static SpeakerRanker.Candidate openingSpeaker(Doc d, Mentions m, int s) {
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        if (d.quoted[first] || d.isQuoteMark(first)) {
            return null;
        }
        MentionRef r = m.startingAt[first];
        int end;
        if (r != null && (r.form() == MentionRef.Form.NAME || r.form() == MentionRef.Form.DESCRIPTION)
                && (r.type() == EntityType.PERSON || r.type() == EntityType.ORGANISATION)) {
            end = r.last();
        } else {
            int[] np = germanOpeningNounPhrase(d, m, first, last);
            if (np == null) {
                np = bareAgentPhrase(d, m, first, last);
            } else if (np[1] - np[0] < 2 || !speaks(d, m, np)) {
                return null;
            }
            if (np == null) {
                return null;
            }
            end = np[1];
            r = m.startingAt[first] != null && m.startingAt[first].last() == end ? m.startingAt[first] : null;
        }
        int apposed = afterApposition(d, end, last);
        int v = apposed < last && SUBJECT_VERB_ADVERBS.contains(d.lower[apposed]) ? apposed + 1 : apposed;
        if (v >= last || !d.isWord(v) || d.isCapitalised(v) || d.quoted[v]
                || FUNCTION_WORDS.contains(d.lower[v]) && !OPENING_AUXILIARIES.contains(d.lower[v])
                || NOT_SUBJECT.contains(d.lower[v]) || CueFeatures.GERMAN_SUBJUNCTIVE.contains(d.lower[v])
                || subjunctiveEnding(d.lower[v])) {
            return null;
        }
        if (apposed > end && (r == null || r.form() != MentionRef.Form.NAME)) {
            MentionRef named = m.endingAt[apposed - 2]; // "Der Kampfgefährte Thaksins, Newin Chidchob, wandte sich ..."
            if (named != null && named.form() == MentionRef.Form.NAME && named.type() == EntityType.PERSON) {
                return new SpeakerRanker.Candidate(named.first(), named.last(), named);
            }
        }
        return new SpeakerRanker.Candidate(first, end, r);
    }

    /**
     * A finite verb after a third person subject that ends in "-e" but not in the "-te" of the weak past
     * ("propagiere", "liege", "wäre", "würde"): no third person indicative ends so ("propagiert", "liegt", "liegen";
     * "wurde" is a function word and never read here), so it is a Konjunktiv, which keeps the speaker before.
     */
    private static boolean subjunctiveEnding(String verb) {
        return verb.length() > 3 && verb.endsWith("e") && !verb.endsWith("te");
    }

    /** Words a noun phrase without article may have: "Südsudanesische Vertreter", "Meteorologen". */
    private static final int MAX_BARE_PHRASE = 3;

    /**
     * A noun phrase without article that opens a German sentence and names people who speak ("Südsudanesische
     * Vertreter sprachen davon, ...", "Meteorologen rechnen mit ..."): its head is an agent noun and it has no
     * genitive or name after it; else {@code null}.
     */
    private static int[] bareAgentPhrase(Doc d, Mentions m, int first, int last) {
        if (GERMAN_DETERMINERS.contains(d.lower[first]) || FUNCTION_WORDS.contains(d.lower[first])) {
            return null;
        }
        int[] np = germanNounPhrase(d, m, first, last);
        if (np == null || np[1] - np[0] > MAX_BARE_PHRASE || np[1] <= np[0]
                || !EntityFinder.isGermanAgentHead(d.lower[np[1] - 1]) || isSourceNoun(d.lower[np[1] - 1])) {
            return null;
        }
        return np;
    }

    /** Auxiliaries and modals that may follow a sentence's opening speaker ("Der Senat hatte sich erhofft"; data). */
    private static final Set<String> OPENING_AUXILIARIES = Words.of("de", "opening-auxiliaries");

    /** Tokens an apposition after an opening subject may span ("Newin Chidchob, der frühere Minister,"). */
    private static final int MAX_OPENING_APPOSITION = 12;

    /**
     * The token after an apposition that follows the phrase ending at {@code end} (", Newin Chidchob," then the
     * verb), or {@code end} when none follows: a comma, words without a verb-like lower-case word, a comma.
     */
    private static int afterApposition(Doc d, int end, int last) {
        if (end >= last || !d.is(end, ',')) {
            return end;
        }
        for (int k = end + 1; k < last && k - end <= MAX_OPENING_APPOSITION; k++) {
            if (d.quoted[k] || d.is(k, '.') || d.is(k, ':') || d.is(k, ';')) {
                return end;
            }
            if (d.is(k, ',')) {
                return k + 1;
            }
        }
        return end;
    }

    /**
     * Whether a German noun phrase can speak: its head noun (the one before its first genitive attribute: "Die
     * Veranstalter der Demonstration") names a person, group, organisation or document, or the phrase ends with a
     * name or an acronym that is no place ("Das Nachrichtenportal EurActiv", "Die BVG").
     */
    private static boolean speaks(Doc d, Mentions m, int[] np) {
        int head = np[1] - 1;
        for (int k = np[0] + 2; k < np[1]; k++) {
            if (GERMAN_GENITIVES.contains(d.lower[k])) {
                head = k - 1;
                break;
            }
        }
        if (EntityFinder.isGermanAgentHead(d.lower[head])) {
            return true;
        }
        MentionRef end = m.endingAt[np[1] - 1];
        return end != null && end.form() == MentionRef.Form.NAME && end.type() != EntityType.PLACE
                || isAcronym(d.token(np[1] - 1));
    }

    /**
     * A sentence that carries a mark of reported speech in its own words: a German subjunctive or "soll(en)"
     * ({@code german-subjunctive.txt}), quotation marks, or a first-person subject outside them. Only such sentences
     * may continue an attribution without a cue of their own (the narration around quotes does not).
     */
    private static boolean marksReportedSpeech(Doc d, int s) {
        boolean german = "de".equals(d.language);
        for (int i = d.sentFirst[s]; i < d.sentLast[s]; i++) {
            if (d.quoted[i] || !d.quoted[i] && FIRST_PERSON_SUBJECTS.contains(d.lower[i])
                    || german && CueFeatures.GERMAN_SUBJUNCTIVE.contains(d.lower[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * German reported speech goes on in the subjunctive ("Die Lage sei ernst."): a sentence without a quote whose
     * verb is a Konjunktiv I form continues the attribution of the sentence before it.
     */
    private static List<Found> subjunctiveContinuations(Doc d, List<Found> in) {
        List<Found> out = new ArrayList<>(in);
        Found[] bySentence = new Found[d.sentences()];
        for (Found f : in) {
            bySentence[f.sentence()] = f;
        }
        for (int s = 1; s < d.sentences(); s++) {
            Found prev = bySentence[s - 1];
            if (bySentence[s] != null || prev == null || !prev.hasSpeaker() || !subjunctive(d, s)
                    || d.sentParagraph[s] - d.sentParagraph[s - 1] > 1) {
                continue;
            }
            Span span = trimSpan(d, d.start[d.sentFirst[s]], d.end[lastContentToken(d, d.sentLast[s])]);
            Found f = new Found(span, QuoteKind.INDIRECT, -1, -1, -1, -1, null, EntityType.UNKNOWN, s)
                    .withSpeakerOf(prev);
            out.add(f);
            bySentence[s] = f;
        }
        return out;
    }

    private static boolean subjunctive(Doc d, int s) {
        for (int i = d.sentFirst[s]; i < d.sentLast[s]; i++) {
            if (!d.quoted[i] && KONJUNKTIV.contains(d.lower[i])) {
                return true;
            }
        }
        return false;
    }

    // ---- block quotes -----------------------------------------------------------------------------------------

    /** A first-person paragraph with no attribution of its own, right after a paragraph with a speaker. */
    private static List<Found> blocks(Doc d, Mentions m, List<Found> in) {
        List<Found> out = new ArrayList<>(in);
        for (int p = 1; p < d.paragraphs.size(); p++) {
            Span para = d.paragraphs.get(p);
            if (hasAttributedQuote(d, in, p) || !firstPerson(d, para) || Quotes.isOpeningMark(
                    d.text.charAt(para.start()))) {
                continue;
            }
            Found prev = lastWithSpeaker(d, in, p - 1);
            if (prev == null) {
                continue;
            }
            out.removeIf(f -> para.contains(f.span()));
            int s = sentenceAt(d, para.start());
            out.add(new Found(para, QuoteKind.BLOCK, -1, -1, -1, -1, null, EntityType.UNKNOWN, s)
                    .withSpeakerOf(prev));
        }
        return out;
    }

    /**
     * "Castellan said:", "Dann sagte sie:" ending a paragraph: the next paragraph is what was said, with that cue and
     * speaker (a block quote, direct when it opens with a quotation mark), unless it has an attribution of its own.
     */
    private List<Found> introducedByColon(Doc d, Mentions m, CueLexicon lex, List<Found> in) {
        List<Found> out = new ArrayList<>(in);
        for (int p = 0; p + 1 < d.paragraphs.size(); p++) {
            Span para = d.paragraphs.get(p + 1);
            int s = sentenceAt(d, d.paragraphs.get(p).end() - 1);
            int end = sentenceAt(d, para.end() - 1);
            if (s < 0 || !d.is(d.sentLast[s] - 1, ':') || d.quoted[d.sentLast[s] - 1]
                    || hasOwnSubjectAttribution(d, in, p + 1)
                    || end >= 0 && d.is(d.sentLast[end] - 1, ':') && hasAttributedQuote(d, in, p + 1)) {
                continue;
            }
            int colon = d.sentLast[s] - 1;
            Attribution a = null;
            for (int i = d.sentFirst[s]; i < colon && a == null; i++) {
                if (!d.quoted[i] && d.isWord(i) && !m.inName[i] && lex.isCue(d.lower[i])) {
                    Attribution c = attribution(d, m, lex, i, d.sentFirst[s], d.sentLast[s]);
                    MentionRef next = m.startingAt[i + 1];
                    boolean pronoun = i + 2 == colon
                            && Words.of(d.language, "pronouns").contains(d.lower[i + 1]); // "Dann sagte sie:"
                    boolean name = i == d.sentFirst[s] && SpeakerRanker.isName(next)
                            && next.last() == colon; // "Stated Stone:"
                    if (!c.hasSpeaker() && (pronoun || name)) {
                        c = new Attribution(c.cueFirst(), i + 1, i + 1, colon, next, Place.INVERTED, -1);
                    }
                    boolean endsFrame = c.cueLast() == colon || c.spkLast() == colon; // "X said:", "sagte sie:"
                    a = c.hasSpeaker() && endsFrame ? c : null;
                }
            }
            if (a == null) {
                continue;
            }
            QuoteKind kind = Quotes.isOpeningMark(d.text.charAt(para.start())) ? QuoteKind.DIRECT : QuoteKind.BLOCK;
            Span said = quoteGoingOn(d, para);
            out.removeIf(f -> said.contains(f.span()));
            out.add(found(d, said, a, sentenceAt(d, para.start())).withSpan(said, kind));
        }
        return out;
    }

    /**
     * {@code para}, or when a quotation opens it and goes on over the next paragraphs (each opening with a mark
     * again), the whole quotation: "The Eastbank Courier reports:" introduces all of it.
     */
    private static Span quoteGoingOn(Doc d, Span para) {
        for (Span r : d.quoteRegions) {
            if (r.start() == para.start() && r.end() > para.end()) {
                return r;
            }
        }
        return para;
    }

    /**
     * Whether paragraph {@code p} has an attribution of its own whose speaker opens its sentence ("Figeľ bekräftigte
     * ...", "Donald Trump lamented ..."): a report in its own right. A speaker found inside a sentence ("And from a
     * supposed front-runner, Hillary Clinton, this reeks of fear") does not make the paragraph another's words.
     */
    private static boolean hasOwnSubjectAttribution(Doc d, List<Found> fs, int p) {
        for (Found f : fs) {
            if (d.sentParagraph[f.sentence()] == p && f.cueFirst() >= 0 && f.hasSpeaker()
                    && (f.spkFirst() < 0 || f.spkFirst() == d.sentFirst[d.sentenceOf[f.spkFirst()]])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAttributedQuote(Doc d, List<Found> fs, int p) {
        for (Found f : fs) {
            if (d.sentParagraph[f.sentence()] == p && f.cueFirst() >= 0 && f.hasSpeaker()) {
                return true;
            }
        }
        return false;
    }

    private static Found lastWithSpeaker(Doc d, List<Found> fs, int p) {
        Found best = null;
        for (Found f : fs) {
            if (d.sentParagraph[f.sentence()] == p && f.hasSpeaker() && !isHeading(d, f.sentence())) {
                best = f;
            }
        }
        return best;
    }

    private static boolean firstPerson(Doc d, Span para) {
        int s = sentenceAt(d, para.start());
        for (; s >= 0 && s < d.sentences() && d.start[d.sentFirst[s]] < para.end(); s++) {
            for (int i = d.sentFirst[s]; i < d.sentLast[s]; i++) {
                if (!d.quoted[i] && FIRST_PERSON_SUBJECTS.contains(d.lower[i])) {
                    return true;
                }
            }
        }
        return false;
    }
}
