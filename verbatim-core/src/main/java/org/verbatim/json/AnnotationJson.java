package org.verbatim.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.verbatim.model.Annotation;
import org.verbatim.model.Entity;
import org.verbatim.model.Mention;
import org.verbatim.model.Quote;
import org.verbatim.model.Speaker;
import org.verbatim.model.TimeExpression;

/**
 * The JSON contract for an {@link Annotation}: snake_case keys in a fixed order.
 *
 * <ul>
 *   <li>{@code quotes: [{text, start, end, kind, cue, cue_start, cue_end, speaker, said_on, where}]} with
 *       {@code kind} one of direct|indirect|mixed|block, {@code speaker: {name, mention, mention_start,
 *       mention_end, type, title}} or {@code null}; {@code where} is {@code text} (offsets into the text) or
 *       {@code title} (offsets into the title);</li>
 *   <li>{@code speakers: [{name, title, type, mentions: [{text, start, end}]}]};</li>
 *   <li>{@code entities: [{name, type, mentions: [{text, start, end}]}]};</li>
 *   <li>{@code time_expressions: [{text, start, end, value}]}.</li>
 * </ul>
 * Offsets are Java {@code char} offsets; absent values are {@code null}.
 */
public final class AnnotationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnnotationJson() {
    }

    /** Adds {@code quotes, speakers, entities, time_expressions} to {@code o}. */
    public static ObjectNode putInto(ObjectNode o, Annotation a) {
        ArrayNode qs = o.putArray("quotes");
        a.quotes().forEach(q -> quote(qs.addObject(), q));
        ArrayNode sp = o.putArray("speakers");
        a.speakers().forEach(s -> speaker(sp.addObject(), s));
        ArrayNode es = o.putArray("entities");
        a.entities().forEach(e -> entity(es.addObject(), e));
        ArrayNode ts = o.putArray("time_expressions");
        a.timeExpressions().forEach(t -> time(ts.addObject(), t));
        return o;
    }

    /** A new object holding the annotation. */
    public static ObjectNode toNode(Annotation a) {
        return putInto(MAPPER.createObjectNode(), a);
    }

    private static void quote(ObjectNode o, Quote q) {
        o.put("text", q.text());
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        o.put("kind", q.kind().id());
        o.put("cue", q.cue());
        putNullable(o, "cue_start", q.cueSpan() == null ? null : q.cueSpan().start());
        putNullable(o, "cue_end", q.cueSpan() == null ? null : q.cueSpan().end());
        if (q.speaker() == null && q.speakerMention() == null) {
            o.putNull("speaker");
        } else {
            ObjectNode s = o.putObject("speaker");
            Speaker sp = q.speaker();
            Mention m = q.speakerMention();
            s.put("name", sp == null ? null : sp.name());
            s.put("mention", m == null ? null : m.text());
            putNullable(s, "mention_start", m == null ? null : m.span().start());
            putNullable(s, "mention_end", m == null ? null : m.span().end());
            s.put("type", sp == null ? "unknown" : sp.type().id());
            s.put("title", sp == null ? null : sp.title());
        }
        o.put("said_on", q.saidOn());
        o.put("where", q.where().id());
    }

    private static void speaker(ObjectNode o, Speaker s) {
        o.put("name", s.name());
        o.put("title", s.title());
        o.put("type", s.type().id());
        mentions(o.putArray("mentions"), s.mentions());
    }

    private static void entity(ObjectNode o, Entity e) {
        o.put("name", e.name());
        o.put("type", e.type().id());
        mentions(o.putArray("mentions"), e.mentions());
    }

    private static void time(ObjectNode o, TimeExpression t) {
        o.put("text", t.text());
        o.put("start", t.span().start());
        o.put("end", t.span().end());
        o.put("value", t.value());
        o.put("where", t.where().id());
    }

    private static void mentions(ArrayNode a, Iterable<Mention> ms) {
        for (Mention m : ms) {
            ObjectNode o = a.addObject();
            o.put("text", m.text());
            o.put("start", m.span().start());
            o.put("end", m.span().end());
            o.put("where", m.where().id());
        }
    }

    private static void putNullable(ObjectNode o, String key, Integer v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
