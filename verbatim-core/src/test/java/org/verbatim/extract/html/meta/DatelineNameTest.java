package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;

class DatelineNameTest {

    private static String find(String after) {
        return DatelineName.find(after, Pages.TODAY.parser());
    }

    @Test
    void theNameBesideTheDateUnderTheHeadline() {
        assertThat(find("Jane Doe 23.07.2025 · 6 min read As employees")).isEqualTo("Jane Doe");
        assertThat(find("The council met again. Jane Doe March 3, 2025 The vote")).isEqualTo("Jane Doe");
        assertThat(find("Dec 26, 2025 • Jane Doe in Project Management Did you know")).isEqualTo("Jane Doe");
        assertThat(find("Dec 26, 2025 · Jane Ann Doe")).isEqualTo("Jane Ann Doe");
    }

    @Test
    void placesSectionsAndProseBesideADateAreNoNames() {
        assertThat(find("Berlin, 3 May 2025 The council")).isNull(); // one word
        assertThat(find("New York, March 3, 2025 The council")).isNull(); // a dateline's comma
        assertThat(find("the council met on March 3, 2025 to vote")).isNull();
        assertThat(find("Dec 26, 2025 • Project Management Institute news")).isNull(); // not followed by an end
        assertThat(find("Dec 26, 2025 Jane Doe")).isNull(); // no separator after the date
        assertThat(find("")).isNull();
        assertThat(find("March 3, 2025")).isNull();
    }

    @Test
    void readOnlyWhenThePageCreditsNobodyElse() {
        String head = "<title>Council votes on budget</title>";
        Article a = Pages.extract(Pages.page(head, "<article><h1>Council votes on budget</h1><p>Jane Doe"
                + " 23.07.2025 · 6 min read</p>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.authors()).containsExactly("Jane Doe");
        Article labelled = Pages.extract(Pages.page(head, "<article><h1>Council votes on budget</h1><p>By John Roe"
                + "</p><p>Jane Doe 23.07.2025 · 6 min read</p>" + Pages.paras(1, 3) + "</article>"));
        assertThat(labelled.authors()).containsExactly("John Roe");
    }
}
