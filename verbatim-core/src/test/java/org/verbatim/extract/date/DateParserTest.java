package org.verbatim.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Timestamp;

class DateParserTest {
    private static final LocalDate REFERENCE = LocalDate.of(2024, 6, 1);
    private final DateParser parser = DateParser.of(REFERENCE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "24 Jan, 2024 07:41; 2024-01-24T07:41",
        "January 24, 2024 at 7:41 a.m. EST; 2024-01-24T07:41-05:00",
        "Jan. 24, 2024, 7:41 PM; 2024-01-24T19:41",
        "3. März 2024, 14:05 Uhr; 2024-03-03T14:05",
        "Veröffentlicht am 3. März 2024; 2024-03-03",
        "24/01/2024; 2024-01-24",
        "24.01.2024 10.30 Uhr; 2024-01-24T10:30",
        "2024-01-24T07:41:00+01:00; 2024-01-24T07:41+01:00",
        "2024-01-24T07:41:00.123Z; 2024-01-24T07:41Z",
        "2024-01-24; 2024-01-24",
        "24 janvier 2024 à 07h41; 2024-01-24T07:41",
        "1er janvier 2024; 2024-01-01",
        "24 de enero de 2024; 2024-01-24",
        "24 gennaio 2024 ore 7:41; 2024-01-24T07:41",
        "24 de janeiro de 2024 às 07:41; 2024-01-24T07:41",
        "24 januari 2024; 2024-01-24",
        "24 stycznia 2024; 2024-01-24",
        "24 января 2024 г.; 2024-01-24",
        "24 січня 2024; 2024-01-24",
        "2024年1月24日 7時41分; 2024-01-24T07:41",
        "2024년 1월 24일 오후 7:41; 2024-01-24T19:41",
        "2024. 1. 24.; 2024-01-24",
        "2024. január 24.; 2024-01-24",
        "24. tammikuuta 2024; 2024-01-24",
        "24 Ocak 2024; 2024-01-24",
        "Wednesday, 24th of January 2024; 2024-01-24",
        "24 يناير 2024; 2024-01-24",
        "٢٤ يناير ٢٠٢٤; 2024-01-24",
        "07:41, 24 January 2024; 2024-01-24T07:41",
        "Updated 24 Jan 2024 09:15 GMT+2; 2024-01-24T09:15+02:00",
        "24 d'abril de 2024; 2024-04-24",
        "24 Ιανουαρίου 2024; 2024-01-24",
        "2024 m. sausio 24 d.; 2024-01-24",
        "Wed, 24 Jan 2024 07:41:00 GMT; 2024-01-24T07:41Z",
        "Wed, 24 Jan 2024 07:41:00 +0100; 2024-01-24T07:41+01:00",
        "2024-01-24 07:41:00; 2024-01-24T07:41",
        "01/24/2024; 2024-01-24",
        "Jan 24, 2024, 7:41 AM ET; 2024-01-24T07:41",
        "24.1.2024; 2024-01-24",
    })
    void parsesVisibleDates(String text, String expected) {
        assertThat(parser.parse(text)).map(Timestamp::toString).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no date here", "24 January 1985", "31 February 2024", "24 January 2030",
        "2024-13-01", "Page 3 of 24 January 2024", "12:30", "call 555-12-2024"})
    void rejectsWhatIsNotAPlausibleDate(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @Test
    void ambiguousNumericDatesFollowTheConfiguredOrder() {
        assertThat(parser.parse("01/02/2024")).map(Timestamp::toString).contains("2024-02-01");
        assertThat(parser.withOrder(NumericOrder.MONTH_FIRST).parse("01/02/2024")).map(Timestamp::toString)
                .contains("2024-01-02");
        assertThat(parser.withOrder(NumericOrder.MONTH_FIRST).parse("13/02/2024")).map(Timestamp::toString)
                .contains("2024-02-13");
        assertThat(parser.parse("02/13/2024")).map(Timestamp::toString).contains("2024-02-13");
    }

    @Test
    void impossibleTimesAreDroppedButTheDayKept() {
        assertThat(parser.parse("24 Jan 2024 25:99")).isEmpty(); // the stray digits are not a time
        assertThat(parser.find("24 Jan 2024 25:99")).map(m -> m.value().toString()).contains("2024-01-24");
    }

    @Test
    void findLocatesTheSpanInALine() {
        String line = "By Jane Doe | Published March 3, 2024 at 2:05 p.m. | 4 min read";
        Optional<DateMatch> m = parser.find(line);
        assertThat(m).isPresent();
        assertThat(line.substring(m.get().start(), m.get().end())).isEqualTo("March 3, 2024 at 2:05 p.m.");
        assertThat(m.get().value().toString()).isEqualTo("2024-03-03T14:05");
    }

    @Test
    void findAllReturnsEveryDateInOrder() {
        var all = parser.findAll("Published 2 March 2024, updated 03.03.2024 18:00");
        assertThat(all).extracting(m -> m.value().toString()).containsExactly("2024-03-02", "2024-03-03T18:00");
    }

    @Test
    void futureSlackIsRelativeToTheReference() {
        assertThat(parser.parse("3 June 2024")).isPresent();
        assertThat(parser.parse("4 June 2024")).isEmpty();
    }

    /** Property: any plausible day written in any supported layout parses back to itself. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomDaysRoundTrip(long seed) {
        Random r = new Random(seed);
        String[][] monthNames = {
            {"January", "janvier", "enero", "Januar", "stycznia", "января", "gennaio"},
            {"February", "février", "febrero", "Februar", "lutego", "февраля", "febbraio"},
            {"March", "mars", "marzo", "März", "marca", "марта", "marzo"},
            {"April", "avril", "abril", "April", "kwietnia", "апреля", "aprile"},
            {"May", "mai", "mayo", "Mai", "maja", "мая", "maggio"},
            {"June", "juin", "junio", "Juni", "czerwca", "июня", "giugno"},
            {"July", "juillet", "julio", "Juli", "lipca", "июля", "luglio"},
            {"August", "août", "agosto", "August", "sierpnia", "августа", "agosto"},
            {"September", "septembre", "septiembre", "September", "września", "сентября", "settembre"},
            {"October", "octobre", "octubre", "Oktober", "października", "октября", "ottobre"},
            {"November", "novembre", "noviembre", "November", "listopada", "ноября", "novembre"},
            {"December", "décembre", "diciembre", "Dezember", "grudnia", "декабря", "dicembre"}};
        for (int i = 0; i < 200; i++) {
            LocalDate d = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(12_500));
            String name = monthNames[d.getMonthValue() - 1][r.nextInt(7)];
            String text = switch (r.nextInt(5)) {
                case 0 -> d.getDayOfMonth() + " " + name + " " + d.getYear();
                case 1 -> name + " " + d.getDayOfMonth() + ", " + d.getYear();
                case 2 -> String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
                case 3 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                default -> d.toString();
            };
            assertThat(parser.parse(text)).as(text).map(Timestamp::date).contains(d);
        }
    }
}
