package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.verbatim.extract.html.Pages;
import org.verbatim.extract.html.meta.PageIndex;

/** Test pages for the furniture finders: a body's DOM analysis, and the segments a finder leaves. */
final class Furnished {
    private Furnished() {
    }

    /** The DOM pass over a page whose body is {@code body}. */
    static DomAnalyzer.Analysis analysis(String body) {
        Document doc = Jsoup.parse(Pages.page("<title>t</title>", body));
        return DomAnalyzer.analyze(doc.body(), PageIndex.ofHead(doc, Pages.TODAY));
    }

    /**
     * The texts of the segments a finder does not mark, every segment kept.
     *
     * @param finder which of the (all kept) segments of the analysis lie in furniture
     */
    static List<String> left(String body, BiFunction<DomAnalyzer.Analysis, boolean[], boolean[]> finder) {
        DomAnalyzer.Analysis a = analysis(body);
        List<Segment> s = a.segments();
        boolean[] kept = new boolean[s.size()];
        Arrays.fill(kept, true);
        boolean[] marked = finder.apply(a, kept);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!marked[i]) {
                out.add(s.get(i).text());
            }
        }
        return out;
    }
}
