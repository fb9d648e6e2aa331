package org.verbatim.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.verbatim.model.Annotation;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;
import org.verbatim.model.Entity;
import org.verbatim.model.EntityType;
import org.verbatim.model.Image;
import org.verbatim.model.Mention;
import org.verbatim.model.PageType;
import org.verbatim.model.Quote;
import org.verbatim.model.QuoteKind;
import org.verbatim.model.Span;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;
import org.verbatim.model.Timestamp;
import org.verbatim.model.Where;

/**
 * Reads the Article JSON contract of {@link ArticleJson} back into an {@link Article}, who-said-what included, so that
 * articles extracted elsewhere (a Spark job's output, an index's stored JSON) need not be extracted again. What
 * {@link ArticleJson} writes, this reads: {@code ArticleJson.toNode(read(ArticleJson.toNode(a)))} equals
 * {@code ArticleJson.toNode(a)}. {@code text} is not read: it is the blocks joined. Unknown keys are ignored.
 *
 * <p>Throws {@link IllegalArgumentException} with the key and the reason for JSON that breaks the contract (a blank
 * quote, an unknown block type, a date that is not ISO).
 */
public final class ArticleJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ArticleJsonReader() {
    }

    /** One article from one JSON line (or document). */
    public static Article read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static Article read(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("an article is a JSON object");
        }
        String pageType = text(o, "page_type");
        return Article.builder()
                .source(text(o, "source")).url(text(o, "url")).canonicalUrl(text(o, "canonical_url"))
                .title(text(o, "title")).standfirst(text(o, "standfirst"))
                .authors(strings(o, "authors")).agencies(strings(o, "agencies")).credits(strings(o, "credits"))
                .published(timestamp(o, "published"))
                .publishedIsUpdate(o.path("published_is_update").asBoolean(false))
                .modified(timestamp(o, "modified"))
                .siteName(text(o, "site_name")).language(text(o, "language")).section(text(o, "section"))
                .tags(strings(o, "tags")).image(image(o.get("image")))
                .paywalled(o.hasNonNull("paywalled") ? o.get("paywalled").asBoolean() : null)
                .pageType(pageType == null ? null : PageType.of(pageType),
                        pageType == null ? null : o.path("page_type_confidence").asDouble())
                .blocks(list(o, "blocks", ArticleJsonReader::block))
                .warnings(strings(o, "warnings"))
                .annotation(annotation(o))
                .build();
    }

    /** The who-said-what keys of {@link AnnotationJson}; an object without them gives an empty annotation. */
    public static Annotation annotation(JsonNode o) {
        List<Speaker> speakers = list(o, "speakers", ArticleJsonReader::speaker);
        Map<String, Speaker> byName = new HashMap<>();
        speakers.forEach(s -> byName.putIfAbsent(s.name(), s));
        return new Annotation(list(o, "quotes", q -> quote(q, byName)), speakers,
                list(o, "entities", ArticleJsonReader::entity), list(o, "time_expressions", ArticleJsonReader::time));
    }

    private static Block block(JsonNode b) {
        return new Block(BlockType.fromId(required(b, "type")), required(b, "text"),
                b.hasNonNull("level") ? b.get("level").asInt() : null);
    }

    private static Quote quote(JsonNode q, Map<String, Speaker> speakers) {
        Where where = where(q);
        String cue = text(q, "cue");
        Span cueSpan = cue == null ? null : new Span(q.path("cue_start").asInt(), q.path("cue_end").asInt());
        Speaker speaker = null;
        Mention mention = null;
        JsonNode s = q.get("speaker");
        if (s != null && s.isObject()) {
            String name = text(s, "name");
            if (name != null) {
                speaker = speakers.getOrDefault(name, new Speaker(name, text(s, "title"),
                        entityType(text(s, "type")), List.of()));
            }
            String m = text(s, "mention");
            if (m != null) {
                mention = new Mention(m, new Span(s.path("mention_start").asInt(), s.path("mention_end").asInt()),
                        where);
            }
        }
        return new Quote(required(q, "text"), span(q), kind(required(q, "kind")), cue, cueSpan, speaker, mention,
                text(q, "said_on"), where);
    }

    private static Speaker speaker(JsonNode s) {
        return new Speaker(required(s, "name"), text(s, "title"), entityType(text(s, "type")),
                list(s, "mentions", ArticleJsonReader::mention));
    }

    private static Entity entity(JsonNode e) {
        return new Entity(required(e, "name"), entityType(text(e, "type")),
                list(e, "mentions", ArticleJsonReader::mention));
    }

    private static TimeExpression time(JsonNode t) {
        return new TimeExpression(required(t, "text"), span(t), text(t, "value"), where(t));
    }

    private static Mention mention(JsonNode m) {
        return new Mention(required(m, "text"), span(m), where(m));
    }

    private static Image image(JsonNode i) {
        if (i == null || !i.isObject() || !i.hasNonNull("url")) {
            return null;
        }
        return new Image(i.get("url").asText(), text(i, "caption"), text(i, "credit"));
    }

    private static Span span(JsonNode o) {
        return new Span(o.path("start").asInt(), o.path("end").asInt());
    }

    private static Where where(JsonNode o) {
        String w = text(o, "where");
        if (w == null) {
            return Where.TEXT;
        }
        for (Where v : Where.values()) {
            if (v.id().equals(w)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown where: " + w);
    }

    private static QuoteKind kind(String id) {
        for (QuoteKind k : QuoteKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown quote kind: " + id);
    }

    private static EntityType entityType(String id) {
        for (EntityType t : EntityType.values()) {
            if (t.id().equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return EntityType.UNKNOWN;
    }

    private static Timestamp timestamp(JsonNode o, String key) {
        String v = text(o, key);
        try {
            return v == null ? null : Timestamp.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " is not an ISO date: " + v, e);
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode o, String key) {
        String v = text(o, key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }

    private static List<String> strings(JsonNode o, String key) {
        return list(o, key, JsonNode::asText);
    }

    private static <T> List<T> list(JsonNode o, String key, Function<JsonNode, T> item) {
        JsonNode a = o.get(key);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new IllegalArgumentException(key + " is not an array");
        }
        List<T> out = new ArrayList<>(a.size());
        for (JsonNode n : a) {
            out.add(item.apply(n));
        }
        return out;
    }
}
