package org.verbatim.enrich.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher();

    // Written for this test: one story, a syndicated copy with other page furniture, and another story on the same topic.
    static final String TITLE = "Harbour bridge to close for six weeks of repairs";
    static final String STORY = """
            The harbour bridge will close to all traffic from Monday for six weeks while engineers replace corroded \
            steel cables beneath the main span, the city council announced on Thursday.

            Commuters have been told to expect long delays on the ring road and on the two ferry routes that will \
            carry extra passengers during the closure. Buses will run every ten minutes between the old town and the \
            eastern docks, and cyclists may still cross on the pedestrian deck at set hours.

            "We know this is painful for people who cross twice a day," said the council's head of transport, Mara \
            Lindqvist. "But the inspection in March showed that the cables cannot wait another winter."

            Shop owners on the eastern side fear a drop in trade. The council said it would waive parking fees in the \
            market district until the bridge reopens and would publish weekly progress reports online.""";
    static final String FURNITURE_TOP = "Sign up for our morning briefing. Share on Facebook. Share on X. Listen to this article.";
    static final String FURNITURE_BOTTOM = """
            Related: Ferry timetable changes this summer. Most read: Ten places to eat by the water. \
            Comments are closed on this story. Copyright the Eastern Courier, all rights reserved.""";
    static final String OTHER_TITLE = "Ferry operators add sailings as harbour bridge shuts";
    static final String OTHER_STORY = """
            Two ferry companies said on Friday that they would double their sailings across the harbour while the \
            bridge is shut for repairs, adding late-evening boats for hospital staff and night workers.

            The larger operator will lease a second vessel from a northern port and expects queues at the western \
            pier during the first week. Tickets bought with the city travel card will be accepted on both lines.

            Passenger groups welcomed the extra boats but warned that the piers lack shelter and step-free access. \
            A spokesperson for the smaller company said ramps would be installed before the closure begins, and \
            that staff would help people with prams and wheelchairs board at busy times.""";

    @Test
    void theSameStoryWithOtherPageFurnitureIsOneStory() {
        Fingerprint a = hasher.fingerprint(TITLE, STORY);
        Fingerprint b = hasher.fingerprint(TITLE + " | Eastern Courier", FURNITURE_TOP + "\n\n" + STORY + "\n\n" + FURNITURE_BOTTOM);
        assertThat(a.contentHash()).isNotEqualTo(b.contentHash());
        assertThat(a.similarity(b)).isGreaterThan(0.6);
        assertThat(a.sameStory(b)).isTrue();
        assertThat(shareABand(a, b)).isTrue();
    }

    @Test
    void theSameTextIsTheSameContentWhateverTheWhitespaceOrCase() {
        Fingerprint a = hasher.fingerprint(TITLE, STORY);
        Fingerprint b = hasher.fingerprint(TITLE.toUpperCase(java.util.Locale.ROOT), STORY.replace(" ", "  \n"));
        assertThat(b.contentHash()).isEqualTo(a.contentHash());
        assertThat(a.similarity(b)).isEqualTo(1.0);
    }

    @Test
    void anotherStoryOnTheSameTopicIsNotACopy() {
        Fingerprint a = hasher.fingerprint(TITLE, STORY);
        Fingerprint c = hasher.fingerprint(OTHER_TITLE, OTHER_STORY);
        assertThat(a.similarity(c)).isLessThan(0.2);
        assertThat(a.sameStory(c)).isFalse();
        assertThat(shareABand(a, c)).isFalse();
    }

    @Test
    void shortTextsClusterOnlyWhenExactlyEqual() {
        Fingerprint a = hasher.fingerprint("Storm", "Roads closed.");
        Fingerprint b = hasher.fingerprint("Storm", "Roads closed!");
        Fingerprint c = hasher.fingerprint("Storm", "Roads open.");
        assertThat(a.signature()).isEmpty();
        assertThat(a.sameStory(b)).isTrue(); // punctuation is not content
        assertThat(a.sameStory(c)).isFalse();
    }

    /** Random texts: a copy with a few words changed stays one story; an independent text never is. */
    @ParameterizedTest
    @ValueSource(longs = {7, 11, 2024, 99991})
    void similarityTracksTheShareOfChangedWords(long seed) {
        Random rnd = new Random(seed);
        List<String> words = randomWords(rnd, 300);
        List<String> edited = new ArrayList<>(words);
        for (int i = 0; i < 10; i++) {
            edited.set(rnd.nextInt(edited.size()), "edit" + rnd.nextInt(1000));
        }
        Fingerprint a = hasher.fingerprint(null, String.join(" ", words));
        Fingerprint b = hasher.fingerprint(null, String.join(" ", edited));
        Fingerprint c = hasher.fingerprint(null, String.join(" ", randomWords(rnd, 300)));
        assertThat(a.sameStory(b)).isTrue();
        assertThat(shareABand(a, b)).isTrue();
        assertThat(a.similarity(c)).isLessThan(0.1);
        assertThat(a.sameStory(c)).isFalse();
    }

    private static List<String> randomWords(Random rnd, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("w" + rnd.nextInt(500));
        }
        return out;
    }

    private static boolean shareABand(Fingerprint a, Fingerprint b) {
        return a.bandKeys().stream().anyMatch(b.bandKeys()::contains);
    }
}
