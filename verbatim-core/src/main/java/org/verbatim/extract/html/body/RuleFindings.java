package org.verbatim.extract.html.body;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.verbatim.extract.html.dom.BlockWriter;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.TextCollector;
import org.verbatim.extract.html.meta.PageIndex;
import org.verbatim.extract.html.meta.PageMetadata;
import org.verbatim.model.Block;

/**
 * What the rule cascade found on one page: the DOM pass's analysis, the page index and metadata, the content root and
 * the standfirst; and the rules' body, written only when asked for ({@link #blocks}): the content model's body is taken
 * wherever it keeps anything, so on most pages the rules' body is never read, and its writing and polishing (about a
 * twentieth of extraction's cost) and its warnings are left out.
 *
 * @param analysis   the DOM pass over the page's body
 * @param index      what the DOM pass indexed for metadata
 * @param meta       the page's metadata
 * @param root       the content root the rules chose, {@code null} when none
 * @param standfirst the chosen standfirst, {@code null} when none
 * @param shown      whether the standfirst is shown on the page (not only in its description)
 * @param dek        the text the body must not repeat as its first paragraph, {@code null} when none
 * @param body       the holder of the rules' body, written on first use
 */
public record RuleFindings(DomAnalyzer.Analysis analysis, PageIndex index, PageMetadata meta, Element root,
                           String standfirst, boolean shown, String dek, Body body) {
    /** A complete JSON-LD articleBody replaces the DOM text when that is shorter than this share of it. */
    static final double LD_BODY_SHARE = 0.6;

    /** The findings, with a rules' body that adds its warnings to {@code warnings} when it is written. */
    public static RuleFindings of(DomAnalyzer.Analysis analysis, PageIndex index, PageMetadata meta, Element root,
                                  String standfirst, boolean shown, String dek, List<String> warnings) {
        return new RuleFindings(analysis, index, meta, root, standfirst, shown, dek, new Body(warnings));
    }

    /**
     * The rules' body, written and polished on the first call (which adds its warnings, such as a body taken from
     * JSON-LD, to the page's); the JSON-LD {@code articleBody} when the markup gives much less.
     */
    public List<Block> blocks() {
        return body.get(this);
    }

    /** The rules' body of one page, written once, on first use. */
    public static final class Body {
        private final List<String> warnings;
        private List<Block> blocks;

        private Body(List<String> warnings) {
            this.warnings = warnings;
        }

        private List<Block> get(RuleFindings r) {
            if (blocks == null) {
                BlockWriter.Written written = bodyBlocks(r.root(), r.analysis(), warnings);
                PageMetadata meta = r.meta();
                List<Block> polished = BodyPolisher.polish(written.blocks(), meta.title(), meta.headline(), r.dek(),
                        written.firstStandsApart() ? meta.description() : null);
                blocks = ldFallback(polished, meta.articleBody(), warnings);
            }
            return blocks;
        }
    }

    private static BlockWriter.Written bodyBlocks(Element root, DomAnalyzer.Analysis analysis,
                                                  List<String> warnings) {
        if (root == null) {
            warnings.add("no main content found");
            return new BlockWriter.Written(List.of(), false);
        }
        return BlockWriter.write(root, analysis);
    }

    /** Uses a complete JSON-LD articleBody when the markup gave much less text. */
    private static List<Block> ldFallback(List<Block> blocks, String articleBody, List<String> warnings) {
        if (articleBody == null || articleBody.endsWith("...") || articleBody.endsWith("…")) {
            return blocks;
        }
        int domChars = 0;
        for (Block bl : blocks) {
            domChars += bl.text().length();
        }
        if (domChars >= LD_BODY_SHARE * articleBody.length()) {
            return blocks;
        }
        warnings.add("body taken from JSON-LD articleBody");
        return paragraphsOf(articleBody);
    }

    /** Paragraphs of a JSON-LD articleBody: plain text split at line breaks, or HTML split at its blocks. */
    static List<Block> paragraphsOf(String articleBody) {
        String text = articleBody;
        if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') >= 0) {
            text = TextCollector.text(Jsoup.parseBodyFragment(articleBody).body());
        }
        List<Block> out = new ArrayList<>();
        for (String para : text.split("\\s*\\n\\s*")) {
            String t = TextCollector.normalize(Parser.unescapeEntities(para, false));
            if (!t.isBlank()) {
                out.add(Block.paragraph(t));
            }
        }
        return out;
    }
}
