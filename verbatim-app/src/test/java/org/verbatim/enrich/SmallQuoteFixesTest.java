package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/**
 * Small, general quote fixes of issue 16, with the learned English models and with the rules alone. Sentences
 * written for this test.
 */
class SmallQuoteFixesTest {
    private static final Annotator LEARNED = new Annotator(false, QuoteModels.fromClassPath());
    private static final Annotator RULES = Annotator.rulesOnly();

    private static List<Quote> quotes(Annotator annotator, String text) {
        Annotation a = annotator.annotate(text + "\n\nThe council met on Monday.", null, null, "en");
        return a.quotes();
    }

    @Test
    void aDateAloneIsNoContent() {
        String text = String.join("\n\n",
                "Jane Calder said the bridge would stay shut until October.",
                "New polls released Sunday. A batch of council emails released this week.",
                "The Marrowby Trust responded Friday.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).extracting(Quote::text).contains("the bridge would stay shut until October");
            assertThat(q).extracting(Quote::text).noneMatch(
                    t -> t.equals("Sunday") || t.equals("this week") || t.equals("Friday"));
        }
    }

    @Test
    void aPartyAndStateLabelIsNoSpeakerButTheNameBeforeIt() {
        String text = String.join("\n\n",
                "House Speaker Jane Calder, R-Wis., despite admitting that she did have her concerns about the cost, "
                        + "the bridge would stay shut until October.",
                "Sen. Tom Harlow, D-S.D., thrilled primary voters with his opposition to the toll.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).as("quotes").isNotEmpty();
            assertThat(q).filteredOn(x -> x.speakerMention() != null)
                    .extracting(x -> x.speakerMention().text())
                    .noneMatch(t -> t.startsWith("R-") || t.startsWith("D-")).contains("House Speaker Jane Calder");
        }
    }

    @Test
    void aTitleCaseHeadingOpenedByACueReportsNothing() {
        String text = String.join("\n\n",
                "Revealed: What The Council Emails Actually Contain Makes The Mayor's Claim Even Worse",
                "Jane Calder said the bridge would stay shut until October.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).extracting(Quote::text).contains("the bridge would stay shut until October");
            assertThat(q).extracting(Quote::text).noneMatch(t -> t.contains("Council Emails"));
        }
    }

    @Test
    void aStatementNamedWithItsDateAloneIsNoContent() {
        String text = String.join("\n\n",
                "Jane Calder said the bridge would stay shut until October.",
                "Tom Harlow, the trust's chairman, issued a statement Thursday.",
                "The Marrowby Trust released a follow-up statement on Saturday night.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).extracting(Quote::text).contains("the bridge would stay shut until October");
            assertThat(q).extracting(Quote::text).noneMatch(t -> t.startsWith("a statement")
                    || t.startsWith("a follow-up statement"));
        }
    }

    @Test
    void aNameInsideTheContentIsNotWhoReportsIt() {
        String text = "Calder was joined by Sen. Tom Harlow, first responders and residents at the memorial outside "
                + "the bridge, the Meridian Herald reported.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).extracting(Quote::text).anyMatch(t -> t.contains("Tom Harlow"));
        assertThat(q).filteredOn(x -> x.text().contains("Tom Harlow"))
                .allMatch(x -> x.speakerMention() != null && x.speakerMention().text().endsWith("Meridian Herald"));
    }

    @Test
    void theSpeakersDeterminerIsNoPartOfTheContent() {
        // "..., the Meridian Herald reported." gave the content "..., the": the speaker's name starts after "the"
        List<Quote> q = quotes(LEARNED, "The mayor will visit the site next week, the Meridian Herald reported.");
        assertThat(q).filteredOn(x -> "reported".equals(x.cue())).extracting(Quote::text)
                .containsExactly("The mayor will visit the site next week");
    }

    @Test
    void aMidSentencePollStandingHoldsOnTheLearnedPath() {
        // PollFrameTest covers the rules alone; the shipped English path goes through the cue model first
        List<Quote> q = quotes(LEARNED, "Jane Calder holds a narrow lead in the latest Meridian Herald poll released "
                + "Monday.");
        assertThat(q).filteredOn(x -> "in".equals(x.cue())).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Jane Calder holds a narrow lead");
            assertThat(x.speakerMention().text()).isEqualTo("the latest Meridian Herald poll released Monday");
        });
    }

    @Test
    void aNameInsideAnAsideIsNotTheSpeakerButTheNameItTellsOf() {
        String text = String.join("\n\n",
                "\"The bridge will stay shut until October,\" said Jane Calder, the director of the Marrowby Trust, "
                        + "which maintains the crossing.",
                "\"We have had no word from the council,\" said Tom Harlow, a spokesman for Mayor Ellen Brisk, "
                        + "explaining why the market would close.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("October")).singleElement()
                    .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Jane Calder"));
            assertThat(q).filteredOn(x -> x.text().contains("no word") || x.text().contains("market"))
                    .isNotEmpty().allSatisfy(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Harlow"));
        }
    }

    @Test
    void aNameThatSpeaksInsideTheAsideKeepsItsQuote() {
        // "the State Department, which she said ...": the aside's own subject speaks
        String text = "Calder had given the emails to the Meridian Council, which Tom Harlow said held all the "
                + "records of the bridge.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("records")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Harlow"));
    }

    @Test
    void aNameAfterAPrepositionIsNotTheSubjectOfTheCue() {
        // the model took the name nearest the cue ("Marrowby Housing Reform Movement", "Port Ellis", "Meridian")
        String text = String.join("\n\n",
                "Jane Calder spoke at the Marrowby Housing Reform Movement and The Meridian forum on Sunday, and "
                        + "criticized Harlow and Brisk after the event.",
                "Tom Harlow represents a district in Port Ellis, and like Brisk has spoken about the need for tighter "
                        + "harbour control.",
                "Ellen Brisk appeared on a show on WXRT radio in Meridian and defended herself against accusations "
                        + "of favouritism.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().startsWith("Harlow and Brisk")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Jane Calder"));
        assertThat(q).filteredOn(x -> x.text().contains("harbour control")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Harlow"));
        assertThat(q).filteredOn(x -> x.text().contains("favouritism")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Ellen Brisk"));
    }

    @Test
    void aTranscriptsSpeakerLabelSpeaksItsTurn() {
        String text = String.join("\n\n",
                "Partial transcript as follows:",
                "MARA HOLLIS: Do you think the council will reopen the bridge before winter?",
                "CALDER: Well, I think the repairs are going well. I think that has been the plan all along.",
                "HOLLIS: And the toll?",
                "CALDER: I think the toll should stay as it is.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            List<String> later = q.stream().filter(x -> x.text().contains("the plan all along"))
                    .map(x -> x.speakerMention() == null ? null : x.speakerMention().text()).toList();
            assertThat(later).allMatch("CALDER"::equals); // a first-person content later in the turn
            if (an == LEARNED) {
                assertThat(later).isNotEmpty();
            }
            assertThat(q).filteredOn(x -> x.text().contains("reopen the bridge"))
                    .extracting(x -> x.speakerMention() == null ? null : x.speakerMention().text())
                    .containsOnly("MARA HOLLIS");
        }
    }

    @Test
    void aDatelineIsNoSpeaker() {
        // the place a story was filed from, taken through an apposition, a sentence subject or a governed name
        String text = String.join("\n\n",
                "Marrowby band nearly done with new album.",
                "PORT ELLIS, Feb. 2 (Meridian) \u2014 The next Marrowby Quartet record is almost complete, frontman "
                        + "Tom Harlow recently revealed.",
                "Harlow tweet that blasts Calder includes a crown shape.",
                "EASTBANK - Council candidate Tom Harlow on Saturday tweeted an image of rival Jane Calder beside "
                        + "a crown bearing the words \"most corrupt candidate ever!\" prompting outrage online.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("almost complete") || x.text().contains("an image of"))
                .hasSize(2).allSatisfy(x -> assertThat(x.speakerMention().text()).endsWith("Tom Harlow"));
    }

    @Test
    void thePersonThatEndsAnAccordingSourceSpeaks() {
        // the names and words before the person only describe them: "according to Fox News judicial analyst X"
        String text = String.join("\n\n",
                "According to conservative columnist Tom Harlow, the bridge would stay shut until October.",
                "The toll was a test of the council, according to Jane Calder's former campaign adviser Ellen Brisk, "
                        + "who spoke on Monday.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("shut until October")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("the bridge"))
                .satisfies(x -> assertThat(x.speakerMention().text()).endsWith("Tom Harlow"));
        assertThat(q).filteredOn(x -> x.text().contains("test of the council")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).endsWith("Ellen Brisk"));
    }

    @Test
    void aClosingMarkTypedAsAnOpeningOneStillClosesTheQuotation() {
        // "\u201cIt is unusual,\u201c said X": the second mark stands where a quotation ends, not where one opens
        String text = "\u201cIt is unusual,\u201c said Tom Harlow, an attorney with the Marrowby Trust. \u201cIt is a hard "
                + "thing to pull off.\u201d";
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("unusual")).singleElement()
                    .satisfies(x -> assertThat(x.text()).doesNotContain("Harlow"))
                    .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Harlow"));
        }
    }

    @Test
    void aPartyTagBeforeAnApposedDescriptionLeavesTheNameTheSpeaker() {
        // "X (R-Ohio), a council member, said": the tag in parentheses does not end the name's comma chain
        String text = "\u201cThe bridge must stay shut,\u201d Rep. Jane Calder (R-Ohio), a council member, said in a "
                + "phone interview.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("bridge must stay shut")).singleElement()
                .satisfies(x -> assertThat(x.text()).doesNotContain("Calder"))
                .satisfies(x -> assertThat(x.speakerMention().text()).endsWith("Jane Calder"));
    }

    @Test
    void aPhraseOfWhereBeforeTheSpeakerIsNoContent() {
        // "On \"Meet the Council,\" X, who ..., identified ...": the show is where X spoke, not what X said
        String text = "On \"Meet the Council,\" Sen. Tom Harlow, who lost the primary to Calder, identified "
                + "young voters' exhaustion with the toll as one of the reasons.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).extracting(Quote::text).noneMatch(t -> t.startsWith("On"));
    }

    @Test
    void aQuotationIntroducedByAColonSpeaksAllItsParagraphs() {
        // "X reports:" and a quotation over two paragraphs: one quote, all of it X's
        String text = String.join("\n\n",
                "The Eastbank Courier reports:",
                "\u201cOnly 24 percent of the donors to the toll fund have given $200 or less.",
                "\u201cWithout this network, the trust is being made to rely on a few rich donors.\u201d");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("Only 24 percent") || x.text().contains("this network"))
                .singleElement()
                .satisfies(x -> assertThat(x.text()).contains("Only 24 percent").contains("this network"))
                .satisfies(x -> assertThat(x.speakerMention().text()).endsWith("Eastbank Courier"));
    }

    @Test
    void aWordThatOpensAClauseIsNoName() {
        // "Let's hope ...", "Since launching ...": capitalised only because they open the sentence
        String text = String.join("\n\n",
                "Let\u2019s hope the council gets it right.",
                "Since launching his bid, Harlow has taken a firm stance against the toll.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.speakerMention() != null).extracting(x -> x.speakerMention().text())
                    .noneMatch(t -> t.startsWith("Let") || t.startsWith("Since"));
        }
    }

    @Test
    void aNameAndSpeechVerbAfterAQuotedSentenceSpeakIt() {
        // "\u201c... missing.\u201d Jane Calder said.": the period inside the marks does not part the two
        String text = "\u201cI hope you are able to find the emails that are missing.\u201d Jane Calder said.";
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("emails that are missing")).singleElement()
                    .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Jane Calder"));
        }
    }

    @Test
    void theSubjectAfterAnOpeningGerundClauseSpeaksIt() {
        // "Since launching his bid, X has ...", "After suggesting ... that ..., X only ...": X does the launching
        String text = String.join("\n\n",
                "Since launching his bid, Tom Harlow has taken a firm stance against the toll.",
                "After suggesting on Wednesday that she regretted her insults, Jane Calder only occasionally "
                        + "disagreed with him.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("his bid")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Harlow"));
        assertThat(q).filteredOn(x -> x.text().contains("regretted her insults")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Jane Calder"));
    }

    @Test
    void aParticipleAfterACueAndItsSubjectHasThatSubject() {
        // "A and B will meet ..., X said, adding, \"...\"": X adds it, not the sentence's first name
        String text = "Calder and Harlow will meet sometime next week, Tom Brisk said, adding, \"They need to sit down "
                + "and have a good talk.\"";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("sit down")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Brisk"));
        assertThat(q).filteredOn(x -> x.text().contains("will meet")).singleElement()
                .satisfies(x -> assertThat(x.text()).doesNotContain("Brisk"))
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Brisk"));
    }

    @Test
    void theNamedSubjectAfterAnOpeningGerundClauseKeepsItsArticle() {
        // "Citing local outlets, the Eastbank Courier reports ...": an article may stand before the subject's name
        String text = "Citing local news outlets, the Eastbank Courier reports that Harlow almost missed the vote.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("local news outlets")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Eastbank Courier"));
    }

    @Test
    void aShowToldIsNoContentOfTheTellCue() {
        // "\"...,\" X told \"Good Morning Marrowby,\" reminding ...": the quotation before the cue is what X told
        String text = "\"Of course the toll is fair game. He is a former mayor,\" Jane Calder told \"Good Morning "
                + "Marrowby,\" reminding the hosts that Brisk had paid.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("fair game")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Jane Calder"));
        assertThat(q).extracting(Quote::text).noneMatch(t -> t.contains("Good Morning"));
    }

    @Test
    void namesAfterADashAndBeforeAColonSpeakWhatFollows() {
        // "TOPIC - X and Y: \"...\"": the names before the colon speak, the last one as next to a cue
        String text = String.join("\n\n",
                "POLLS NOT WRONG, JUST TOO EARLY - Jane Calder and Tom Harlow: \u201cAlthough the polls failed to "
                        + "predict the vote, they were not wrong.\u201d",
                "Pollsters agree - Ellen Brisk: \u201cOne of the biggest lessons was a simple one.\u201d");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("failed to predict")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Harlow"));
        assertThat(q).filteredOn(x -> x.text().contains("biggest lessons")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Ellen Brisk"));
    }

    @Test
    void aPlaceApartFromItsCueIsNotItsSubject() {
        // "X ... between the U.S. and Mexico, and has promised ...": the place is an object; X promised
        String text = String.join("\n\n",
                "Jane Calder often takes full credit for the idea of building a border wall between the U.S. and "
                        + "Mexico, and has promised that as mayor, she would build a beautiful one.",
                "As they met in Ottawa, Tom Harlow was 340 miles away in Bangor, Maine, promising to build a wall at "
                        + "the border.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("build a beautiful one")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Jane Calder"));
        assertThat(q).filteredOn(x -> x.text().contains("wall at the border")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention().text()).isEqualTo("Tom Harlow"));
    }
    @Test
    void aNumberOrQuantifierOpeningASentenceStartsNoName() {
        // "Several Cruz aides said ...", "Nine months of ...": the opener is a quantity, not part of a name
        String text = String.join("\n\n",
                "Tom Harlow will tour the north this week.",
                "Several Harlow aides said the bridge would stay shut until October.",
                "Nine Calder voters said the toll was too high.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).extracting(Quote::text).contains("the bridge would stay shut until October");
            assertThat(q).filteredOn(x -> x.speakerMention() != null)
                    .extracting(x -> x.speakerMention().text())
                    .noneMatch(t -> t.equals("Several Harlow") || t.equals("Nine Calder") || t.equals("Several") || t.equals("Nine"));
        }
    }
    @Test
    void aSurnameThatIsAlsoAWordOpensASentenceAsAName() {
        // "Marty Small said ...", later "Small, who attended the rally, said ...": the surname alone still names
        String text = String.join("\n\n",
                "Only a small crowd came to the hall on Tuesday.",
                "Council president Ellen Small said the vote was a positive story for the town.",
                "Small, who attended the meeting, said that the bridge would stay shut until October.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention()).isNotNull())
                .satisfies(x -> assertThat(x.speakerMention().text()).endsWith("Small"));
    }
    @Test
    void aSurnameAfterATitleAndAFirstNameOpensASentenceAsAName() {
        // "Indiana Gov. Mike Pence" then "Pence, who ..., said": the surname closes a longer capitalised run
        String text = String.join("\n\n",
                "The stamps cost a few pence each.",
                "\u201cWe are no longer welcome,\u201d said Indiana Gov. Anna Pence, the head of the trust.",
                "Pence, who attended the meeting, said that the bridge would stay shut until October.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                .satisfies(x -> assertThat(x.speakerMention()).isNotNull())
                .satisfies(x -> assertThat(x.speakerMention().text()).endsWith("Pence"));
    }
    @Test
    void theOfficeAfterATitlesOfBelongsToTheTitleNotTheName() {
        // "Secretary of State John Kerry said ...": the speaker is "John Kerry", never "of State John Kerry"
        String text = String.join("\n\n",
                "Secretary of State Anna Calder said the bridge would stay shut until October.",
                "\u201cWe are ready,\u201d Secretary of Defense Tom Harlow said.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Anna Calder"));
            assertThat(q).filteredOn(x -> x.text().contains("We are ready")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
        }
    }
    @Test
    void aClauseBetweenCommasEndsTheAppositionChainBeforeTheCue() {
        // "in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said": the speaker is Kasich, not "OH"
        String text = String.join("\n\n",
                "Tuesday in Marrowby, OH, after winning the county vote, Gov. Anna Calder (R-OH), said, "
                        + "\u201cWe are going all the way to the capital.\u201d");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("all the way")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Anna Calder"));
        }
    }
    @Test
    void aSurnameWithAnAdjectivesEndingBeforeASpeechVerbIsAName() {
        // "Mr. Minassian said", "Calabrese told", "Guardian said": a surname ending like "Russian" or "Chinese"
        String text = String.join("\n\n",
                "The trust hired Tom Marrakian and Rob Castellese last year.",
                "Mr. Marrakian said the bridge would stay shut until October.",
                "Castellese told reporters the toll would double.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).endsWith("Marrakian"));
            assertThat(q).filteredOn(x -> x.text().contains("toll would double")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).endsWith("Castellese"));
        }
    }
    @Test
    void aSurnameThatIsAlsoAWordSpeaksBeforeASpeechVerb() {
        // "Al From" then "..., From said"; "Billie Jean King" then "King says"; "George Will" then "Will wrote"
        String text = String.join("\n\n",
                "The trust is broke, said Marta From, who chairs the council.",
                "\u201cWe are ready to rebuild the bridge,\u201d From said.",
                "Tennis great Anna Jo King opened the new courts.",
                "King says the bridge would stay shut until October.",
                "Columnist Tom Will criticised the plan.", "\u201cThe toll would double,\u201d Will wrote.");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("We are ready")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).endsWith("From"));
            assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).endsWith("King"));
            assertThat(q).filteredOn(x -> x.text().contains("toll would double")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).endsWith("Will"))
                    .satisfies(x -> assertThat(x.cue()).isEqualTo("wrote"));
        }
    }
    @Test
    void aTitledNameAfterAQuotationWithItsArticleSpeaksThroughItsApposition() {
        // "''...,'' the economist Jared Bernstein, a former adviser in the Obama White House, wrote": Bernstein speaks
        String text = "\u201cThe toll would double,\u201d the engineer Anna Calder, a former adviser to the council, said.";
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("toll would double")).singleElement()
                    .satisfies(x -> assertThat(x.text()).doesNotContain("Calder"))
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Anna Calder"));
        }
    }
    @Test
    void aSentenceInParenthesesHasItsSubjectThere() {
        // "(Trump writes that he would increase fees ...)": the name inside the parentheses speaks their cue
        String text = "The council has a plan for the bridge. (Harlow writes that the toll would double to pay for "
                + "the repairs.)";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("toll would double")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Harlow"));
    }
    @Test
    void oneOpeningASentenceIsNoName() {
        // "One month after announcing his support for Donald Trump, Marco Rubio still believes ...": "One" is no one
        String text = "One month after announcing his support for the plan, Tom Harlow still believes that the bridge "
                + "would stay shut until October.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
    }
    @Test
    void aDescriptionGivesWayToTheNameInAppositionAfterIt() {
        // "wrote the American ambassador at the time, John E. Herbst.": the speaker is Herbst, not the description
        String text = "\u201cThe toll would double,\u201d wrote the council\u2019s engineer at the time, Tom Harlow.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("toll would double")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
    }
    @Test
    void aNameInCapitalsEndingInATimeWordIsNoDate() {
        // "USA TODAY reported last month that ...": a masthead, not a date, speaks
        String text = "MARROWBY TODAY reported last month that the council has secretly funded more than 200 trips.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("secretly funded")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("MARROWBY TODAY"));
    }
    @Test
    void aSurnameThatIsATimeWordStillSpeaks() {
        // "said Kristen Day, ..." then "Day said the radical ... language": Day is no date there
        String text = String.join("\n\n",
                "The trust is broke, said Marta Day, who chairs the council.",
                "Day said the bridge would stay shut until October.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Marta Day"));
    }
    @Test
    void aPlacesPossessiveGivesWayToTheNameItOwns() {
        // "said Florida's Rick Wilson, a Republican political consultant": Wilson speaks, not Florida
        String text = "\u201cWe are going to lose the county,\u201d said Florida\u2019s Tom Harlow, a Republican consultant.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("lose the county")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
    }
    @Test
    void aNameAfterASentenceOpeningCueSpeaksTheQuotationAfterIt() {
        // "Said Comey, \"The thought ...\"": Comey speaks, and is no part of what he said
        String text = String.join("\n\n",
                "The bridge was turned into a museum. Said Tom Harlow, who grew up next to it, \u201cWe were all so "
                        + "proud of it.\u201d",
                "The toll stays. Said Calder, \u201cThe thought that an error on our part cost this is painful.\u201d");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("proud of it")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("\u201cWe were"))
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
        assertThat(q).filteredOn(x -> x.text().contains("an error")).singleElement()
                .satisfies(x -> assertThat(x.text()).startsWith("\u201cThe thought"))
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Calder"));
    }
    @Test
    void heOrSheRefersToANameNoPrepositionGoverns() {
        // "He drove a Corvette" after "... clothes from Brooks Brothers": he is the person, not the shop
        String text = "Tom Harlow took his daughter to Marrowby Castle on Sunday. He said the bridge would stay shut "
                + "until October.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
    }
    @Test
    void heOrSheRefersToTheFirstPersonOfTheLatestSentenceOutsideQuotations() {
        // the subject of the latest sentence, not the person it names last, nor one named inside a quotation
        String text = String.join("\n\n",
                "Tom Harlow called both Anna Calder and Ed Marsh reckless on Sunday. He said the bridge would stay "
                        + "shut until October.",
                "Jane Wren spoke at the depot. \u201cI trust Peter Lowe,\u201d she added. She said the toll would double.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
        assertThat(q).filteredOn(x -> x.text().contains("toll would double")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Jane Wren"));
    }
    @Test
    void aNameAfterAnOpeningCueAndBeforeAColonSpeaksTheNextParagraph() {
        // "Stated Stone:" then a quotation in the next paragraph: Stone speaks it
        String text = String.join("\n\n",
                "The trust met on Monday with Tom Harlow.",
                "Stated Harlow:",
                "\u201cWe are going to rebuild the bridge by October.\u201d");
        for (Annotator an : new Annotator[] {LEARNED, RULES}) {
            List<Quote> q = quotes(an, text);
            assertThat(q).filteredOn(x -> x.text().contains("rebuild the bridge")).singleElement()
                    .satisfies(x -> assertThat(x.speaker()).isNotNull())
                    .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
        }
    }
    @Test
    void heOrSheRefersToNoPossessive() {
        // "The minister's comments come after Putin admitted ... However, he said ...": he is Putin
        String text = String.join("\n\n",
                "Foreign Minister Anna Calder spoke on Monday.",
                "The minister\u2019s comments come after Tom Harlow admitted last month that he was a \u201cnaive\u201d "
                        + "person early in his career. However, he said that he later realized that the bridge would "
                        + "stay shut until October.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("stay shut")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
    }

    @Test
    void aCommaInsideClosingMarksEndsTheFirstContentBeforeASecondCue() {
        // "mocked Trump for calling himself the “king of debt,” noting that ...": the comma before the closing mark
        // ends the content of "mocked" before "noting", as a comma outside the marks does
        String text = "The former secretary of state mocked Tom Harlow for calling himself the "
                + "\u201cking of debt,\u201d noting that Harlow\u2019s tax cuts would indeed cause the debt to skyrocket.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).extracting(Quote::text).contains("Tom Harlow for calling himself the \u201cking of debt,\u201d")
                .anyMatch(t -> t.startsWith("that Harlow\u2019s tax cuts"));
    }

    @Test
    void aCapitalisedWillInsideASentenceIsANameNotAnAuxiliary() {
        // "Will described Trump as ...": George Will describes; "Will" is no future auxiliary of "described"
        String text = String.join("\n\n",
                "Columnist Anna Will wrote on Monday that the bridge would stay shut until October.",
                "In her column, Will described the mayor as a \u201ccaricature of civic vanity.\u201d");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("caricature")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Anna Will"));
    }

    @Test
    void aConfidentCueReportsAContentOfFunctionWordsOnly() {
        // "Jeff Flake said he would", "Voters are rejecting him": a cue the model is sure of reports its short
        // content, though every word of it is a function word
        String text = "Asked whether he would vote for the toll, Senator Tom Harlow said he would.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().equals("he would")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
    }

    @Test
    void aParticipleAfterACommaIsSpokenByTheSentenceSubject() {
        // "Donald Trump is defending his tweets attempting to shame a former Miss Universe, saying ...": Trump says
        // it, not the name in his clause's object
        String text = "Tom Harlow is defending his early-morning tweets attempting to shame a former Miss Marrowby, "
                + "saying it shows he would be awake for a 3 a.m. call.";
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).filteredOn(x -> x.text().contains("awake")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNotNull())
                .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Tom Harlow"));
    }

    @Test
    void aCertainCueReportsAPersonObjectWithASetting() {
        // "have also endorsed Clinton in the race": a cue the model is all but sure of reports its stance, though its
        // content is a person and a phrase of setting
        String text = "Several major unions, including the Marrowby Teachers Union, have also endorsed Anna Calder in "
                + "the race.";
        assertThat(quotes(LEARNED, text)).extracting(Quote::text).contains("Anna Calder in the race");
    }

    @Test
    void aConfidentCueReportsASettingOrABareNounPhrase() {
        // "Murphy Tweeted on Friday with an image", "26 percent said the same": a cue the model is sure of reports a
        // content that reads as a setting alone or as a bare noun phrase without speaker
        String text = String.join("\n\n",
                "Tom Harlow, the head of Right to Rise, tweeted on Friday with an image of the bridge.",
                "Last month, 26 percent said the same.");
        assertThat(quotes(LEARNED, text)).extracting(Quote::text).anyMatch(t -> t.contains("with an image"))
                .contains("the same");
    }

    @Test
    void anOpeningPhraseOfSettingIsNoContent() {
        // "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. McKinley suggested ...", "In an interview with "Fox
        // and Friends," Donald Trump pointed to ...": where it was said, not what
        String text = String.join("\n\n",
                "Anna Calder is a financial planner in Marrowby.",
                "And where is that $115 supposed to come from? In his 2002 book, ''Make Your Kid a Millionaire,'' "
                        + "Mr. Harlow suggested looking at the things on your credit or debit card statement and asking "
                        + "yourself this: Would I rather help my kid go to college or would I prefer to keep buying or "
                        + "doing those things on my bill that add up to the number I need to save each month?",
                "In an interview with \"Fox and Friends,\" Tom Harlow pointed to the council as the regional "
                        + "enforcer, remarking that the bridge would stay shut.");
        List<Quote> q = quotes(LEARNED, text);
        assertThat(q).extracting(Quote::text).anyMatch(t -> t.startsWith("that the bridge would stay shut"))
                .noneMatch(t -> t.startsWith("In his 2002 book") || t.startsWith("In an interview"));
    }
}
