package org.verbatim.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.verbatim.enrich.Annotator;
import org.verbatim.model.Annotation;

class AnnotationJsonTest {

    @Test
    void keysInContractOrderWithOffsetsIntoTheText() {
        String text = "Senator Ada Kerr said on Monday that the vote failed. We will try again, she added.";
        Annotation a = new Annotator().annotate(text, "The vote failed again – Kerr", LocalDate.of(2024, 1, 24));
        JsonNode o = AnnotationJson.toNode(a);
        assertThat(o.fieldNames()).toIterable().containsExactly("quotes", "speakers", "entities",
                "time_expressions");
        JsonNode title = o.get("quotes").get(0);
        assertThat(title.get("where").asText()).isEqualTo("title");
        JsonNode q = o.get("quotes").get(1);
        assertThat(q.fieldNames()).toIterable().containsExactly("text", "start", "end", "kind", "cue", "cue_start",
                "cue_end", "speaker", "said_on", "where");
        assertThat(q.get("speaker").fieldNames()).toIterable().containsExactly("name", "mention", "mention_start",
                "mention_end", "type", "title");
        assertThat(text.substring(q.get("cue_start").asInt(), q.get("cue_end").asInt())).isEqualTo(
                q.get("cue").asText());
        assertThat(q.get("said_on").asText()).isEqualTo("2024-01-22");
        JsonNode kerr = o.get("speakers").get(0);
        assertThat(kerr.get("name").asText()).isEqualTo("Ada Kerr");
        assertThat(kerr.get("mentions").size()).isGreaterThanOrEqualTo(2);
        JsonNode t = o.get("time_expressions").get(0);
        assertThat(t.get("value").asText()).isEqualTo("2024-01-22");
        assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
    }
}
