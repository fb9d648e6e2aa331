package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.extract.html.Pages;

class PageIndexTest {
    private static final String[] CLASSES = {"post-date", "entry-meta", "byline", "author-name", "story", "col-6",
            "Date", "footer-info", "", "wrapper", "meta", "writer big", "x y z"};
    private static final String[] OTHER = {"id", "itemprop", "rel", "title", "data-x", "name", "style", "href"};
    private static final String[] VALUES = {"datePublished", "author", "x", "", "published-time", "main", "info",
            "/author/jane-doe", "/autoren/max"};
    /** Tags the tests treat differently: links (their href), form controls (never bylines) and plain elements. */
    private static final String[] TAGS = {"div", "span", "a", "button", "label", "p"};

    static IntStream seeds() {
        return IntStream.range(0, 10);
    }

    /**
     * The per-page memo of date-like and byline-like elements keyed by class answers exactly as calling
     * {@link VisibleDates#isDateish} and {@link AuthorReader#isBylineish} on every element, whatever other
     * attributes the elements carry and whatever their tag: it fails if those tests come to read another attribute
     * the memo ignores.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void memoAgreesWithCallingTheTestsOnEveryElement(int seed) {
        Random random = new Random(seed);
        Document doc = Jsoup.parse("<html><body></body></html>");
        for (int i = 0; i < 300; i++) {
            Element e = doc.body().appendElement(TAGS[random.nextInt(TAGS.length)]);
            if (random.nextInt(4) > 0) {
                e.attr("class", CLASSES[random.nextInt(CLASSES.length)]);
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                e.attr(OTHER[random.nextInt(OTHER.length)], VALUES[random.nextInt(VALUES.length)]);
            }
        }
        PageIndex index = new PageIndex(Pages.TODAY);
        List<Element> dates = new ArrayList<>();
        List<Element> bylines = new ArrayList<>();
        int order = 0;
        for (Element e : doc.body().children()) {
            index.visit(e, null, order++);
            if (dates.size() < PageIndex.MAX_DATE_ELEMENTS && VisibleDates.isDateish(e)) {
                dates.add(e);
            }
            if (bylines.size() < PageIndex.MAX_DATE_ELEMENTS && AuthorReader.isBylineish(e)) {
                bylines.add(e);
            }
        }
        assertThat(index.dateElements).containsExactlyElementsOf(dates);
        assertThat(index.bylineElements).containsExactlyElementsOf(bylines);
        assertThat(dates).isNotEmpty();
        assertThat(bylines).isNotEmpty();
    }
}
