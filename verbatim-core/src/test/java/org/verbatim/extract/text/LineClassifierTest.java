package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.extract.date.DateParser;

class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier(TextVocabulary.load(),
            DateParser.of(LocalDate.of(2024, 6, 1)));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "JUNK|icon bookmark-bicon cameraicon chevron downicon closeicon",
        "JUNK|menu icon search icon close icon user icon",
        "SECTION_END|Share this article",
        "BOILERPLATE|Share on Facebook",
        "BOILERPLATE|Artikel auf Facebook teilen",
        "BOILERPLATE|Share on Facebook, share on X, share via WhatsApp or send this page to someone by email",
        "BOILERPLATE|This advertisement has not loaded yet, but your article continues below.",
        "BOILERPLATE|Home | News | Sport | Business | Weather",
        "BOILERPLATE|© 2024 Example News. All rights reserved.",
        "BOILERPLATE|We use cookies to improve your experience.",
        "SECTION_END|Related articles",
        "SECTION_END|Mehr zum Thema",
        "CAPTION|Photo: Jane Doe/Reuters",
        "CAPTION|The minister at a press conference in Paris. BERTRAND GUAY / AFP",
        "DATELINE|24 Jan, 2024 07:41",
        "DATELINE|Veröffentlicht am 3. März 2024, 14:05 Uhr",
        "DATELINE|Published Wednesday, January 24, 2024 · 5 min read",
        "DATELINE|Mittwoch, 20. Februar 2019,",
        "DATELINE|am 24. Juli 2017 - 18:55",
        "DATELINE|27.06.2018 09:54",
        "DATELINE|Juli 12, 2017",
        "DATELINE|Date of Last Revision: August 9, 2017",
        "BYLINE|By Jane Doe",
        "BYLINE|Von Anna Müller und Jonas Weber",
        "BYLINE|ByDenise Paglinawan",
        "BYLINE|Kommentar von Nicole Opitz",
        "BYLINE|By Urs Gassner|27.06.2018 09:54| Kommentare",
        "LIST_ITEM|• Rates held at 4.5 percent",
        "PROSE|The minister said on Monday that the talks with the unions were going well.",
        "SENTENCE|Bilateral ties were wrecked by those who invented the “Russian threat,” the foreign minister has said",
        "SENTENCE|Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?",
        "SHORT|Moscow won’t beg ‘Uncle Sam’",
    })
    void classifiesLines(LineKind expected, String line) {
        assertThat(classifier.classify(0, line).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "By Jane Doe and John Roe, Reuters|Jane Doe;John Roe",
        "By Peter van der Berg|Peter van der Berg",
        "Von Ulrich ExnerKorrespondent|Ulrich Exner",
        "By Ronald McDonald|Ronald McDonald",
        "By Victoria O’Regan Follow|Victoria O’Regan",
    })
    void readsBylineNames(String line, String names) {
        assertThat(classifier.classify(0, line).authors()).containsExactly(names.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Yasmine Hassan · CBC News|Yasmine Hassan",
        "Web Share|",
        "Kommentar von|",
        "Democracy Dies in Darkness|",
        "Download PDF|",
    })
    void readsBareNamesOnlyFromNameLikeLines(String line, String names) {
        var got = classifier.bareNames(line);
        if (names == null) {
            assertThat(got).isEmpty();
        } else {
            assertThat(got).containsExactly(names.split(";"));
        }
    }
}
