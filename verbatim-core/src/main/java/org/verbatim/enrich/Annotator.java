package org.verbatim.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.language.LanguageDetector;
import org.verbatim.language.Words;
import org.verbatim.model.Annotation;
import org.verbatim.model.Article;
import org.verbatim.model.Entity;
import org.verbatim.model.EntityType;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.QuoteKind;
import org.verbatim.model.Span;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;
import org.verbatim.model.Where;

/**
 * Who said what in one text: the facade over the enrich stages (segmentation, entities and coreference, quotes,
 * time expressions).
 *
 * <p>Contract: {@link #annotate} never throws for any text (null title and date allowed); offsets of quotes with
 * {@code where = TEXT}, of mentions, entities and time expressions are Java {@code char} offsets into {@code text}.
 * Quotes found in the headline ({@code 'CLAIM – NAME'}) have {@code where = TITLE} and offsets into {@code title}.
 * A standfirst should be passed as part of {@code text} (for example its first paragraph). All quotes of one speaker
 * share one {@link Speaker} instance.
 *
 * <p>Work is bounded by a {@link Budget} counted in characters, sentences, quotations, quotes, entities and mentions,
 * never by the clock: a text over it is annotated as far as the budget goes, with a warning in
 * {@link Annotation#warnings()}, so the same text always gives the same annotation. Immutable and thread-safe: one
 * instance may serve many threads.
 */
public final class Annotator {
    /** "CLAIM – NAME": a headline that attributes its claim to the name after a dash. */
    private static final Pattern HEADLINE = Pattern.compile(
            "^(.{12,}?)\\s+([\u2013\u2014-])\\s+(\\p{Lu}[\\p{L}.\u2019'-]+(?:\\s+\\p{Lu}[\\p{L}.\u2019'-]+){0,3})\\s*$");
    /** Pronouns and relative words of every language (data): alone, a mention of one of them names no speaker. */
    private static final java.util.Set<String> PRONOUNS = org.verbatim.language.Words.all("pronouns");
    /** Longer paragraphs are never read as a "CLAIM – NAME" headline (and cost no regular-expression match). */
    static final int MAX_HEADLINE_CHARS = 1_000;

    private final Segmenter rules;
    private final Segmenter english;
    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder quotes;
    /**
     * The quote rules without anything learned, for a text known to be in a language other than English and German:
     * the English cue words and models mean nothing there, and gave a Spanish page English-style attributions.
     */
    private final QuoteFinder ruleQuotes = new QuoteFinder(QuoteModels.none());
    private final TimeTagger times = new TimeTagger();
    private final Budget budget;

    /** Rule-based sentences and tokens for every language (the fast default), with the learned models present. */
    public Annotator() {
        this(false);
    }

    /**
     * @param openNlpEnglish use Apache OpenNLP's English sentence and token models for English texts instead of the
     *                       rules
     */
    public Annotator(boolean openNlpEnglish) {
        this(openNlpEnglish, Budget.DEFAULT, Learned.CLASS_PATH);
    }

    /**
     * @param openNlpEnglish as {@link #Annotator(boolean)}
     * @param budget         how much work one text may cost (see {@link Budget})
     */
    public Annotator(boolean openNlpEnglish, Budget budget) {
        this(openNlpEnglish, budget, Learned.CLASS_PATH);
    }

    /**
     * @param openNlpEnglish as {@link #Annotator(boolean)}
     * @param models         the learned attribution models to use ({@link QuoteModels#none()}: rules alone)
     */
    public Annotator(boolean openNlpEnglish, QuoteModels models) {
        this(openNlpEnglish, Budget.DEFAULT, models);
    }

    /**
     * @param openNlpEnglish as {@link #Annotator(boolean)}
     * @param budget         how much work one text may cost (see {@link Budget})
     * @param models         the learned attribution models to use ({@link QuoteModels#none()}: rules alone)
     */
    public Annotator(boolean openNlpEnglish, Budget budget, QuoteModels models) {
        this.budget = java.util.Objects.requireNonNull(budget, "budget");
        this.quotes = new QuoteFinder(java.util.Objects.requireNonNull(models, "models"));
        RuleTokenizer tok = new RuleTokenizer();
        this.rules = new Segmenter(new RuleSentenceSplitter(tok), tok);
        if (openNlpEnglish) {
            OpenNlpEnglish o = new OpenNlpEnglish();
            this.english = new Segmenter(o.sentenceSplitter(), o.tokenizer());
        } else {
            this.english = rules;
        }
    }

    /** An annotator on the hand-written rules alone, whatever learned jars the class path holds. */
    public static Annotator rulesOnly() {
        return new Annotator(false, QuoteModels.none());
    }

    /** The learned models of the class path, read once. */
    private static final class Learned {
        static final QuoteModels CLASS_PATH = QuoteModels.fromClassPath();
    }

    /**
     * Annotates {@code text}; {@code title} and {@code published} may be {@code null}. A text over the
     * {@link Budget} is annotated up to the last paragraph that fits, and the annotation's warnings say so.
     */
    public Annotation annotate(String text, String title, LocalDate published) {
        return annotate(text, title, published, null);
    }

    /**
     * Annotates {@code text} read as {@code language} (a BCP-47 tag such as the extractor's
     * {@link Article#language()}; only its primary subtag counts); {@code null} detects the language from the text
     * with the same {@link LanguageDetector} the extractor uses. German and English have rules and models of their
     * own; any other language is annotated with the language-neutral rules ({@code "und"}), and its quotes with the
     * rules alone when the language is known (a text the detector cannot place keeps the English models).
     */
    public Annotation annotate(String text, String title, LocalDate published, String language) {
        if (text == null) {
            text = "";
        }
        String tag = language != null ? language : LanguageDetector.standard().detect(text);
        String lang = supported(tag);
        String primary = primary(tag);
        boolean otherLanguage = tag != null && !tag.isBlank() && "und".equals(lang) && !primary.equals("und");
        Segmenter seg = "en".equals(lang) ? english : rules;
        Doc d = seg.segment(text.substring(0, prefixEnd(text, budget.maxChars())), lang);
        for (int cut = overCounts(d); cut >= 0; cut = overCounts(d)) {
            d = seg.segment(text.substring(0, cut), lang);
        }
        List<String> warnings = new ArrayList<>();
        if (d.text.length() < text.length()) {
            warnings.add(Article.BUDGET_WARNING + "annotated the first " + d.text.length() + " of " + text.length()
                    + " characters (at most " + budget.maxChars() + " characters, " + budget.maxSentences()
                    + " sentences, " + budget.maxQuoteRegions() + " quotations)");
        }
        d = HeadlineCase.apply(d, quotes.lang(d).lex());
        Mentions m = entities.find(d);
        List<Found> found = (otherLanguage ? ruleQuotes : quotes).find(d, m);
        List<TimeExpression> tx = times.tag(d, published);
        Builder b = new Builder(d, m, tx, budget);
        if (title != null) {
            headline(title, 0, Where.TITLE, b);
        }
        for (Found f : found) {
            b.quote(f);
        }
        boolean[] quoted = paragraphsWithQuotes(d, found);
        for (int p = 0; p < d.paragraphs.size(); p++) {
            Span span = d.paragraphs.get(p);
            if (!quoted[p] && !endsSentence(d.text, span)) {
                headline(span.of(d.text), span.start(), Where.TEXT, b);
            }
        }
        return b.annotation(warnings);
    }

    /**
     * Where a text longer than {@code max} characters is cut: after the last line break at or before {@code max},
     * else the last space, else {@code max} itself (never between the two halves of a surrogate pair).
     */
    static int prefixEnd(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        int nl = text.lastIndexOf('\n', max);
        if (nl > 0) {
            return nl;
        }
        int sp = text.lastIndexOf(' ', max);
        if (sp > 0) {
            return sp;
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    /**
     * {@code -1} when {@code d} is within the sentence and quotation budgets; otherwise the offset to cut the text
     * at: the start of the paragraph holding the first sentence or quotation over budget (or that sentence or
     * quotation itself when it is in the first paragraph).
     */
    private int overCounts(Doc d) {
        int cut = Integer.MAX_VALUE;
        if (d.sentences() > budget.maxSentences()) {
            cut = d.start[d.sentFirst[budget.maxSentences()]];
        }
        if (d.quoteRegions.size() > budget.maxQuoteRegions()) {
            cut = Math.min(cut, d.quoteRegions.get(budget.maxQuoteRegions()).start());
        }
        if (cut == Integer.MAX_VALUE) {
            return -1;
        }
        int lineStart = d.text.lastIndexOf('\n', cut - 1);
        return lineStart > 0 ? lineStart : cut;
    }

    /** Which paragraphs a found quote overlaps: each quote looks up its first paragraph by binary search. */
    private static boolean[] paragraphsWithQuotes(Doc d, List<Found> found) {
        List<Span> ps = d.paragraphs;
        boolean[] out = new boolean[ps.size()];
        for (Found f : found) {
            int lo = 0;
            int hi = ps.size();
            while (lo < hi) { // the first paragraph that ends after the quote starts
                int mid = (lo + hi) >>> 1;
                if (ps.get(mid).end() <= f.span().start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int p = lo; p < ps.size() && ps.get(p).start() < f.span().end(); p++) {
                out[p] |= ps.get(p).overlaps(f.span());
            }
        }
        return out;
    }

    /** "en" or "de" for a tag of those languages (any region), else "und". */
    static String supported(String tag) {
        String primary = primary(tag);
        return primary.equals("en") || primary.equals("de") ? primary : "und";
    }

    /** A tag's primary subtag, lower-cased ("" for none). */
    private static String primary(String tag) {
        return tag == null ? "" : tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static boolean endsSentence(String text, Span p) {
        char c = text.charAt(p.end() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || Quotes.isClosingMark(c);
    }

    /** A "CLAIM – NAME" line (a headline, or a paragraph read as one) is a quote of NAME. */
    private static void headline(String line, int offset, Where where, Builder b) {
        if (line.length() > MAX_HEADLINE_CHARS) {
            return;
        }
        Matcher mt = HEADLINE.matcher(line);
        if (!mt.matches()) {
            return;
        }
        Span claim = new Span(offset + mt.start(1), offset + mt.end(1));
        Span dash = new Span(offset + mt.start(2), offset + mt.end(2));
        Span name = new Span(offset + mt.start(3), offset + mt.end(3));
        b.add(new Pending(mt.group(1), claim, QuoteKind.DIRECT, mt.group(2), dash, b.speakerNamed(mt.group(3)),
                new Mention(mt.group(3), name), null, where));
    }

    /**
     * A quote whose speaker is still being gathered: it becomes a {@link Quote} once every mention of that speaker
     * is known, so that all quotes of one speaker share one {@link Speaker}.
     */
    private record Pending(String text, Span span, QuoteKind kind, String cue, Span cueSpan, Slot slot,
                           Mention mention, String saidOn, Where where) {

        static final Comparator<Pending> ORDER = (x, y) -> x.where != y.where ? y.where.compareTo(x.where)
                : x.span.compareTo(y.span);

        Quote build(MentionBudget mb) {
            return new Quote(text, span, kind, cue, cueSpan, slot == null ? null : slot.speaker(mb), mention, saidOn,
                    where);
        }
    }

    /**
     * One speaker under construction: a cluster's or a headline name's is complete when created; a bare phrase's
     * ("the minister", unresolved) gathers the mentions of every quote it speaks, and takes the name and type of the
     * last one. Built into a {@link Speaker} once, so the work is linear in the number of quotes.
     */
    private static final class Slot {
        private String name;
        private final String title;
        private EntityType type;
        private final List<Mention> mentions;
        private Speaker built;

        Slot(String name, String title, EntityType type, List<Mention> mentions) {
            this.name = name;
            this.title = title;
            this.type = type;
            this.mentions = mentions;
        }

        static Slot of(Cluster c) {
            return new Slot(c.name, c.title, c.type == EntityType.UNKNOWN ? EntityType.PERSON : c.type, c.all);
        }

        Speaker speaker(MentionBudget mb) {
            if (built == null) {
                built = new Speaker(name, title, type, mb.take(mentions));
            }
            return built;
        }
    }

    /** The mentions still allowed over all speakers and entities; counts what it cuts. */
    private static final class MentionBudget {
        private int left;
        private int cut;

        MentionBudget(int max) {
            this.left = max;
        }

        List<Mention> take(List<Mention> ms) {
            int n = Math.min(left, ms.size());
            left -= n;
            cut += ms.size() - n;
            return n == ms.size() ? ms : ms.subList(0, n);
        }
    }

    /** Turns clusters and found quotes into model records, sharing one {@link Speaker} per referent. */
    private static final class Builder {
        private final Doc d;
        private final Mentions m;
        private final List<TimeExpression> times;
        private final Budget budget;
        /** Cluster ids, lower-case phrases and headline names to their speakers, in order of first quote. */
        private final Map<Object, Slot> speakers = new LinkedHashMap<>();
        private final List<Pending> quotes = new ArrayList<>();

        Builder(Doc d, Mentions m, List<TimeExpression> times, Budget budget) {
            this.d = d;
            this.m = m;
            this.times = times;
            this.budget = budget;
        }

        void add(Pending p) {
            quotes.add(p);
        }

        void quote(Found f) {
            String cue = null;
            Span cueSpan = null;
            if (f.cueFirst() >= 0) {
                cueSpan = new Span(d.start[f.cueFirst()], d.end[f.cueLast() - 1]);
                cue = cueSpan.of(d.text);
            }
            Mention mention = f.spkFirst() >= 0 ? EntityFinder.mention(d, f.spkFirst(), f.spkLast()) : null;
            quotes.add(new Pending(f.span().of(d.text), f.span(), f.kind(), cue, cueSpan, speaker(f, mention),
                    mention, saidOn(f), Where.TEXT));
        }

        private Slot speaker(Found f, Mention mention) {
            Cluster c = f.cluster();
            if (c != null && !isPronoun(c.name)) {
                return speakers.computeIfAbsent(c.id, k -> Slot.of(c));
            }
            if (mention == null || isPronoun(mention.text())) {
                return null; // an unresolved "he" or "sie" keeps its mention but names no one
            }
            Cluster named = describedPerson(f);
            if (named != null) {
                return speakers.computeIfAbsent(named.id, k -> Slot.of(named));
            }
            Slot s = speakers.computeIfAbsent(mention.text().toLowerCase(Locale.ROOT),
                    k -> new Slot(mention.text(), null, f.speakerType(), new ArrayList<>()));
            s.name = mention.text();
            s.type = f.speakerType();
            s.mentions.add(mention);
            return s;
        }

        /**
         * The person a speaker phrase ends in, when the words before the name only describe them: an article, then
         * adjectives and a title right before the name ("der Klimaforscher Karsten Hollweg", "the economist Jared
         * Bernstein"), no function word, possessive or punctuation ("der Sprecher der Kanzlerin Angela Merkel", "a
         * spokesman for Hillary Clinton": someone else speaks). A name with no title ("a New Hampshire Democrat") is
         * no person of the text. Else {@code null}.
         */
        private Cluster describedPerson(Found f) {
            int first = f.spkFirst();
            boolean article = first < f.spkLast() && Words.of(d.language, "articles").contains(d.lower[first]);
            int k = article ? first + 1 : first;
            for (; k < f.spkLast(); k++) {
                MentionRef r = m.startingAt[k];
                if (k > first && r != null && r.form() == MentionRef.Form.NAME && r.last() == f.spkLast()
                        && r.type() == EntityType.PERSON && r.cluster() != null
                        && (r.nameFirst() > r.first() || EntityFinder.isTitleWord(d, k - 1))) {
                    return r.cluster();
                }
                if (!d.isWord(k) || QuoteFinder.FUNCTION_WORDS.contains(d.lower[k])
                        || EntityFinder.isPossessive(d, k)) {
                    return null;
                }
            }
            return null;
        }

        /** "He", "sie", "It" alone: a word that refers, never a name (a sentence-initial one is capitalised). */
        private static boolean isPronoun(String name) {
            return PRONOUNS.contains(name.strip().toLowerCase(Locale.ROOT));
        }

        /** A headline's speaker: the person of the text with the same last name, else the name as written. */
        Slot speakerNamed(String name) {
            String last = EntityFinder.lastWord(name).toLowerCase(Locale.ROOT);
            for (Cluster c : m.clusters) {
                if (c.type != EntityType.PLACE && c.lastToken().toLowerCase(Locale.ROOT).equals(last)
                        && c.name.contains(" ")) {
                    return speakers.computeIfAbsent(c.id, k -> Slot.of(c));
                }
            }
            return speakers.computeIfAbsent("headline:" + name, k -> new Slot(name, null, EntityType.PERSON,
                    List.of()));
        }

        /** The time expression of the cue's sentence closest to the cue (times are in text order). */
        private String saidOn(Found f) {
            if (f.cueFirst() < 0) {
                return null;
            }
            Span sent = d.sentenceSpan(d.sentenceOf[f.cueFirst()]);
            int cue = d.start[f.cueFirst()];
            String best = null;
            int dist = Integer.MAX_VALUE;
            for (int i = firstTimeFrom(sent.start()); i < times.size() && times.get(i).span().start() < sent.end();
                 i++) {
                TimeExpression t = times.get(i);
                if (sent.contains(t.span()) && t.value() != null && !f.span().contains(t.span())) {
                    int dd = Math.abs(t.span().start() - cue);
                    if (dd < dist) {
                        dist = dd;
                        best = t.value();
                    }
                }
            }
            return best;
        }

        private int firstTimeFrom(int offset) {
            int lo = 0;
            int hi = times.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (times.get(mid).span().start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The quotes in order, their speakers and the entities, each within the budget. */
        Annotation annotation(List<String> warnings) {
            quotes.sort(Pending.ORDER);
            List<Pending> kept = quotes.size() > budget.maxQuotes() ? quotes.subList(0, budget.maxQuotes()) : quotes;
            if (kept.size() < quotes.size()) {
                warnings.add(Article.BUDGET_WARNING + "reported the first " + kept.size() + " of " + quotes.size()
                        + " quotes");
            }
            MentionBudget mb = new MentionBudget(budget.maxMentions());
            List<Quote> out = new ArrayList<>(kept.size());
            for (Pending p : kept) {
                out.add(p.build(mb));
            }
            List<Speaker> sp = new ArrayList<>();
            for (Slot s : speakers.values()) {
                if (s.built != null) { // a speaker whose every quote is over the budget is left out too
                    sp.add(s.built);
                }
            }
            List<Entity> es = entities(mb, warnings);
            if (mb.cut > 0) {
                warnings.add(Article.BUDGET_WARNING + "left out " + mb.cut + " mentions (at most "
                        + budget.maxMentions() + ")");
            }
            return new Annotation(out, sp, es, times, warnings);
        }

        /** Named clusters in order of first mention, within the entity and mention budgets. */
        private List<Entity> entities(MentionBudget mb, List<String> warnings) {
            List<Entity> out = new ArrayList<>();
            int named = 0;
            for (Cluster c : m.clusters) {
                if (c.names.isEmpty() || c.type == EntityType.UNKNOWN) {
                    continue;
                }
                named++;
                if (out.size() < budget.maxEntities()) {
                    List<Mention> ms = mb.take(c.names);
                    if (!ms.isEmpty()) {
                        out.add(new Entity(c.name, c.type, ms));
                    }
                }
            }
            if (named > budget.maxEntities()) {
                warnings.add(Article.BUDGET_WARNING + "reported the first " + budget.maxEntities() + " of " + named
                        + " entities");
            }
            return out;
        }
    }
}
