package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements metadata reading needs, gathered in one iterative pass over the whole document (instead of one
 * selector scan per field).
 */
final class PageIndex {
    final List<Element> metas = new ArrayList<>();
    final List<Element> ldScripts = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    Element canonical;

    static PageIndex of(Document doc) {
        PageIndex ix = new PageIndex();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                ix.visit(e);
            }
        }, doc);
        return ix;
    }

    private void visit(Element e) {
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "h1" -> h1s.add(e);
            case "time" -> {
                if (e.hasAttr("datetime")) {
                    times.add(e);
                }
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    ldScripts.add(e);
                }
            }
            case "link" -> {
                if (canonical == null && e.hasAttr("href") && e.attr("rel").equalsIgnoreCase("canonical")) {
                    canonical = e;
                }
            }
            default -> {
            }
        }
    }
}
