package org.verbatim.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    @Test
    void ourGroupWinsOverTheStarGroupAndTheLongestRuleWins() {
        String txt = """
                User-agent: *
                Disallow: /

                User-agent: Verbatim
                User-agent: otherbot
                Disallow: /private
                Allow: /private/press
                Disallow: /*.pdf$
                """;
        RobotsRules r = RobotsRules.parse(txt, "verbatim");
        assertThat(r.allows("/news/1")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(r.allows("/private/press/1")).isTrue();
        assertThat(r.allows("/files/a.pdf")).isFalse();
        assertThat(r.allows("/files/a.pdf?x=1")).isTrue();
        assertThat(RobotsRules.parse(txt, "somebot").allows("/news/1")).isFalse();
        assertThat(RobotsRules.parse("", "verbatim").allows("/anything")).isTrue();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "verbatim").allows("/x")).isTrue();
    }
}
