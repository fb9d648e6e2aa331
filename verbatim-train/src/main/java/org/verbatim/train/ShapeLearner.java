package org.verbatim.train;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.verbatim.extract.text.LineShapes;
import org.verbatim.extract.text.TextFeatures;

/**
 * Learns {@link LineShapes} from labelled pages: for each line form (and two-word prefix) seen on pages of at least
 * {@link #MIN_SITES} sites, the smoothed log-odds that a page's lines of that form are content. Counting sites, not
 * pages, keeps one site's menu out of the table: only furniture (and story shapes) common to many sites gets in.
 * Also fills the three line-form columns of feature rows from a table.
 */
final class ShapeLearner {
    /** A form must occur on pages of at least this many sites. */
    static final int MIN_SITES = 3;
    /** At most this many forms of each kind are kept, the most frequent first. */
    static final int MAX_FORMS = 20000;
    static final int SHAPE = TextFeatures.LINE_NAMES.indexOf("shape_odds");
    static final int PREFIX = TextFeatures.LINE_NAMES.indexOf("prefix_odds");
    static final int SEEN = TextFeatures.LINE_NAMES.indexOf("shape_seen_log");

    private ShapeLearner() {
    }

    private static final class Count {
        int pages;
        int content;
        final Set<String> sites = new HashSet<>();
    }

    static LineShapes learn(List<TextData.Page> pages, double labelCut) {
        Map<String, Count> lines = new HashMap<>();
        Map<String, Count> prefixes = new HashMap<>();
        for (TextData.Page p : pages) {
            count(p, labelCut, LineShapes::lineForm, lines);
            count(p, labelCut, LineShapes::prefixForm, prefixes);
        }
        return new LineShapes(entries(lines), entries(prefixes));
    }

    /** Per page, each form once: content when most of the page's lines of that form are. */
    private static void count(TextData.Page p, double labelCut, Function<String, String> form, Map<String, Count> out) {
        Map<String, int[]> inPage = new HashMap<>();
        for (int i = 0; i < p.lines().size(); i++) {
            String f = form.apply(p.lines().get(i));
            if (f != null) {
                int[] c = inPage.computeIfAbsent(f, k -> new int[2]);
                c[0]++;
                c[1] += p.coverage()[i] >= labelCut ? 1 : 0;
            }
        }
        inPage.forEach((f, c) -> {
            Count n = out.computeIfAbsent(f, k -> new Count());
            n.pages++;
            n.content += 2 * c[1] > c[0] ? 1 : 0;
            n.sites.add(p.site());
        });
    }

    private static Map<String, LineShapes.Entry> entries(Map<String, Count> counts) {
        Map<String, LineShapes.Entry> out = new HashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue().sites.size() >= MIN_SITES)
                .sorted((a, b) -> a.getValue().pages != b.getValue().pages
                        ? Integer.compare(b.getValue().pages, a.getValue().pages) : a.getKey().compareTo(b.getKey()))
                .limit(MAX_FORMS).forEach(e -> {
                    Count c = e.getValue();
                    float odds = (float) Math.log((c.content + 0.5) / (c.pages - c.content + 0.5));
                    out.put(e.getKey(), new LineShapes.Entry(Math.round(odds * 1000) / 1000f, c.pages));
                });
        return out;
    }

    /** Writes the line-form columns of {@code p}'s rows (in place) as {@code shapes} sees its lines. */
    static void fill(TextData.Page p, LineShapes shapes) {
        for (int i = 0; i < p.lines().size(); i++) {
            LineShapes.Odds o = shapes.odds(p.lines().get(i));
            float[] r = p.rows()[i];
            r[SHAPE] = o.line();
            r[PREFIX] = o.prefix();
            r[SEEN] = (float) Math.log1p(o.seen());
        }
    }
}
