package org.verbatim.extract.html.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page, flattened: top-level arrays, {@code @graph} members and their nested
 * {@code mainEntity} objects all become one list. Scripts that do not parse are skipped (and counted).
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();
    /** Flattening stops after this many objects (defensive bound for hostile pages). */
    private static final int MAX_OBJECTS = 500;
    /** Fields whose objects are flattened into the list too. */
    private static final List<String> NESTED = List.of("@graph", "mainEntity", "mainEntityOfPage");

    private JsonLd() {
    }

    /** Flattened objects, document order. */
    static List<JsonNode> objects(List<Element> scripts, List<String> warnings) {
        List<JsonNode> out = new ArrayList<>();
        int failures = 0;
        for (Element script : scripts) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(MAPPER.readTree(json), out);
            } catch (Exception e) {
                failures++;
            }
        }
        if (failures > 0) {
            warnings.add("skipped " + failures + " unparsable JSON-LD script(s)");
        }
        return out;
    }

    private static void flatten(JsonNode root, List<JsonNode> out) {
        ArrayDeque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                for (String nested : NESTED) {
                    JsonNode child = n.get(nested);
                    if (child != null && (child.isObject() || child.isArray())) {
                        todo.add(child);
                    }
                }
            }
        }
    }

    /** True when the object's {@code @type} (string or array) names an article-like type. */
    static boolean isArticle(JsonNode o) {
        for (String t : types(o)) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.contains("article") || l.contains("posting") || l.equals("report") || l.equals("liveblogposting")) {
                return true;
            }
        }
        return false;
    }

    static List<String> types(JsonNode o) {
        JsonNode t = o.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else {
            out.add(t.asText());
        }
        return out;
    }

    /** A string value: text, the first element of an array, or the {@code name}/{@code @value} of an object. */
    static String string(JsonNode o, String field) {
        JsonNode v = o == null ? null : o.get(field);
        return asString(v);
    }

    static String asString(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : asString(v.get(0));
        }
        if (v.isObject()) {
            String s = asString(v.get("name"));
            return s != null ? s : asString(v.get("@value"));
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** All name strings of a field that may be a string, an object with {@code name}, or an array of them. */
    static List<String> names(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = asString(x);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            String s = asString(v);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
