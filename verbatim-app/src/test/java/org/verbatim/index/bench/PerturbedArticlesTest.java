package org.verbatim.index.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.enrich.ArticleAnnotator;
import org.verbatim.model.Annotation;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Entity;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.Span;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;
import org.verbatim.model.Where;

/**
 * Articles perturbed as the 100,000-article bench index perturbs its base pages (with {@link CorpusBench}'s own code):
 * paragraphs dropped, a fifth of the words replaced by words drawn from the whole vocabulary (so a dash or a
 * quotation mark lands anywhere, a name ends up alone in its paragraph), a paragraph borrowed from another article,
 * the title's words shuffled. Whatever the text, the annotator returns, and every offset it gives lies inside the
 * string it names and points at the text it reports. Seeded: a failure names its seed and article.
 */
class PerturbedArticlesTest {
    private static final String[] NAMES = {"Ada Kerr", "Winston Chi", "Sonya Herridge", "Olaf Brandt", "Maria Lopez",
        "Fintech", "Reuters", "Lavrov"};
    private static final String[] CLAUSES = {"the plan has failed", "we will win the vote in March",
        "prices rose sharply last month", "nobody asked the residents", "die Lage bleibt ernst",
        "the talks resume on Monday", "this is not the end of it"};
    private static final String[] SHAPES = {
        "“%2$s,” %1$s said on Monday.",
        "%1$s told reporters that %2$s.",
        "“%2$s.” ― %1$s",
        "“%2$s” — %1$s",
        "%1$s",
        "According to %1$s, %2$s.",
        "„%2$s“, sagte %1$s.",
        "The minister — who said %2$s — left. %1$s added: “%2$s.”",
        "%1$s, the chief executive, said %2$s –",
        "‘%2$s,’ insisted %1$s. “%2$s,” he said.",
    };
    private static final int BASE_ARTICLES = 24;
    private static final int ARTICLES_PER_SEED = 250;

    @ParameterizedTest
    @ValueSource(longs = {42, 7, 2024, 99991})
    void perturbedArticlesAlwaysGetValidSpans(long seed) {
        Random rnd = new Random(seed);
        List<Article> base = new ArrayList<>();
        for (int i = 0; i < BASE_ARTICLES; i++) {
            base.add(article(rnd, i));
        }
        List<String> vocab = CorpusBench.vocabulary(base);
        ArticleAnnotator annotator = new ArticleAnnotator();
        for (int k = 0; k < ARTICLES_PER_SEED; k++) {
            Article a = CorpusBench.perturb(base.get(k % base.size()), base, vocab, rnd, k);
            Article annotated;
            try {
                annotated = annotator.annotate(a);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", article " + k + ": " + e + "\n" + a.text(), e);
            }
            checkSpans(annotated, "seed " + seed + ", article " + k);
        }
    }

    /** Every offset lies in the string it names and covers the text reported with it. */
    private static void checkSpans(Article a, String where) {
        Annotation an = a.annotation();
        assertThat(an).as(where).isNotNull();
        for (Quote q : an.quotes()) {
            String base = of(a, q.where());
            check(q.span(), base, q.text(), where + ", quote");
            if (q.cueSpan() != null) {
                check(q.cueSpan(), base, q.cue(), where + ", cue");
            }
            if (q.speakerMention() != null) {
                check(q.speakerMention().span(), of(a, q.speakerMention().where()), q.speakerMention().text(),
                        where + ", speaker mention");
            }
        }
        for (Speaker s : an.speakers()) {
            for (Mention m : s.mentions()) {
                check(m.span(), of(a, m.where()), m.text(), where + ", speaker " + s.name());
            }
        }
        for (Entity e : an.entities()) {
            for (Mention m : e.mentions()) {
                check(m.span(), of(a, m.where()), m.text(), where + ", entity " + e.name());
            }
        }
        for (TimeExpression t : an.timeExpressions()) {
            check(t.span(), of(a, t.where()), t.text(), where + ", time expression");
        }
    }

    private static void check(Span s, String base, String text, String where) {
        if (base == null || s.start() < 0 || s.end() < s.start() || s.end() > base.length()) {
            fail(where + ": span " + s + " outside its text of " + (base == null ? "null" : base.length()) + " chars");
        }
        assertThat(s.of(base)).as(where).isEqualTo(text);
    }

    private static String of(Article a, Where w) {
        return switch (w) {
            case TEXT -> a.text();
            case STANDFIRST -> a.standfirst();
            case TITLE -> a.title();
        };
    }

    /** A news-like article: paragraphs of quotes, dashes, bylines and names standing alone. */
    private static Article article(Random rnd, int i) {
        List<Block> blocks = new ArrayList<>();
        int paragraphs = 4 + rnd.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 1 + rnd.nextInt(3); s > 0; s--) {
                String shape = SHAPES[rnd.nextInt(SHAPES.length)];
                sb.append(sb.isEmpty() ? "" : " ").append(String.format(shape, NAMES[rnd.nextInt(NAMES.length)],
                        CLAUSES[rnd.nextInt(CLAUSES.length)]));
            }
            blocks.add(Block.paragraph(sb.toString()));
        }
        // the bench takes the language from the country of the URL's host
        return Article.builder().url("https://news.example." + (i % 3 == 0 ? "de" : "com") + "/story/" + i)
                .title(NAMES[i % NAMES.length] + " says " + CLAUSES[i % CLAUSES.length]).blocks(blocks).build();
    }
}
