package org.verbatim.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Quote;
import org.verbatim.model.QuoteKind;
import org.verbatim.model.Span;
import org.verbatim.model.Where;

/** Segments cover each block exactly and mark exactly the quoted characters; snippet spans keep the text. */
class ArticleViewTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void segmentsCoverBlocksAndMarkQuotes(long seed) {
        Random r = new Random(seed);
        ArrayNode blocks = JsonNodeFactory.instance.arrayNode();
        List<String> texts = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
            String t = "b" + i + "x".repeat(r.nextInt(40));
            texts.add(t);
            blocks.addObject().put("type", "paragraph").put("text", t);
        }
        String text = String.join(ArticleView.BLOCK_SEPARATOR, texts);
        List<Quote> quotes = new ArrayList<>();
        int pos = 0;
        while (pos < text.length() - 2) {
            int s = pos + r.nextInt(Math.max(1, Math.min(15, text.length() - pos - 1)));
            int e = Math.min(text.length(), s + 1 + r.nextInt(30));
            if (s >= e) {
                break;
            }
            quotes.add(new Quote("q", new Span(s, e), QuoteKind.DIRECT, null, null, null, null, null, Where.TEXT));
            pos = e + r.nextInt(5);
        }
        ArrayNode seg = ArticleView.segments(blocks, quotes);
        boolean[] quoted = new boolean[text.length()];
        quotes.forEach(q -> {
            for (int i = q.span().start(); i < q.span().end(); i++) {
                quoted[i] = true;
            }
        });
        int offset = 0;
        for (int b = 0; b < texts.size(); b++) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode s : seg.get(b)) {
                String t = s.path("text").asText();
                assertThat(t).isNotEmpty();
                for (int i = 0; i < t.length(); i++) {
                    assertThat(s.has("quote")).as("char %d of block %d", sb.length() + i, b)
                            .isEqualTo(quoted[offset + sb.length() + i]);
                }
                sb.append(t);
            }
            assertThat(sb.toString()).isEqualTo(texts.get(b));
            offset += texts.get(b).length() + ArticleView.BLOCK_SEPARATOR.length();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "\uE000hit\uE001 after", "a \uE000b\uE001 c \uE000d\uE001", "\uE000open only",
            "<b>x</b> \uE000<script>\uE001"})
    void snippetSpansKeepEveryCharacter(String marked) {
        ArrayNode spans = Api.snippet(marked);
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.path("text").asText()));
        assertThat(sb.toString()).isEqualTo(marked.replace(Api.OPEN, "").replace(Api.CLOSE, ""));
        long hits = marked.chars().filter(c -> c == '\uE000').count();
        assertThat(spans.findValues("hit").stream().filter(JsonNode::asBoolean).count()).isEqualTo(hits);
    }
}
