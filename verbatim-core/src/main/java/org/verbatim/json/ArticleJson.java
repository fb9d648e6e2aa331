package org.verbatim.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Image;
import org.verbatim.model.Versions;

/**
 * The Article JSON contract: snake_case keys in a fixed order, absent values {@code null} or {@code []}.
 *
 * <p>Keys: {@code schema_version} (see {@link Versions#ARTICLE_SCHEMA} and CHANGELOG.md), {@code source, url,
 * canonical_url, title, standfirst, authors, agencies, credits, published, published_is_update, modified, site_name,
 * language, section, tags, image, paywalled, page_type, page_type_confidence, text, blocks, quotes, speakers, entities,
 * time_expressions, warnings, producer}; {@code producer} is {@code {verbatim, models: {name: version}}};
 * {@code image} is {@code {url, caption, credit}} or {@code null}; {@code paywalled} is {@code true}, {@code false} or
 * {@code null} (unknown); {@code page_type} is one of {@code article, listing, forum, product, collection,
 * documentation, service, other} (or {@code null} when the page was not classified) and {@code page_type_confidence}
 * the classifier's probability for it; a block is {@code {type, text}} plus {@code level} for headings; the who-said-what keys are
 * those of {@link AnnotationJson}.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleJson() {
    }

    public static ObjectNode toNode(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema_version", Versions.ARTICLE_SCHEMA);
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("canonical_url", a.canonicalUrl());
        o.put("title", a.title());
        o.put("standfirst", a.standfirst());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        ArrayNode agencies = o.putArray("agencies");
        a.agencies().forEach(agencies::add);
        ArrayNode credits = o.putArray("credits");
        a.credits().forEach(credits::add);
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("published_is_update", a.publishedIsUpdate());
        o.put("modified", a.modified() == null ? null : a.modified().toString());
        o.put("site_name", a.siteName());
        o.put("language", a.language());
        o.put("section", a.section());
        ArrayNode tags = o.putArray("tags");
        a.tags().forEach(tags::add);
        putImage(o, a.image());
        o.put("paywalled", a.paywalled());
        o.put("page_type", a.pageType() == null ? null : a.pageType().label());
        o.put("page_type_confidence", a.pageTypeConfidence());
        o.put("text", a.text());
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : a.blocks()) {
            ObjectNode bn = blocks.addObject();
            bn.put("type", b.type().id());
            bn.put("text", b.text());
            if (b.level() != null) {
                bn.put("level", b.level());
            }
        }
        AnnotationJson.putInto(o, a.annotation());
        ArrayNode warnings = o.putArray("warnings");
        a.warnings().forEach(warnings::add);
        putProducer(o);
        return o;
    }

    /** {@code producer}: {@code {verbatim, models: {name: version}}}, what wrote the record (see {@link Versions}). */
    public static void putProducer(ObjectNode o) {
        ObjectNode p = o.putObject("producer");
        p.put("verbatim", Versions.VERBATIM);
        ObjectNode m = p.putObject("models");
        Versions.modelVersions().forEach(m::put);
    }

    private static void putImage(ObjectNode o, Image image) {
        if (image == null) {
            o.putNull("image");
            return;
        }
        ObjectNode i = o.putObject("image");
        i.put("url", image.url());
        i.put("caption", image.caption());
        i.put("credit", image.credit());
    }

    /** One compact line, for JSONL. */
    public static String toLine(Article a) {
        return write(MAPPER, a);
    }

    /** Indented, for a single article. */
    public static String toPretty(Article a) {
        return write(PRETTY, a);
    }

    private static String write(ObjectMapper m, Article a) {
        try {
            return m.writeValueAsString(toNode(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article", e);
        }
    }
}
