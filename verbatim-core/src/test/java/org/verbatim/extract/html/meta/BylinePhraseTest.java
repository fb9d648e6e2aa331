package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;

class BylinePhraseTest {
    private static java.util.List<String> parts(String text) {
        return BylinePhrase.parts(text, Pages.TODAY.parser());
    }


    @Test
    void namesAfterALabelUpToWhatFollowsThem() {
        assertThat(parts("By Jane Doe and John Roe | 3 May 2024")).containsExactly("Jane Doe", "John Roe");
        assertThat(parts("Written by; Jack Shepherd; Hi! I'm Jack")).containsExactly("Jack Shepherd");
        assertThat(parts("Posted by; Colin Watson; on 2025-12-18 in debusine."))
                .containsExactly("Colin Watson");
        assertThat(parts("By Sofia Gonzalez December 2, 2025")).containsExactly("Sofia Gonzalez");
        assertThat(parts("Von Max Muster und Erika Musterfrau, Berlin"))
                .containsExactly("Max Muster", "Erika Musterfrau", "Berlin");
        assertThat(parts("Par Jean Dupont · Publié le 3 mai")).containsExactly("Jean Dupont");
        assertThat(parts("Author: Lisa D. Ellis")).containsExactly("Lisa D. Ellis");
        assertThat(parts("Last updated March 3, 2025 by Erik Demaine.")).isEmpty();
    }

    @Test
    void aLabelMayFollowADateOrAnIconsTextInTheSameElement() {
        assertThat(parts("May 3, 2017; By; Erin Spain; 4 Comments")).containsExactly("Erin Spain");
        assertThat(parts("Author; Lisa D. Ellis; Related Program")).containsExactly("Lisa D. Ellis");
    }

    @Test
    void aSingleNameCountsOnlyWhenTheLineEndsThere() {
        assertThat(parts("Written by Eliz - Product marketer")).containsExactly("Eliz");
        assertThat(parts("von Montag, den 1. Mai bis Sonntag")).isEmpty();
        assertThat(parts("Von Stagnation bis Absturz: Südamerika verliert")).isEmpty();
        assertThat(parts("By the way, this is prose")).isEmpty();
        assertThat(parts("By clicking subscribe you agree")).isEmpty();
    }

    @Test
    void teamCreditsKeepTheirLowerCaseTeamWordsAndArticles() {
        assertThat(parts("By The Currency editors 12.12.2025")).containsExactly("The Currency editors");
        assertThat(parts("By the Lavazza Team 2–3 minutes")).containsExactly("the Lavazza Team");
    }

    @Test
    void labelsNeedAWordBoundaryAndSomeAColon() {
        assertThat(BylinePhrase.labelEnd("Byron Bay is lovely", 0)).isNegative();
        assertThat(BylinePhrase.labelEnd("ByJane Doe", 0)).isEqualTo(2);
        assertThat(parts("Text Size Larger")).isEmpty();
        assertThat(parts("Text: Jane Doe")).containsExactly("Jane Doe");
    }

    @Test
    void opensLooksAtTheElementsOwnTexts() {
        assertThat(BylinePhrase.opens(el("<p><time>May 3</time> By <a>Jane Doe</a></p>"))).isTrue();
        assertThat(BylinePhrase.opens(el("<p>Written by <a>Jane Doe</a></p>"))).isTrue();
        assertThat(BylinePhrase.opens(el("<p>Byron Bay is lovely in May.</p>"))).isFalse();
        assertThat(BylinePhrase.opens(el("<p><a>By Jane Doe</a></p>"))).as("the link opens it, not the p").isFalse();
    }

    @Test
    void aLabelFollowedByALowerCaseWordIsProse() {
        assertThat(BylinePhrase.opens(el("<p>By the way, <a>Jane Doe</a> said so.</p>"))).isFalse();
        assertThat(BylinePhrase.opens(el("<p>by clicking <a>here</a> you agree</p>"))).isFalse();
        assertThat(BylinePhrase.opens(el("<p>By <a>jane</a></p>"))).as("the name is in the next element").isTrue();
        assertThat(BylinePhrase.opens(el("<p>Von Max Muster</p>"))).isTrue();
        assertThat(BylinePhrase.opens(el("<p>By the Example Health Team</p>"))).as("a team credit").isTrue();
        assertThat(BylinePhrase.opens(el("<p>by jdoe</p>"))).as("a login name alone").isTrue();
        assertThat(BylinePhrase.opens(el("<p>Author: jdoe</p>"))).as("not a 'by' label").isFalse();
        assertThat(BylinePhrase.opens(el("<strong>by value</strong>"))).as("emphasis").isFalse();
    }

    @Test
    void phrasesFarFromTheHeadlineCountOnlyAsAuthorBoxes() {
        List<String> phrases = List.of("By Jane Doe", "By Teaser Author", "Written by Jane Doe");
        assertThat(BylinePhrase.near(phrases, List.of(110, 400, 900), 100))
                .containsExactly("By Jane Doe", "Written by Jane Doe");
        assertThat(BylinePhrase.near(phrases, List.of(110, 400, 900), -1)).isEqualTo(phrases);
        assertThat(BylinePhrase.near(List.of("Written by Jane Doe"), List.of(10), 500)).as("an author box before the"
                + " headline is another story's").isEmpty();
    }

    private static Element el(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
    @Test
    void anHonorificsFullStopDoesNotEndTheByline() {
        assertThat(parts("By; Dr. Vahid Osman; - Mar 27, 2024")).containsExactly("Dr. Vahid Osman");
        assertThat(parts("Von Prof. Max Muster und Erika Musterfrau")).containsExactly("Prof. Max Muster",
                "Erika Musterfrau");
        // a full stop after a lower-case letter elsewhere still ends the names
        assertThat(parts("Last updated March 3, 2025 by Erik Demaine. Read more")).isEmpty();
        assertThat(parts("By Jane Doe. Photos by the desk")).containsExactly("Jane Doe");
    }
}
