package org.verbatim.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.verbatim.model.Annotation;
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
 * A standfirst should be passed as part of {@code text} (for example its first paragraph). Immutable and
 * thread-safe: one instance may serve many threads.
 */
public final class Annotator {
    /** "CLAIM – NAME": a headline that attributes its claim to the name after a dash. */
    private static final Pattern HEADLINE = Pattern.compile(
            "^(.{12,}?)\\s+([\u2013\u2014-])\\s+(\\p{Lu}[\\p{L}.\u2019'-]+(?:\\s+\\p{Lu}[\\p{L}.\u2019'-]+){0,3})\\s*$");
    private static final Map<String, String> LANGUAGE_WORDS = languageWords();

    private final Segmenter rules;
    private final Segmenter english;
    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder quotes;
    private final TimeTagger times = new TimeTagger();

    /** Rule-based sentences and tokens for every language (the fast default), with the learned models present. */
    public Annotator() {
        this(false);
    }

    /**
     * @param openNlpEnglish use Apache OpenNLP's English sentence and token models for English texts instead of the
     *                       rules
     */
    public Annotator(boolean openNlpEnglish) {
        this(openNlpEnglish, Learned.CLASS_PATH);
    }

    /**
     * @param openNlpEnglish as {@link #Annotator(boolean)}
     * @param models         the learned attribution models to use ({@link QuoteModels#none()}: rules alone)
     */
    public Annotator(boolean openNlpEnglish, QuoteModels models) {
        this.quotes = new QuoteFinder(models);
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

    private static Map<String, String> languageWords() {
        Map<String, String> m = new HashMap<>();
        for (String line : Lexicon.lines("language-words.tsv")) {
            String[] f = line.split("\t");
            m.put(f[0], f[1]);
        }
        return Map.copyOf(m);
    }

    /** Annotates {@code text}; {@code title} and {@code published} may be {@code null}. */
    public Annotation annotate(String text, String title, LocalDate published) {
        if (text == null) {
            text = "";
        }
        String lang = language(text);
        Doc d = ("en".equals(lang) ? english : rules).segment(text, lang);
        Mentions m = entities.find(d);
        List<Found> found = quotes.find(d, m);
        List<TimeExpression> tx = times.tag(d, published);
        Builder b = new Builder(d, m, tx);
        List<Quote> out = new ArrayList<>();
        if (title != null) {
            headline(title, 0, Where.TITLE, b, out);
        }
        for (Found f : found) {
            out.add(b.quote(f));
        }
        for (Span p : d.paragraphs) {
            if (!endsSentence(text, p) && !overlapsAny(found, p)) {
                headline(p.of(text), p.start(), Where.TEXT, b, out);
            }
        }
        out.sort((x, y) -> x.where() != y.where() ? y.where().compareTo(x.where()) : x.span().compareTo(y.span()));
        return new Annotation(out, b.speakers(), b.entities(), tx);
    }

    /** "en", "de" or "und" from the counts of frequent function words. */
    static String language(String text) {
        Map<String, Integer> votes = new HashMap<>();
        int n = Math.min(text.length(), 4000);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i && j - i <= 5) {
                String lang = LANGUAGE_WORDS.get(text.substring(i, j).toLowerCase(Locale.ROOT));
                if (lang != null) {
                    votes.merge(lang, 1, Integer::sum);
                }
            }
            i = j;
        }
        return votes.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("und");
    }

    private static boolean endsSentence(String text, Span p) {
        char c = text.charAt(p.end() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || Quotes.isClosingMark(c);
    }

    private static boolean overlapsAny(List<Found> fs, Span p) {
        for (Found f : fs) {
            if (f.span().overlaps(p)) {
                return true;
            }
        }
        return false;
    }

    private static void headline(String line, int offset, Where where, Builder b, List<Quote> out) {
        Matcher mt = HEADLINE.matcher(line);
        if (!mt.matches()) {
            return;
        }
        Span claim = new Span(offset + mt.start(1), offset + mt.end(1));
        Span dash = new Span(offset + mt.start(2), offset + mt.end(2));
        Span name = new Span(offset + mt.start(3), offset + mt.end(3));
        Speaker sp = b.speakerNamed(mt.group(3));
        out.add(new Quote(mt.group(1), claim, QuoteKind.DIRECT, mt.group(2), dash, sp,
                new Mention(mt.group(3), name), null, where));
    }

    /** Turns clusters and found quotes into model records, sharing one {@link Speaker} per referent. */
    private static final class Builder {
        private final Doc d;
        private final Mentions m;
        private final List<TimeExpression> times;
        private final Map<Object, Speaker> speakers = new LinkedHashMap<>();
        private final Map<String, List<Mention>> phraseMentions = new HashMap<>();

        Builder(Doc d, Mentions m, List<TimeExpression> times) {
            this.d = d;
            this.m = m;
            this.times = times;
        }

        Quote quote(Found f) {
            String cue = null;
            Span cueSpan = null;
            if (f.cueFirst() >= 0) {
                cueSpan = new Span(d.start[f.cueFirst()], d.end[f.cueLast() - 1]);
                cue = cueSpan.of(d.text);
            }
            Mention mention = f.spkFirst() >= 0 ? EntityFinder.mention(d, f.spkFirst(), f.spkLast()) : null;
            Speaker sp = speaker(f, mention);
            return new Quote(f.span().of(d.text), f.span(), f.kind(), cue, cueSpan, sp, mention, saidOn(f),
                    Where.TEXT);
        }

        private Speaker speaker(Found f, Mention mention) {
            Cluster c = f.cluster();
            if (c != null) {
                return speakers.computeIfAbsent(c.id, k -> fromCluster(c));
            }
            if (mention == null) {
                return null;
            }
            String key = mention.text().toLowerCase(Locale.ROOT);
            List<Mention> ms = phraseMentions.computeIfAbsent(key, k -> new ArrayList<>());
            ms.add(mention);
            Speaker s = new Speaker(mention.text(), null, f.speakerType(), ms);
            speakers.put(key, s);
            return s;
        }

        private static Speaker fromCluster(Cluster c) {
            EntityType t = c.type == EntityType.UNKNOWN ? EntityType.PERSON : c.type;
            return new Speaker(c.name, c.title, t, c.all);
        }

        /** A headline's speaker: the person of the text with the same last name, else the name as written. */
        Speaker speakerNamed(String name) {
            String last = EntityFinder.lastWord(name).toLowerCase(Locale.ROOT);
            for (Cluster c : m.clusters) {
                if (c.type != EntityType.PLACE && c.lastToken().toLowerCase(Locale.ROOT).equals(last)
                        && c.name.contains(" ")) {
                    return speakers.computeIfAbsent(c.id, k -> fromCluster(c));
                }
            }
            return speakers.computeIfAbsent("headline:" + name, k -> new Speaker(name, null, EntityType.PERSON,
                    List.of()));
        }

        /** The time expression of the cue's sentence closest to the cue. */
        private String saidOn(Found f) {
            if (f.cueFirst() < 0) {
                return null;
            }
            Span sent = d.sentenceSpan(d.sentenceOf[f.cueFirst()]);
            int cue = d.start[f.cueFirst()];
            String best = null;
            int dist = Integer.MAX_VALUE;
            for (TimeExpression t : times) {
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

        List<Speaker> speakers() {
            return List.copyOf(speakers.values());
        }

        List<Entity> entities() {
            List<Entity> out = new ArrayList<>();
            for (Cluster c : m.clusters) {
                if (!c.names.isEmpty() && c.type != EntityType.UNKNOWN) {
                    out.add(new Entity(c.name, c.type, c.names));
                }
            }
            return out;
        }
    }
}
