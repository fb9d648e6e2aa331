package org.verbatim.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Page;

/** Scraped plain text to article. PLACEHOLDER: replaced by the text extractor. */
public final class TextExtractor implements Extractor {
    @Override
    public Article extract(Page page) {
        String text = new String(page.content(), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (String para : text.split("\\n\\s*\\n")) {
            if (!para.isBlank()) {
                blocks.add(Block.paragraph(para));
            }
        }
        return Article.builder().source(page.source()).url(page.url()).blocks(blocks).build();
    }
}
