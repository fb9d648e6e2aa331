package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.enrich.QuoteModels;

class QuoteMissesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A document in the PolNeAR format with gold attributions given as (cue, content) substrings of its text. */
    private static JsonNode doc(String text, String... cueAndContent) {
        ObjectNode d = JSON.createObjectNode();
        d.put("doc_id", "generated");
        d.put("text", text);
        ArrayNode quotes = d.putArray("quotes");
        for (int i = 0; i < cueAndContent.length; i += 2) {
            ObjectNode q = quotes.addObject();
            int c = text.indexOf(cueAndContent[i]);
            int s = text.indexOf(cueAndContent[i + 1]);
            q.putArray("cue_spans").addArray().add(c).add(c + cueAndContent[i].length());
            q.putArray("quote_spans").addArray().add(s).add(s + cueAndContent[i + 1].length());
            q.putArray("speaker_spans");
            q.putNull("speaker_text");
            q.put("kind", "indirect");
        }
        return d;
    }

    @Test
    void aFoundAttributionIsNoMissAndACueOfFunctionWordsHasNoCandidate() {
        JsonNode d = doc("The mayor, Anna Berrick, said on Monday that the bridge would reopen in March. "
                        + "The view from the hill is as good as ever.",
                "said", "that the bridge would reopen in March", "is as", "The view from the hill");
        QuoteMisses.Table t = QuoteMisses.analyse(List.of(d), QuoteModels.fromClassPath(), "en",
                QuoteMisses.table(), 1);
        String table = t.describe(0);
        assertThat(table).startsWith("gold 2, found (overlap) 1");
        assertThat(table).containsPattern("\\(a\\) no cue candidate/function word\\s+1");
        assertThat(table).doesNotContain("(b)").doesNotContain("(c)");
    }
}
