package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality gate's floors, kept in the repository ({@code eval/floors.json}): figure name to minimum value. Floors
 * only go up: raise one when a change lifts its figure for good, never lower one to let a change through.
 */
public record Floors(Map<String, Double> floors) {

    public Floors {
        floors = Map.copyOf(floors);
    }

    public static Floors read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Double> m = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("floors").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            m.put(e.getKey(), e.getValue().asDouble());
        }
        return new Floors(m);
    }

    /** One line per figure that misses its floor (or was not measured); empty when the gate passes. */
    public List<String> violations(Map<String, Double> figures) {
        List<String> out = new ArrayList<>();
        floors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Double v = figures.get(e.getKey());
            if (v == null) {
                out.add(e.getKey() + ": not measured (floor " + e.getValue() + ")");
            } else if (v < e.getValue() - 1e-9) {
                out.add(String.format("%s: %.4f is below the floor %.4f", e.getKey(), v, e.getValue()));
            }
        });
        return out;
    }
}
