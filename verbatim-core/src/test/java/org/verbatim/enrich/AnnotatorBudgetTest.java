package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.Speaker;

/**
 * Hostile texts cost a bounded, counted amount of work: one speaker shared by all its quotes (no copy per quote), and
 * texts over the {@link Budget} annotated only as far as it goes, with a warning. The texts are generated here.
 */
class AnnotatorBudgetTest {
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 22);

    /** The issue's page: {@code n} short quotes of "the minister", one paragraph each. */
    static String quoteDense(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("\u201cWe will not back down on item ").append(i).append(",\u201d the minister said on Monday.\n\n");
        }
        return sb.toString();
    }

    @Test
    void theQuoteDenseTextOfTheIssueIsAnnotatedWithinTheDefaultBudget() {
        // 25,000 quotes: the old builder copied the growing mention list once per quote (about 2.5 GB of references)
        String text = quoteDense(25_000);
        Annotation a = new Annotator().annotate(text, null, MONDAY);
        Budget b = Budget.DEFAULT;
        assertThat(a.quotes()).hasSize(b.maxQuoteRegions());
        assertThat(a.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("the minister");
            assertThat(s.mentions()).hasSize(b.maxQuoteRegions());
        });
        assertThat(a.warnings()).singleElement().asString()
                .startsWith("budget: annotated the first ").contains(" of " + text.length() + " characters");
        int cut = Integer.parseInt(a.warnings().get(0).split(" ")[4]);
        assertThat(text.charAt(cut)).isEqualTo('\n'); // cut at a paragraph's end
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.span().end()).isLessThanOrEqualTo(cut));
        assertThat(a.timeExpressions()).allSatisfy(t -> assertThat(t.span().end()).isLessThanOrEqualTo(cut));
        assertThat(a.quotes()).extracting(Quote::saidOn).containsOnly("2024-01-22");
    }

    @Test
    void everyQuoteOfOneSpeakerSharesOneSpeakerWithEveryMention() {
        Budget roomy = new Budget(10_000_000, 100_000, 100_000, 100_000, 100_000, 1_000_000);
        Annotation a = new Annotator(false, roomy).annotate(quoteDense(3_000), null, MONDAY);
        assertThat(a.warnings()).isEmpty();
        assertThat(a.quotes()).hasSize(3_000);
        Speaker first = a.quotes().get(0).speaker();
        assertThat(a.quotes()).allSatisfy(q -> assertThat(q.speaker()).isSameAs(first));
        assertThat(a.speakers()).containsExactly(first);
        assertThat(first.mentions()).hasSize(3_000).extracting(Mention::text).containsOnly("the minister");
        assertThat(a.quotes()).extracting(q -> q.speakerMention().span()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theSentenceAndQuotationBudgetsCutAtAParagraphAndTheSameTextGivesTheSameAnnotation() {
        Budget small = new Budget(1_000_000, 40, 25, 1_000, 1_000, 10_000);
        String text = quoteDense(100);
        Annotator annotator = new Annotator(false, small);
        Annotation a = annotator.annotate(text, null, MONDAY);
        assertThat(a.quotes()).hasSizeLessThanOrEqualTo(25).hasSizeGreaterThanOrEqualTo(20);
        assertThat(a.warnings()).singleElement().asString().contains("25 quotations");
        assertThat(annotator.annotate(text, null, MONDAY)).isEqualTo(a);
    }

    @Test
    void theCharacterBudgetCutsAtTheLastLineBreakAndOneLongLineAtASpace() {
        assertThat(Annotator.prefixEnd("abc\n\ndef ghi", 100)).isEqualTo(12);
        assertThat(Annotator.prefixEnd("abc\n\ndef ghi", 10)).isEqualTo(4);
        assertThat(Annotator.prefixEnd("abc def ghi", 9)).isEqualTo(7);
        assertThat(Annotator.prefixEnd("abcdefghi", 5)).isEqualTo(5);
        assertThat(Annotator.prefixEnd("abcd\uD83D\uDE00ghi", 5)).isEqualTo(4); // not inside a surrogate pair

        Budget small = new Budget(500, 1_000, 1_000, 1_000, 1_000, 10_000);
        String text = quoteDense(50);
        Annotation a = new Annotator(false, small).annotate(text, null, MONDAY);
        int cut = text.lastIndexOf('\n', 500);
        assertThat(a.warnings()).singleElement().asString()
                .startsWith("budget: annotated the first " + cut + " of " + text.length() + " characters");
        assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.span().end()).isLessThanOrEqualTo(cut));
    }

    @Test
    void quoteEntityAndMentionCapsKeepTheFirstInTextOrderAndSaySo() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String name = "Anna " + (char) ('A' + i % 26) + "berg" + (char) ('a' + i / 26);
            sb.append(name).append(" met Paul Okafor in Lagos. \u201cThe plan works,\u201d ").append(name)
                    .append(" said.\n\n");
        }
        Budget caps = new Budget(1_000_000, 10_000, 10_000, 10, 7, 30);
        Annotation a = new Annotator(false, caps).annotate(sb.toString(), null, MONDAY);
        assertThat(a.quotes()).hasSize(10);
        assertThat(a.quotes()).extracting(q -> q.span().start()).isSorted();
        assertThat(a.entities()).hasSizeLessThanOrEqualTo(7);
        int mentions = a.speakers().stream().mapToInt(s -> s.mentions().size()).sum()
                + a.entities().stream().mapToInt(e -> e.mentions().size()).sum();
        assertThat(mentions).isLessThanOrEqualTo(30);
        assertThat(a.speakers()).allSatisfy(s -> assertThat(a.quotes()).anySatisfy(q -> assertThat(q.speaker())
                .isSameAs(s)));
        assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w).isEqualTo("budget: reported the first 10 of 40 quotes"))
                .anySatisfy(w -> assertThat(w).startsWith("budget: reported the first 7 of "))
                .anySatisfy(w -> assertThat(w).startsWith("budget: left out ").endsWith("(at most 30)"));
    }

    @Test
    void anArticleWithAStandfirstKeepsOneSharedSpeakerAndCarriesTheBudgetWarning() {
        Budget small = new Budget(1_000_000, 10_000, 30, 10_000, 10_000, 100_000);
        String body = quoteDense(60);
        List<Block> blocks = body.lines().filter(l -> !l.isBlank()).map(Block::paragraph).toList();
        Article article = Article.builder().title("The minister speaks").standfirst("\u201cNo retreat,\u201d the minister "
                + "said on Monday.").blocks(blocks).build();
        Article out = new ArticleAnnotator(new Annotator(false, small)).annotate(article);
        List<Quote> quotes = out.annotation().quotes();
        assertThat(quotes).hasSizeGreaterThan(20);
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).isSameAs(quotes.get(0).speaker()));
        assertThat(out.annotation().speakers()).hasSize(1);
        assertThat(out.warnings()).anySatisfy(w -> assertThat(w).startsWith("budget: annotated the first "));
        assertThat(out.annotation().quotes().get(0).where()).isEqualTo(org.verbatim.model.Where.STANDFIRST);
    }
}
