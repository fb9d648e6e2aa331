package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/**
 * A list of labelled lines on a web page ("Employee Records: Stores all personnel data ...") names items, not
 * speakers: neither the line-opening colon rule nor a cue in the item's text makes the label speak. A headline's
 * "Name: claim" and lines whose labels are names the text uses again (a panel's "Matthews: ..." / "Lopez: ...") still
 * speak. Learned English models; texts written for this test.
 */
class LabelListTest {
    private static final Annotator LEARNED = new Annotator();

    private static List<String> speakers(Annotation a) {
        return a.quotes().stream().map(Quote::speaker).filter(Objects::nonNull).map(s -> s.name()).toList();
    }

    @Test
    void theLabelsOfAFeatureListDoNotSpeak() {
        Annotation a = LEARNED.annotate("Key features\n\nEmployee Records: Stores all personnel data in one searchable "
                + "system.\n\nPayroll Automation: Runs payroll on schedule and files the taxes for you.\n\n"
                + "Facebook Insights: This analytics feature shows your page's performance trends over time.\n\n"
                + "Detailed Product Information: Provides in-depth descriptions and usage instructions.", null, null,
                "en");
        assertThat(speakers(a)).doesNotContain("Employee Records", "Payroll Automation", "Facebook Insights",
                "Detailed Product Information");
    }

    @Test
    void theNamesOfAReviewListDoNotSpeak() {
        Annotation a = LEARNED.annotate("The best accounting apps\n\nLedgerly Books: Best for long-term scalability"
                + "\n\nTallyhand Pro: Best for self-employed bookkeepers\n\n3. Quillbill: Best for freelancers who "
                + "want simple invoices.", null, null, "en");
        assertThat(speakers(a)).doesNotContain("Ledgerly Books", "Tallyhand Pro", "Quillbill");
    }

    @Test
    void aHeadlineNameStillSpeaks() {
        Annotation a = LEARNED.annotate("Whitfield: Delgado Has a Long Way to Go on Ethanol.\n\nDana Whitfield spoke "
                + "in Des Moines on Monday and criticised her rival's record.", null, null, "en");
        assertThat(speakers(a)).contains("Dana Whitfield");
    }

    @Test
    void aPanelWhoseNamesRecurStillSpeaks() {
        Annotation a = LEARNED.annotate("Chris Marlowe hosted the panel with Luciana Ferro.\n\nChris Marlowe: Well, "
                + "speculation is bad.\n\nLuciana Ferro: Saying that to people means something different to "
                + "everyone.\n\nMarlowe: Here is the irony of our time.\n\nFerro: Nobody thinks their pension is "
                + "speculation.", null, null, "en");
        assertThat(speakers(a)).contains("Chris Marlowe", "Luciana Ferro");
    }

    @Test
    void anInterviewWhoseGuestWasNamedBeforeStillSpeaks() {
        Annotation a = LEARNED.annotate("Wie zentral der Konflikt für die Regierung ist, weiss Nahost-Kenner Jonas "
                + "Brenner.\n\nRadio Nord: Mehrere Staaten haben geholfen. Wie wichtig war dabei die Unterstützung?"
                + "\n\nJonas Brenner: Diese war ausschlaggebend. Man wusste, dass ein solcher Angriff bevorsteht.\n\n"
                + "Die Regierung hat noch nicht reagiert.", null, null, "de");
        assertThat(speakers(a)).contains("Jonas Brenner");
    }

    @Test
    void anAddressOrANumberAloneSaysNothing() {
        Annotation a = LEARNED.annotate("The Harbour Trust runs the festival every June.\n\nWebsite: "
                + "https://www.harbourtrust.example/\n\nThe trust said tickets would cost $16.\n\nPrice: $16", null, null,
                "en");
        assertThat(a.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("https://"))
                .noneMatch(t -> t.strip().equals("$16"));
        assertThat(a.quotes()).extracting(Quote::text).anyMatch(t -> t.contains("tickets would cost"));
    }
}

