package org.verbatim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.index.Ids;
import org.verbatim.json.AnnotationJson;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;
import org.verbatim.model.Speaker;
import org.verbatim.model.Where;

/**
 * The article as the web app shows it: the Article JSON contract plus the annotation ({@link AnnotationJson}), each
 * quote and speaker with an {@code id} and a colour {@code index}, and {@code segments}: per block, its text cut into
 * spans {@code {text, quote?}} so a client marks quotes by building text nodes, never by parsing HTML.
 */
final class ArticleView {
    /** Blocks of {@code Article.text()} are joined by this separator; quote offsets count it. */
    static final String BLOCK_SEPARATOR = "\n\n";

    private ArticleView() {
    }

    /**
     * {@code url} when it is an http(s) address, else {@code null}: what a page declares ({@code javascript:},
     * {@code data:}, {@code file:} addresses) never reaches an API client as a link.
     */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url : null;
    }

    /** Nulls every page-derived address of an Article JSON object that is not http(s), in place. */
    static ObjectNode webUrls(ObjectNode article) {
        for (String key : List.of("url", "canonical_url")) {
            if (article.hasNonNull(key)) {
                String v = webUrl(article.get(key).asText());
                if (v == null) {
                    article.putNull(key);
                }
            }
        }
        if (article.get("image") instanceof ObjectNode image && image.hasNonNull("url")
                && webUrl(image.get("url").asText()) == null) {
            article.putNull("image"); // an image without an address is no image
        }
        return article;
    }

    /** Adds the annotation and the segments to {@code article} (an Article JSON object), in place. */
    static ObjectNode annotate(ObjectNode article, Annotation a) {
        AnnotationJson.putInto(article, a);
        Map<String, Integer> speakerIndex = new HashMap<>();
        Map<String, Integer> quoteCount = new HashMap<>();
        for (Quote q : a.quotes()) {
            if (q.speaker() != null) {
                quoteCount.merge(q.speaker().name(), 1, Integer::sum);
            }
        }
        ArrayNode speakers = (ArrayNode) article.get("speakers");
        for (int i = 0; i < a.speakers().size(); i++) {
            Speaker s = a.speakers().get(i);
            speakerIndex.putIfAbsent(s.name(), i);
            ObjectNode sn = (ObjectNode) speakers.get(i);
            sn.put("id", Ids.of(s.name()));
            sn.put("index", i);
            sn.put("quote_count", quoteCount.getOrDefault(s.name(), 0));
        }
        ArrayNode quotes = (ArrayNode) article.get("quotes");
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            JsonNode sp = quotes.get(i).get("speaker");
            if (q.speaker() != null && sp instanceof ObjectNode so) {
                so.put("id", Ids.of(q.speaker().name()));
                so.put("index", speakerIndex.getOrDefault(q.speaker().name(), -1));
            }
        }
        ArrayNode entities = (ArrayNode) article.get("entities");
        for (JsonNode e : entities) {
            ((ObjectNode) e).put("id", Ids.of(e.path("name").asText()));
        }
        article.set("segments", segments(article.path("blocks"), a.quotes()));
        return article;
    }

    /**
     * Each block's text as consecutive spans covering it exactly; a span inside a quote of the text carries the
     * quote's index in {@code quotes}. Overlapping quotes: the earlier one wins.
     */
    static ArrayNode segments(JsonNode blocks, List<Quote> quotes) {
        ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        List<int[]> marks = new ArrayList<>(); // {start, end, quote index}, sorted, non-overlapping
        int lastEnd = -1;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.where() == Where.TEXT && q.span().start() >= lastEnd) {
                marks.add(new int[] {q.span().start(), q.span().end(), i});
                lastEnd = q.span().end();
            }
        }
        int offset = 0;
        int m = 0;
        for (JsonNode b : blocks) {
            String text = b.path("text").asText("");
            int start = offset;
            int end = offset + text.length();
            ArrayNode spans = out.addArray();
            int pos = start;
            while (m < marks.size() && marks.get(m)[1] <= start) {
                m++;
            }
            for (int k = m; k < marks.size() && marks.get(k)[0] < end; k++) {
                int qs = Math.max(marks.get(k)[0], start);
                int qe = Math.min(marks.get(k)[1], end);
                if (qs > pos) {
                    spans.addObject().put("text", text.substring(pos - start, qs - start));
                }
                if (qe > qs) {
                    spans.addObject().put("text", text.substring(qs - start, qe - start)).put("quote", marks.get(k)[2]);
                }
                pos = Math.max(pos, qe);
            }
            if (pos < end) {
                spans.addObject().put("text", text.substring(pos - start));
            }
            offset = end + BLOCK_SEPARATOR.length();
        }
        return out;
    }

    /** The body text of an Article JSON object, as {@code Article.text()} joins it. */
    static String text(JsonNode article) {
        List<String> parts = new ArrayList<>();
        for (JsonNode b : article.path("blocks")) {
            parts.add(b.path("text").asText(""));
        }
        return String.join(BLOCK_SEPARATOR, parts);
    }
}
