package org.verbatim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verbatim.Verbatim;
import org.verbatim.eval.GoldenPages;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;
import org.verbatim.model.Quote;

/**
 * Who said what on the demo pages, as a reader of {@code ./verbatim demo} sees it (issue 16): none of the errors that
 * were visible at once (a heading's first word as speaker, a reaction as a quote, a plan as a statement, noun phrases
 * as speakers), no speaker that is a heading, a date or a bare function word, and the hand-written gold quotes found
 * with their speakers. Runs the whole path (extract, then annotate) with the learned models on the class path.
 */
class DemoQuotesTest {
    /**
     * The share of the English and German gold quotes found with the right speaker (66% measured when this test was
     * written, 80% after the fixes of issue 16f, 82% (85 of 104) after those of issue 16junk; a floor that only goes
     * up).
     */
    static final double MIN_GOLD_FOUND = 0.80;
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
    private static final Map<String, JsonNode> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void annotateTheDemoPages() {
        for (GoldenPages.Golden g : GoldenPages.all()) {
            ARTICLES.put(g.slug(), Verbatim.annotate(Verbatim.extract(g.html(), g.url())));
            EXPECTED.put(g.slug(), g.expected());
        }
    }

    private static List<Quote> quotes() {
        List<Quote> out = new ArrayList<>();
        ARTICLES.values().forEach(a -> out.addAll(a.annotation().quotes()));
        return out;
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? "" : q.speaker().name();
    }

    private static String mention(Quote q) {
        return q.speakerMention() == null ? "" : q.speakerMention().text();
    }

    @Test
    void theQuotesAreThere() {
        assertThat(quotes()).hasSizeGreaterThan(60);
    }

    @Test
    void aHeadingIsNeverASpeaker() {
        // "What the engineers found" gave the speaker "What"
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("What") || mention(q).equals("What"));
        for (Article a : ARTICLES.values()) {
            List<String> headings = a.blocks().stream().filter(b -> b.type() == BlockType.HEADING).map(Block::text)
                    .toList();
            for (Quote q : a.annotation().quotes()) {
                assertThat(headings).as("speaker of %s", q.text()).noneMatch(h -> !mention(q).isEmpty()
                        && h.startsWith(mention(q)) && !q.text().contains(h));
            }
        }
    }

    @Test
    void aReactionIsNoQuote() {
        // "Traders ... reacted with alarm" gave the quote "alarm"
        assertThat(quotes()).noneMatch(q -> q.text().strip().equalsIgnoreCase("alarm"));
        assertThat(quotes()).noneMatch(q -> q.text().split("\\s+").length == 1 && q.kind().id().equals("indirect"));
    }

    @Test
    void aPlanIsNoStatement() {
        // "will discuss the report on 24 February" gave a quote by the committee
        assertThat(quotes()).noneMatch(q -> q.text().contains("on 24 February") || "will discuss".equals(q.cue()));
        assertThat(quotes()).noneMatch(q -> speaker(q).toLowerCase(Locale.ROOT).contains("committee")
                && q.text().contains("24 February"));
    }

    @Test
    void aNounPhraseWithoutPersonOrOrganisationHeadIsNoSpeaker() {
        // "The decision follows", "A weight limit imposed"
        assertThat(quotes()).noneMatch(q -> speaker(q).startsWith("The decision") || mention(q).startsWith(
                "The decision"));
        assertThat(quotes()).noneMatch(q -> speaker(q).startsWith("A weight limit") || mention(q).startsWith(
                "A weight limit"));
        assertThat(quotes()).noneMatch(q -> "follows".equals(q.cue()) || "imposed".equals(q.cue()));
    }

    @Test
    void aDateIsNeverASpeaker() {
        List<String> dates = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Februar", "February",
                "April", "September", "Oktober", "October", "Woche", "week");
        assertThat(quotes()).noneMatch(q -> dates.stream().anyMatch(w -> speaker(q).endsWith(w)));
    }

    @Test
    void aListOfLinksIsNoQuote() {
        // "Other local stories: • Eastbank traders ask for rate relief • Fenwick Show: ... Have your say: Write to the
        // Editor" gave "rate relief • Fenwick Show: ..." (Eastbank traders), "Write to the Editor, ..." (speaker
        // "Have") and "Walter Greenhalgh, 91 Have your say: ..." (Fenwick Show); "RELATED: Eastbank traders ask for
        // rate relief" gave "rate relief"
        assertThat(quotes()).noneMatch(q -> q.text().contains("\u2022"));
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("Have") || mention(q).equals("Have"));
        assertThat(quotes()).noneMatch(q -> q.text().contains("Write to the Editor")
                || q.text().contains("Have your say"));
        assertThat(quotes()).noneMatch(q -> q.text().equals("rate relief"));
    }

    @Test
    void aHeadlineSemicolonJoinsTwoClaims() {
        // "Farmers warn of hay shortage; water firm says ban could last until October" gave one quote by the farmers
        // over both halves, and "ban could last until October" by the farmers, later by nobody (a headline drops
        // the article of "water firm")
        assertThat(quotes()).noneMatch(q -> q.text().contains("hay shortage;"));
        assertThat(quotes()).noneMatch(q -> q.text().startsWith("ban could last") && speaker(q).equals("Farmers"));
        assertThat(quotes()).anyMatch(q -> q.text().equals("ban could last until October")
                && mention(q).equals("water firm"));
    }

    @Test
    void aHeadlinesTopicIsNoClaim() {
        // "Farmers warn of hay shortage" gave the quote "hay shortage": what a warning is about, no claim
        assertThat(quotes()).noneMatch(q -> q.text().equals("hay shortage"));
    }

    @Test
    void theOneAskedIsNoContent() {
        // "Eastbank traders ask council for rate relief as Kestrel Bridge closure looms" gave the quote "council for
        // rate relief as ...": the council is asked, and what is asked for in a headline is no claim
        assertThat(quotes()).noneMatch(q -> q.text().startsWith("council for rate relief")
                || q.text().startsWith("for rate relief"));
    }

    @Test
    void aPhraseOfTimeBeforeTheSubjectLeavesItTheSpeaker() {
        // "On Tuesday the council confirmed that the bridge will not reopen before 6 October" had no speaker
        assertThat(quotes()).filteredOn(q -> q.text().startsWith("that the bridge will not reopen before 6 October"))
                .isNotEmpty().allMatch(q -> mention(q).equals("the council"));
    }

    @Test
    void aCueBeforeAColonIsNoContent() {
        // "Sie sagte:" and "Dann sagte sie:" (before a quoted paragraph) were quotes of their own
        assertThat(quotes()).noneMatch(q -> q.text().strip().endsWith(":"));
        assertThat(quotes()).noneMatch(q -> q.text().endsWith("sagte sie:") || q.text().startsWith("Sie sagte"));
        // the paragraph after "Sie sagte:" is Kessler's, not the dateline's "BRUNNSTADT" ("Sie" before a verb in the
        // singular is she, not they); the ones after "Dann sagte sie:" and "Castellan said:" are what they said
        assertThat(quotes()).anyMatch(q -> q.text().startsWith("Wir haben seit 2019")
                && speaker(q).equals("Miriam Kessler"));
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("BRUNNSTADT"));
        assertThat(quotes()).anyMatch(q -> q.text().startsWith("Ich danke allen")
                && speaker(q).equals("Miriam Kessler"));
        assertThat(quotes()).anyMatch(q -> q.text().startsWith("The steel we are taking out")
                && speaker(q).equals("Ravi Castellan"));
        assertThat(quotes()).noneMatch(q -> "wants".equals(q.cue()));
    }

    @Test
    void aDayOfMonthIsNeverASpeaker() {
        // "MARROWBY, May 6 (Meridian) - ..., adding that ..." gave the speaker "May"
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("May") || mention(q).equals("May"));
    }

    @Test
    void aRoleBeforeANameIsATitle() {
        // "Hydrologist Jonas Weller", "Wahlleiter Dieter Pohl", "Kommissarin Carla Ruiz" were speakers' names
        assertThat(quotes()).noneMatch(q -> speaker(q).startsWith("Hydrologist")
                || speaker(q).startsWith("Wahlleiter") || speaker(q).startsWith("Kommissarin")
                || speaker(q).startsWith("Amtsinhaber"));
    }

    @Test
    void anOrdinalDateDoesNotCutAQuote() {
        // "am 31. Oktober" was cut in two: "Er werde ... am 31" and "Oktober nicht mehr für ein politisches Amt
        // kandidieren", said by "ein politisches Amt"; "bis zum 21. Juli" the same
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("ein politisches Amt"));
        assertThat(quotes()).noneMatch(q -> q.text().matches("(?s).*\\b\\d{1,2}")
                || q.text().startsWith("Oktober"));
        assertThat(quotes()).anyMatch(q -> q.text().contains("am 31. Oktober nicht mehr")
                && speaker(q).equals("Jörg Haberland"));
    }

    @Test
    void aPersonActedOnIsNoContent() {
        // "Carla Ruiz congratulated Kessler on social media" gave the quote "Kessler on social media"
        assertThat(quotes()).noneMatch(q -> q.text().equals("Kessler on social media"));
        assertThat(quotes()).noneMatch(q -> "congratulated".equals(q.cue()));
    }

    @Test
    void aDatelineIsNoPartOfAStatement() {
        // "SARVENNE, July 8 (Meridian) - The River Vessa fell ..., the Vessa Basin Commission said" opened the content
        // with the dateline
        assertThat(quotes()).noneMatch(q -> q.text().startsWith("SARVENNE"));
        assertThat(quotes()).anyMatch(q -> q.text().startsWith("The River Vessa fell to its lowest level")
                && speaker(q).equals("Vessa Basin Commission"));
    }

    @Test
    void aDatelineIsNeverASpeaker() {
        // "MARROWBY, May 6 (Meridian) - Hoshida Steel has won ..., the city council said on Tuesday, adding that ..."
        // gave the speaker "MARROWBY" once the headline-case models were retrained
        assertThat(quotes()).noneMatch(q -> mention(q).equals("MARROWBY") || mention(q).equals("SARVENNE"));
    }

    @Test
    void aCreditLineIsNoStatement() {
        // "Source: Eastbank Traders' Association survey of 41 businesses, March 2025" under a table was taken for a
        // statement by "Source" (the line-opening colon rule of issue-16head)
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("Source") || q.text().startsWith("Eastbank Traders'"));
    }

    @Test
    void whoIsAskedIsNotTheAsker() {
        // "Asked whether the council had acted too slowly, he said that ..." gave the question to the man asked once
        // "Asked" was no longer read as a name; PolNeAR leaves such an asker unnamed
        assertThat(quotes()).filteredOn(q -> "Asked".equals(q.cue())).isNotEmpty()
                .allMatch(q -> q.speaker() == null && q.speakerMention() == null);
    }

    @Test
    void aDativeObjectIsNoSpeaker() {
        // "„Ab morgen fangen wir an“, rief sie ihren jubelnden Anhängern zu" gave the speaker "ihren jubelnden
        // Anhängern"
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("ihren jubelnden Anhängern"));
        assertThat(quotes()).anyMatch(q -> q.text().contains("Ab morgen fangen wir an")
                && speaker(q).equals("Miriam Kessler"));
    }

    @Test
    void aSecondSpeechVerbCarriesTheContent() {
        // "Haberland, 63, conceded within an hour and said he would not stand for office again" gave the content
        // "within an hour and said he would ..."
        assertThat(quotes()).noneMatch(q -> q.text().startsWith("within an hour"));
        assertThat(quotes()).anyMatch(q -> q.text().equals("he would not stand for office again")
                && speaker(q).equals("Jörg Haberland") && "said".equals(q.cue()));
    }

    @Test
    void whereAStatementAppearedIsNoStatement() {
        // "Its report, published on the council's website on Monday afternoon, describes ..." and "In a statement
        // posted in Japanese on its website, Hoshida said ..." gave "the council's website on Monday afternoon" and
        // "in Japanese on its website" (Hoshida)
        assertThat(quotes()).noneMatch(q -> q.text().startsWith("the council\u2019s website")
                || q.text().startsWith("in Japanese on its website"));
        assertThat(quotes()).noneMatch(q -> "published".equals(q.cue()) || "posted".equals(q.cue()));
        // the report it describes is the source of "a loss of up to 30 per cent ..." (it had no speaker)
        assertThat(quotes()).anyMatch(q -> q.text().startsWith("a loss of up to 30 per cent")
                && mention(q).equals("Its report"));
    }

    @Test
    void whatAVerbActsOnIsNoStatement() {
        // "Not all traders blame the council." gave the speakerless quote "the council"
        assertThat(quotes()).noneMatch(q -> q.text().equals("the council"));
    }

    @Test
    void aPlaceInAPhraseOfWhereIsNoSpeaker() {
        // "Shopkeepers on the east side of the River Tarrow say they face ruin ..." gave the speaker "River Tarrow"
        assertThat(quotes()).noneMatch(q -> speaker(q).equals("River Tarrow"));
        assertThat(quotes()).anyMatch(q -> q.text().startsWith("they face ruin") && speaker(q).equals("Shopkeepers"));
    }

    @Test
    void figuresAreTheSourceOfWhatTheyShow() {
        // "The bridge carries around 21,000 vehicles a day, according to council figures." had no speaker
        assertThat(quotes()).anyMatch(q -> q.text().startsWith("The bridge carries around 21,000 vehicles")
                && speaker(q).equals("council figures"));
    }

    @Test
    void aCueInARelativeClauseReportsNeitherItsPronounNorTheMainClause() {
        // "An independent review, which he called for in June, will report in January." gave "An independent review,
        // which" (Dennis Marlowe); without the pronoun, the main clause after the comma was taken instead
        assertThat(quotes()).noneMatch(q -> q.text().strip().endsWith(", which")
                || q.text().contains("will report in January"));
    }

    @Test
    void theGoldQuotesAreFoundWithTheirSpeakers() {
        int gold = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : EXPECTED.entrySet()) {
            String lang = e.getValue().path("language").asText();
            if (!lang.equals("en") && !lang.equals("de")) {
                continue; // quotes are attributed in English and German; the French and Spanish pages test extraction
            }
            List<Quote> qs = ARTICLES.get(e.getKey()).annotation().quotes();
            for (JsonNode g : e.getValue().path("quotes")) {
                gold++;
                String contains = g.path("contains").asText();
                boolean ok = qs.stream().anyMatch(q -> (q.text().contains(contains) || contains.contains(q.text()))
                        && speaker(q).equals(g.path("speaker").asText()));
                found += ok ? 1 : 0;
                if (!ok) {
                    missed.add(e.getKey() + ": " + contains + " (" + g.path("speaker").asText() + ")");
                }
            }
        }
        assertThat(gold).isGreaterThan(40);
        assertThat((double) found / gold).as("found %d of %d; missed %s", found, gold, missed)
                .isGreaterThanOrEqualTo(MIN_GOLD_FOUND);
    }
}
