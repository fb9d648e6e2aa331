package org.verbatim.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Annotation;
import org.verbatim.model.Article;
import org.verbatim.model.Entity;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.Span;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;
import org.verbatim.model.Where;

/**
 * The enrich stage over a whole article: finds who said what in its headline, standfirst and body, and returns the
 * article with its {@link Annotation}.
 *
 * <p>The standfirst and the body are annotated as one text (so that "the foreign minister" in a standfirst resolves
 * to the "Sergey Lavrov" of the body), then every offset is mapped back: offsets inside the standfirst become
 * {@link Where#STANDFIRST} offsets into {@link Article#standfirst()}, the rest {@link Where#TEXT} offsets into
 * {@link Article#text()}. The text is read in the article's {@link Article#language()} (detected again only when
 * the extractor found none). Thread-safe: holds only the immutable {@link Annotator}.
 */
public final class ArticleAnnotator {
    private static final String SEPARATOR = "\n\n";
    private final Annotator annotator;

    public ArticleAnnotator() {
        this(new Annotator());
    }

    public ArticleAnnotator(Annotator annotator) {
        this.annotator = annotator;
    }

    /** The text annotator this article annotator runs. */
    public Annotator annotator() {
        return annotator;
    }

    public Article annotate(Article a) {
        String standfirst = a.standfirst();
        String joined = standfirst == null ? a.text() : standfirst + SEPARATOR + a.text();
        LocalDate published = a.published() == null ? null : a.published().date();
        Annotation raw = annotator.annotate(joined, a.title(), published, a.language());
        Annotation mapped = standfirst == null ? raw : new Remap(standfirst.length()).annotation(raw);
        if (mapped.warnings().isEmpty()) {
            return a.toBuilder().annotation(mapped).build();
        }
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.addAll(mapped.warnings());
        return a.toBuilder().annotation(mapped).warnings(warnings).build();
    }

    /**
     * Maps offsets of the joined text back to standfirst or body offsets. Each speaker is mapped once, and every quote
     * of it shares the mapped one (so the work stays linear in quotes plus mentions).
     */
    private static final class Remap {
        private final int standfirstLength;
        private final Map<Speaker, Speaker> mapped = new IdentityHashMap<>();

        Remap(int standfirstLength) {
            this.standfirstLength = standfirstLength;
        }

        Annotation annotation(Annotation a) {
            List<Speaker> speakers = new ArrayList<>();
            for (Speaker s : a.speakers()) {
                speakers.add(speaker(s));
            }
            List<Quote> quotes = new ArrayList<>();
            for (Quote q : a.quotes()) {
                quotes.add(quote(q));
            }
            List<Entity> entities = new ArrayList<>();
            for (Entity e : a.entities()) {
                entities.add(new Entity(e.name(), e.type(), mentions(e.mentions())));
            }
            List<TimeExpression> times = new ArrayList<>();
            for (TimeExpression t : a.timeExpressions()) {
                times.add(t.where() != Where.TEXT ? t
                        : new TimeExpression(t.text(), span(t.span()), t.value(), where(t.span())));
            }
            return new Annotation(quotes, speakers, entities, times, a.warnings());
        }

        private Speaker speaker(Speaker s) {
            return s == null ? null : mapped.computeIfAbsent(s, k -> new Speaker(k.name(), k.title(), k.type(),
                    mentions(k.mentions())));
        }

        private Quote quote(Quote q) {
            if (q.where() != Where.TEXT) {
                return q;
            }
            Where w = where(q.span());
            // A quote that runs from the standfirst into the body keeps only its standfirst part.
            Span span = span(q.span());
            String text = w == Where.STANDFIRST && q.span().end() > standfirstLength
                    ? q.text().substring(0, standfirstLength - q.span().start()).strip() : q.text();
            Span cue = q.cueSpan() == null || where(q.cueSpan()) != w ? null : span(q.cueSpan());
            return new Quote(text.isBlank() ? q.text() : text, span, q.kind(), cue == null ? null : q.cue(), cue,
                    speaker(q.speaker()),
                    mention(q.speakerMention()), q.saidOn(), w);
        }

        private List<Mention> mentions(List<Mention> ms) {
            List<Mention> out = new ArrayList<>(ms.size());
            for (Mention m : ms) {
                out.add(mention(m));
            }
            return out;
        }

        private Mention mention(Mention m) {
            if (m == null || m.where() != Where.TEXT) {
                return m;
            }
            Span s = span(m.span());
            return new Mention(m.text().substring(0, s.length()), s, where(m.span()));
        }

        private Where where(Span s) {
            return s.start() < standfirstLength ? Where.STANDFIRST : Where.TEXT;
        }

        /** Standfirst spans are clipped to the standfirst; body spans are shifted past it and the separator. */
        private Span span(Span s) {
            if (s.start() < standfirstLength) {
                return new Span(s.start(), Math.min(s.end(), standfirstLength));
            }
            int shift = standfirstLength + SEPARATOR.length();
            return new Span(Math.max(0, s.start() - shift), s.end() - shift);
        }
    }
}
