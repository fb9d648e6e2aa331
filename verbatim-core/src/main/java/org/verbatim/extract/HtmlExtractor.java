package org.verbatim.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Page;

/** HTML to article. PLACEHOLDER: replaced by the extraction cascade. */
public final class HtmlExtractor implements Extractor {
    @Override
    public Article extract(Page page) {
        Document doc = Jsoup.parse(new String(page.content(), StandardCharsets.UTF_8), page.url() == null ? "" : page.url());
        List<Block> blocks = new ArrayList<>();
        for (Element p : doc.select("p")) {
            if (!p.text().isBlank()) {
                blocks.add(Block.paragraph(p.text()));
            }
        }
        return Article.builder().source(page.source()).url(page.url()).title(doc.title()).blocks(blocks).build();
    }
}
