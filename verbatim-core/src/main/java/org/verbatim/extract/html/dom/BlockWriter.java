package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

/**
 * Turns the chosen content subtree into body blocks in one iterative pass: leaf blocks (paragraphs, headings,
 * lists, quotes, tables, figure captions, preformatted text) become one {@link Block} each; loose inline text
 * between blocks becomes a paragraph; link-dense leaf blocks are dropped.
 */
public final class BlockWriter implements NodeFilter {
    /** A paragraph or list with more than this share of its text in links is navigation, not body. */
    static final double MAX_BLOCK_LINK_DENSITY = 0.5;

    private final DomAnalyzer.Analysis analysis;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder inline = new StringBuilder();
    /** The first two {@code <p>} elements written. */
    private final List<Element> paragraphs = new ArrayList<>(2);

    private BlockWriter(DomAnalyzer.Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * The blocks, and whether the first paragraph stands apart from the next one (another parent element, or a
     * dek-like class): only such a paragraph may be a standfirst that merely repeats the meta description.
     */
    public record Written(List<Block> blocks, boolean firstStandsApart) {
    }

    public static Written write(Element root, DomAnalyzer.Analysis analysis) {
        BlockWriter w = new BlockWriter(analysis);
        NodeTraversor.filter(w, root);
        w.flush();
        return new Written(w.blocks, w.firstStandsApart());
    }

    private boolean firstStandsApart() {
        if (paragraphs.isEmpty()) {
            return false;
        }
        Element first = paragraphs.get(0);
        NodeStats s = analysis.stats().get(first);
        if (s != null && (s.hints & (Hints.DEK | Hints.WEAK)) != 0) {
            return true;
        }
        return paragraphs.size() < 2 || paragraphs.get(1).parent() != first.parent();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            inline.append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        switch (tag) {
            case "br" -> inline.append('\n');
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                if (tag.equals("h1") || !linkDense(e)) {
                    add(BlockType.HEADING, TextCollector.text(e).replace('\n', ' '), tag.charAt(1) - '0');
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            case "p" -> {
                flush();
                if (!linkDense(e)) {
                    int before = blocks.size();
                    add(BlockType.PARAGRAPH, TextCollector.text(e), null);
                    if (blocks.size() > before && paragraphs.size() < 2) {
                        paragraphs.add(e);
                    }
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            case "pre" -> {
                flush();
                add(BlockType.PREFORMATTED, TextCollector.preformatted(e), null);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "ul", "ol", "dl" -> {
                flush();
                if (!linkDense(e)) {
                    add(BlockType.LIST, listText(e), null);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            case "blockquote" -> {
                flush();
                add(BlockType.QUOTE, TextCollector.text(e), null);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "figure", "figcaption" -> {
                flush();
                Element cap = tag.equals("figcaption") ? e : e.getElementsByTag("figcaption").first();
                if (cap != null) {
                    add(BlockType.FIGURE, TextCollector.text(cap).replace('\n', ' '), null);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            case "table" -> {
                flush();
                if (isLayoutTable(e)) {
                    return FilterResult.CONTINUE;
                }
                add(BlockType.TABLE, tableText(e), null);
                return FilterResult.SKIP_ENTIRELY;
            }
            default -> {
                if (DomAnalyzer.isBlock(tag)) {
                    flush();
                }
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && DomAnalyzer.isBlock(e.normalName())) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    private boolean linkDense(Element e) {
        NodeStats s = analysis.stats().get(e);
        return s != null && s.linkDensity() > MAX_BLOCK_LINK_DENSITY;
    }

    private boolean isLayoutTable(Element table) {
        NodeStats s = analysis.stats().get(table);
        return s != null && (s.paras > 1 || s.tables > 1); // counts from the analysis: no subtree re-scan
    }

    private void flush() {
        if (inline.isEmpty()) {
            return;
        }
        String text = TextCollector.normalize(inline);
        inline.setLength(0);
        add(BlockType.PARAGRAPH, text, null);
    }

    private void add(BlockType type, String text, Integer level) {
        if (!text.isBlank()) {
            blocks.add(new Block(type, text, level));
        }
    }

    private static String listText(Element list) {
        StringBuilder sb = new StringBuilder();
        for (Element item : list.children()) {
            String t = TextCollector.text(item).replace('\n', ' ');
            if (!t.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static String tableText(Element table) {
        StringBuilder sb = new StringBuilder();
        for (Element row : table.getElementsByTag("tr")) {
            StringBuilder line = new StringBuilder();
            for (Element cell : row.children()) {
                String t = TextCollector.text(cell).replace('\n', ' ');
                if (!t.isEmpty()) {
                    if (!line.isEmpty()) {
                        line.append(" | ");
                    }
                    line.append(t);
                }
            }
            if (!line.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(line);
            }
        }
        return sb.toString();
    }
}
