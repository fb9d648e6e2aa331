package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Entity;
import org.verbatim.model.EntityType;
import org.verbatim.model.Quote;

/** German names of states ending in Emirate, Staaten, Republik, Inseln, Königreich are places, never speakers. */
class GermanStateNamesTest {
    @Test
    void aStateEndingInEmirateIsAPlaceAndHeIsTheMinister() {
        Annotation a = Annotator.rulesOnly().annotate("Um seine Worte zu betonen, wechselte Karim bin Salem, "
                + "Außenminister der Vereinigten Arabischen Emirate, ins Englische: \"Der Tag wird kommen\", sagt er.",
                null, null, "de");
        assertThat(a.entities()).filteredOn(e -> e.name().contains("Emirate"))
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.PLACE));
        assertThat(a.quotes()).extracting(Quote::speaker).isNotEmpty()
                .allSatisfy(s -> assertThat(s.name()).isEqualTo("Karim bin Salem"));
        assertThat(a.entities()).extracting(Entity::name).contains("Karim bin Salem");
    }
}
