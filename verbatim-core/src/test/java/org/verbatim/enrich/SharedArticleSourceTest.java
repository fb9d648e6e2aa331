package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;

/**
 * "Nach Einschätzung des Historikers und Experten Anna Berger": two roles that share one article name one person, who
 * is the source, and neither role is what she said. Sentences written for this test.
 */
class SharedArticleSourceTest {
    @Test
    void twoRolesSharingAnArticleNameOnePerson() {
        Annotation a = Annotator.rulesOnly().annotate("Russland nutzt Genf seit Jahren. Nach Einschätzung des Schweizer "
                + "Historikers und Geheimdienstexperten Adrian Kessler könnten die Dienste ihre Arbeit in der Schweiz "
                + "sogar ausgeweitet haben.", null, null, "de");
        assertThat(a.quotes()).filteredOn(q -> q.cue() != null && q.cue().startsWith("Nach")).singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker().name()).isEqualTo("Adrian Kessler");
                    assertThat(q.text()).startsWith("könnten").doesNotContain("Geheimdienstexperten");
                });
    }
}
