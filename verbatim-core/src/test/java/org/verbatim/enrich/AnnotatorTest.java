package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.EntityType;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.QuoteKind;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;
import org.verbatim.model.Where;

/** Synthetic sentences, written for these tests, one for each kind of quote, speaker and time expression. */
class AnnotatorTest {
    private static final Annotator ANNOTATOR = new Annotator();
    private static final LocalDate WED_24_JAN_2024 = LocalDate.of(2024, 1, 24);

    private static Annotation annotate(String... paragraphs) {
        return ANNOTATOR.annotate(String.join("\n\n", paragraphs), null, WED_24_JAN_2024);
    }

    private static Quote quote(Annotation a, String contained) {
        return a.quotes().stream().filter(q -> q.text().contains(contained)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote contains '" + contained + "' in " + a.quotes()));
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void directQuoteWithTrailingAttribution() {
        Annotation a = annotate("“We will fix the roads this year,” Mayor Anna Berg said.");
        Quote q = quote(a, "fix the roads");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.text()).isEqualTo("“We will fix the roads this year,”");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(speaker(q)).isEqualTo("Anna Berg");
        assertThat(q.speaker().title()).isEqualTo("Mayor");
        assertThat(q.speakerMention().text()).isEqualTo("Mayor Anna Berg");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Intro line.\n\n“We will fix the roads,” said Anna Berg.";
        Annotation a = ANNOTATOR.annotate(text, null, null);
        Quote q = quote(a, "roads");
        assertThat(q.span().of(text)).isEqualTo(q.text());
        assertThat(q.cueSpan().of(text)).isEqualTo("said");
        assertThat(q.speakerMention().span().of(text)).isEqualTo("Anna Berg");
    }

    @Test
    void reportedSpeechWithThat() {
        Annotation a = annotate("Finance Minister Paul Okafor stressed that the budget would be balanced by 2026.");
        Quote q = quote(a, "budget");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).isEqualTo("that the budget would be balanced by 2026");
        assertThat(q.cue()).isEqualTo("stressed");
        assertThat(speaker(q)).isEqualTo("Paul Okafor");
    }

    @Test
    void reportedSpeechAfterTheContentAndParticipleCue() {
        Annotation a = annotate("The plan is dead, Senator Maria Lopez has said, insisting that talks must restart.");
        Quote first = quote(a, "plan is dead");
        assertThat(first.cue()).isEqualTo("has said");
        assertThat(first.kind()).isEqualTo(QuoteKind.INDIRECT);
        Quote second = quote(a, "talks must restart");
        assertThat(second.cue()).isEqualTo("insisting");
        assertThat(speaker(second)).isEqualTo("Maria Lopez");
    }

    @Test
    void accordingToAndToldAndArgues() {
        Annotation a = annotate("According to Tom Reyes, the bridge will close in May.",
                "Tom Reyes told CBS News on Monday that the repairs are overdue.",
                "The Ministry of Transport argues the costs are too high.");
        Quote acc = quote(a, "bridge will close");
        assertThat(acc.cue()).isEqualTo("According to");
        assertThat(speaker(acc)).isEqualTo("Tom Reyes");
        Quote told = quote(a, "repairs are overdue");
        assertThat(told.cue()).isEqualTo("told");
        assertThat(told.text()).isEqualTo("that the repairs are overdue");
        assertThat(told.saidOn()).isEqualTo("2024-01-22");
        Quote argues = quote(a, "costs are too high");
        assertThat(argues.cue()).isEqualTo("argues");
        assertThat(argues.speaker().type()).isEqualTo(EntityType.ORGANISATION);
    }

    @Test
    void mixedQuoteKeepsTheQuotedWordsInside() {
        Annotation a = annotate("Clara Diaz said the new rules were “a disgrace” and would not last.");
        Quote q = quote(a, "disgrace");
        assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.text()).isEqualTo("the new rules were “a disgrace” and would not last");
    }

    @Test
    void blockQuoteTakesTheSpeakerOfThePreviousParagraph() {
        Annotation a = annotate("In a speech on Friday, Governor Ian Holt said the state would not give up.",
                "We are going to build it. We have the money and we have the people.");
        Quote q = quote(a, "build it");
        assertThat(q.kind()).isEqualTo(QuoteKind.BLOCK);
        assertThat(q.cue()).isNull();
        assertThat(speaker(q)).isEqualTo("Ian Holt");
    }

    @Test
    void multiParagraphQuoteIsOneDirectQuote() {
        Annotation a = annotate("Lena Vogt said: “The first thing is trust.",
                "“The second thing is money,” she added.");
        Quote q = quote(a, "first thing");
        assertThat(q.text()).contains("second thing");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(speaker(q)).isEqualTo("Lena Vogt");
    }

    @Test
    void headlineClaimDashName() {
        Annotation a = ANNOTATOR.annotate("Prime Minister Ola Nordmann spoke on Tuesday.",
                "Oslo will not pay for the bridge – Nordmann", null);
        Quote q = a.quotes().stream().filter(x -> x.where() == Where.TITLE).findFirst().orElseThrow();
        assertThat(q.text()).isEqualTo("Oslo will not pay for the bridge");
        assertThat(speaker(q)).isEqualTo("Ola Nordmann");
        assertThat(q.speakerMention().text()).isEqualTo("Nordmann");
    }

    @Test
    void shortFormsDescriptionsAndPronounsResolveToTheSpeaker() {
        Annotation a = annotate("Russian Foreign Minister Boris Kamenev met reporters.",
                "Kamenev said the talks had failed.",
                "The minister stressed that Moscow would wait.",
                "He said the next round was months away.");
        for (String s : List.of("talks had failed", "Moscow would wait", "next round")) {
            assertThat(speaker(quote(a, s))).as(s).isEqualTo("Boris Kamenev");
        }
        Speaker k = a.speakers().stream().filter(s -> s.name().equals("Boris Kamenev")).findFirst().orElseThrow();
        assertThat(k.title()).isEqualTo("Russian Foreign Minister");
        assertThat(k.mentions().stream().map(Mention::text))
                .contains("Russian Foreign Minister Boris Kamenev", "Kamenev", "The minister", "He");
    }

    @Test
    void anUnresolvedPronounKeepsItsMentionButNamesNoSpeaker() {
        Annotation a = annotate("The storm closed the port for a week.",
                "He said the harbour would reopen on Friday.",
                "She said the ferries were ready.");
        for (String s : List.of("harbour would reopen", "ferries were ready")) {
            Quote q = quote(a, s);
            assertThat(q.speaker()).as(s).isNull();
            assertThat(q.speakerMention()).as(s).isNotNull();
        }
        assertThat(a.speakers()).extracting(Speaker::name).noneMatch(n -> List.of("he", "she")
                .contains(n.toLowerCase(java.util.Locale.ROOT)));
        Annotation de = ANNOTATOR.annotate("Der Sturm schloss den Hafen.\n\nEr sagte, der Hafen werde am Freitag "
                + "wieder öffnen.", null, WED_24_JAN_2024, "de");
        Quote q = quote(de, "Hafen werde");
        assertThat(q.speaker()).isNull();
        assertThat(q.speakerMention().text()).isEqualTo("Er");
    }

    @Test
    void sheAndTheyPickCompatibleReferents() {
        Annotation a = annotate("Mrs. Jane Porter and Mr. Tim Cole met the Workers Union.",
                "She said the deal was fair.",
                "The Workers Union said it was not. They said the strike would go on.");
        assertThat(speaker(quote(a, "deal was fair"))).isEqualTo("Jane Porter");
        assertThat(speaker(quote(a, "strike would go on"))).isEqualTo("Workers Union");
    }

    @Test
    void germanCues() {
        Annotation a = annotate("Die Regierung steht unter Druck.",
                "„Wir werden das Gesetz ändern“, sagte Kanzlerin Petra Hahn am Montag.",
                "Laut Petra Hahn soll das Gesetz im Februar 2025 kommen.",
                "Die Lage sei ernst, so Hahn.");
        Quote q = quote(a, "Gesetz ändern");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.cue()).isEqualTo("sagte");
        assertThat(speaker(q)).isEqualTo("Petra Hahn");
        assertThat(speaker(quote(a, "soll das Gesetz"))).isEqualTo("Petra Hahn");
        assertThat(speaker(quote(a, "Lage sei ernst"))).isEqualTo("Petra Hahn");
    }

    @Test
    void timeExpressionsAreNormalisedAgainstThePublicationDate() {
        Annotation a = annotate("On Monday the council met. Last month it voted, and in February 2022 it failed.",
                "Since the early 1990s, and two years ago, and yesterday, and next week, and 3 March 2023.");
        assertThat(a.timeExpressions().stream().map(t -> t.text() + "=" + t.value())).contains(
                "On Monday=2024-01-22", "Last month=2023-12", "February 2022=2022-02", "the early 1990s=199X",
                "two years ago=2022", "yesterday=2024-01-23", "next week=2024-W05", "3 March 2023=2023-03-03");
    }

    @Test
    void timeExpressionsWithoutPublicationDateKeepOnlyAbsoluteValues() {
        Annotation a = ANNOTATOR.annotate("On Monday, 24 Jan, 2024 07:41, it rained.", null, null);
        assertThat(a.timeExpressions()).extracting(TimeExpression::value).containsExactly(null,
                "2024-01-24T07:41");
    }

    @Test
    void entitiesAreTyped() {
        Annotation a = annotate("President Vladimir Petrov of Russia met NATO officials in Brussels and the "
                + "Kremlin said nothing.");
        assertThat(a.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Vladimir Petrov");
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
        });
        assertThat(a.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Brussels");
            assertThat(e.type()).isEqualTo(EntityType.PLACE);
        });
        assertThat(a.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("NATO");
            assertThat(e.type()).isEqualTo(EntityType.ORGANISATION);
        });
    }

    @Test
    void scareQuotesAloneAreNoQuotes() {
        Annotation a = annotate("The so-called “reform” arrived on a quiet day in the capital.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String t : new String[] {"", "\n\n\n", "“", "” ” “", "said said said", "a\u0000b", "–"}) {
            Annotation a = ANNOTATOR.annotate(t, t, null);
            for (Quote q : a.quotes()) {
                String base = q.where() == Where.TITLE ? t : t;
                assertThat(q.span().end()).isLessThanOrEqualTo(base.length());
            }
        }
    }

    @Test
    void openNlpSegmentationFindsTheSameDirectQuote() {
        Annotation a = new Annotator(true).annotate("“We will fix the roads this year,” Mayor Anna Berg said.",
                null, WED_24_JAN_2024);
        assertThat(speaker(quote(a, "fix the roads"))).isEqualTo("Anna Berg");
    }
}
