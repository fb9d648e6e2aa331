package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Span;

/**
 * The character spans of a PolNeAR-format document's gold attributions ({@code quotes}: {@code cue_spans},
 * {@code quote_spans}, {@code speaker_spans}, each a list of {@code [start, end)} pairs), as training and the miss
 * analysis read them. Empty pairs are dropped.
 */
public final class GoldSpans {
    private GoldSpans() {
    }

    /** Per gold attribution: its cue spans, content spans and source spans, in that order. */
    @SuppressWarnings("unchecked")
    public static List<List<Span>[]> attributions(JsonNode quotes) {
        List<List<Span>[]> out = new ArrayList<>();
        for (JsonNode q : quotes) {
            out.add(new List[] {spans(q.get("cue_spans")), spans(q.get("quote_spans")), spans(q.get("speaker_spans"))});
        }
        return out;
    }

    /** The non-empty spans of a list of {@code [start, end)} pairs; none for a missing or null field. */
    public static List<Span> spans(JsonNode pairs) {
        List<Span> out = new ArrayList<>();
        if (pairs != null && !pairs.isNull()) {
            for (JsonNode s : pairs) {
                int a = s.get(0).asInt();
                int b = s.get(1).asInt();
                if (b > a) {
                    out.add(new Span(a, b));
                }
            }
        }
        return out;
    }

    /** Whether {@code s} overlaps one of {@code spans}. */
    public static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span t : spans) {
            if (t.overlaps(s)) {
                return true;
            }
        }
        return false;
    }
}
