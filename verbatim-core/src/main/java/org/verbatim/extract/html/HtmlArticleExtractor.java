package org.verbatim.extract.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.html.body.BodyPolisher;
import org.verbatim.extract.html.body.ContentChooser;
import org.verbatim.extract.html.body.ContentFeatures;
import org.verbatim.extract.html.body.ContentLocator;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.extract.html.body.Explanation;
import org.verbatim.extract.html.body.PageFeatures;
import org.verbatim.extract.html.body.RuleFindings;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.Segment;
import org.verbatim.extract.html.meta.ArticleFacts;
import org.verbatim.extract.html.meta.MetadataReader;
import org.verbatim.extract.html.meta.PageIndex;
import org.verbatim.extract.html.meta.PageMetadata;
import org.verbatim.extract.html.meta.StandfirstChooser;
import org.verbatim.extract.html.meta.VisibleDates;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

/**
 * The HTML extraction cascade on decoded text: sanity check, parse, metadata, one pruning/measuring pass, content
 * root choice, block writing, polishing, and a JSON-LD {@code articleBody} fallback when the markup yields too little.
 */
public final class HtmlArticleExtractor {
    /** Share of control characters (in the sample) above which the input is treated as binary. */
    static final double MAX_CONTROL_SHARE = 0.05;
    static final int SAMPLE_CHARS = 8192;

    private HtmlArticleExtractor() {
    }

    /**
     * Extracts an article from decoded HTML with the given models; adds what went wrong to {@code warnings}.
     * {@code today} is the day the page is read (UTC): dates after it (with a day's slack) are not the page's.
     */
    public static Article extract(String html, String url, String source, List<String> warnings,
                                  ContentModels models, LocalDate today) {
        Article.Builder b = Article.builder().source(source).url(url);
        if (html == null || html.isBlank()) {
            warnings.add("empty input");
            return b.warnings(warnings).build();
        }
        if (looksBinary(html)) {
            warnings.add("binary content, not HTML");
            return b.warnings(warnings).build();
        }
        RuleFindings r = rules(html, url, today, warnings);
        PageMetadata meta = r.meta();
        ContentChooser.Choice chosen = ContentChooser.choose(r, url, models, warnings);
        List<Block> blocks = BodyPolisher.withoutRepeats(chosen.blocks(),
                chosen.type() != null && chosen.type() != org.verbatim.model.PageType.ARTICLE);
        if (BodyPolisher.furnitureOnly(blocks)) {
            warnings.add("only page furniture, no sentence: body left empty");
            blocks = List.of();
        } else if (BodyPolisher.headlineOnly(blocks, meta.title(), meta.headline())) {
            warnings.add("only the page's title or heading: body left empty");
            blocks = List.of();
        } else if (BodyPolisher.nameAndFurnitureOnly(blocks, meta.title(), meta.headline())) {
            warnings.add("only the page's name and furniture: body left empty");
            blocks = List.of();
        }
        String standfirst = r.standfirst();
        if (!r.shown() && !blocks.isEmpty() && StandfirstChooser.copiesLede(standfirst, blocks.get(0).text())
                && !(chosen.source().equals("model") && sameText(standfirst, blocks.get(0).text()))) {
            // the description merely copies the lede: it is body, not a standfirst (but the content model keeps a
            // standfirst paragraph as the body's first segment, as the wcxb-dev gold does: it stays a standfirst)
            standfirst = null;
        }
        if (blocks.isEmpty() && !warnings.contains("no main content found")) {
            warnings.add("no main content found");
        }
        return b.canonicalUrl(meta.canonicalUrl()).title(meta.title()).standfirst(standfirst).authors(meta.authors())
                .agencies(ArticleFacts.withDatelineAgencies(meta.agencies(), blocks, meta.siteName()))
                .credits(meta.credits()).published(meta.published()).publishedIsUpdate(meta.publishedIsUpdate())
                .modified(meta.modified()).siteName(meta.siteName()).section(meta.section()).tags(meta.tags()).image(meta.image())
                .paywalled(meta.paywalled()).language(ArticleFacts.checkedLanguage(meta.language(), blocks, warnings))
                .pageType(chosen.reportedType(), chosen.reportedType() == null ? null
                        : (double) chosen.reportedConfidence())
                .blocks(blocks).warnings(warnings).build();
    }

    /** Why the extractor keeps what it keeps on a page of decoded HTML ({@code extract --explain}). */
    public static Explanation explain(String html, String url, ContentModels models, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        if (html == null || html.isBlank() || looksBinary(html)) {
            return new Explanation(null, 0, "rules", "no HTML", ContentChooser.DEFAULT_CUT, List.of());
        }
        RuleFindings r = rules(html, url, today, warnings);
        return ContentChooser.explain(ContentChooser.choose(r, url, models, warnings), r);
    }

    /**
     * The learned scorer's view of a page of decoded HTML: its segments' texts and feature rows, the page's feature
     * row and the body the rules chose. For training and for {@code extract --explain}; extraction itself does not
     * need the texts of every segment.
     */
    public static PageFeatures features(String html, String url, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        if (html == null || html.isBlank() || looksBinary(html)) {
            return PageFeatures.EMPTY;
        }
        RuleFindings r = rules(html, url, today, warnings);
        ContentFeatures.Table t = ContentFeatures.compute(new ContentFeatures.Inputs(r.analysis(), r.root(), r.index(), url,
                r.meta()));
        List<String> texts = new ArrayList<>(t.segments().size());
        for (Segment s : t.segments()) {
            texts.add(s.text());
        }
        StringBuilder rules = new StringBuilder();
        for (Block bl : r.blocks()) {
            rules.append(rules.isEmpty() ? "" : "\n\n").append(bl.text());
        }
        return new PageFeatures(texts, t.rows(), t.page(), t.links(), t.words(), rules.toString(),
                r.meta().articleBody(),
                ContentFeatures.Groups.of(t.segments()));
    }

    /** The rule cascade on one page of decoded HTML: parse, DOM pass, metadata, content root and standfirst. */
    public static RuleFindings rules(String html, String url, LocalDate today, List<String> warnings) {
        String clean = html.indexOf('\0') >= 0 ? html.replace("\0", "") : html;
        Document doc = Jsoup.parse(clean, url == null ? "" : url);
        Element body = doc.body();
        PageIndex index = PageIndex.ofHead(doc, new VisibleDates(today));
        DomAnalyzer.Analysis analysis = DomAnalyzer.analyze(body, index);
        PageMetadata meta = MetadataReader.read(doc, index, warnings);
        Element root = ContentLocator.locate(body, analysis, meta.title());
        StandfirstChooser.Sources sources = standfirstSources(analysis, index, meta, doc.title(), root);
        StandfirstChooser.Choice choice = StandfirstChooser.choose(sources);
        String standfirst = choice.text();
        boolean shown = choice.shown();
        String dek = shown ? standfirst : sources.firstDek(); // a shown standfirst is not repeated in the body
        return RuleFindings.of(analysis, index, meta, root, standfirst, shown, dek, warnings);
    }

    /**
     * What the standfirst is chosen from: the first dek element of a plausible length, the first one right after the
     * headline, the first one the description agrees with (each with the same-class siblings that continue it), the
     * paragraph right after the headline (or else a first paragraph of the content set in bold), and the cleaned
     * description.
     */
    private static StandfirstChooser.Sources standfirstSources(DomAnalyzer.Analysis analysis, PageIndex index,
                                                              PageMetadata meta, String docTitle, Element root) {
        DomAnalyzer.Heading h1 = mainHeading(analysis);
        String description = StandfirstChooser.cleanDescription(meta.description(), meta.siteName(), docTitle);
        String first = null;
        String near = null;
        String agreed = null;
        List<DomAnalyzer.Heading> deks = analysis.deks();
        for (int i = 0; i < deks.size(); i++) {
            DomAnalyzer.Heading d = deks.get(i);
            if (StandfirstChooser.boundedLength(d.element(), StandfirstChooser.MAX_CHARS + 1)
                    > StandfirstChooser.MAX_CHARS) {
                continue; // a container hinted as intro or summary: not one dek, and costly to collect
            }
            String t = StandfirstChooser.withContinuation(deks, i);
            if (t.length() >= StandfirstChooser.MIN_CHARS && t.length() <= StandfirstChooser.MAX_CHARS) {
                first = first == null ? t : first;
                near = near == null && StandfirstChooser.nearHeadline(d.order(), h1) ? t : near;
                agreed = agreed == null && description != null && StandfirstChooser.agrees(description, t) ? t
                        : agreed;
            }
        }
        Element anchor = h1 != null ? h1.element() : MetadataReader.legacyHeading(index.bigFonts());
        if (near == null && description == null) {
            near = StandfirstChooser.italicLineAfterHeadline(anchor);
        }
        String lead = StandfirstChooser.leadAfterHeadline(anchor);
        if (lead == null) {
            lead = StandfirstChooser.boldLead(root, description);
        }
        return new StandfirstChooser.Sources(near, first, agreed, lead, description);
    }

    /** The first {@code <h1>} with text, as {@link MetadataReader} reads the headline; {@code null} if none. */
    private static DomAnalyzer.Heading mainHeading(DomAnalyzer.Analysis analysis) {
        for (DomAnalyzer.Heading h : analysis.h1s()) {
            if (!h.element().text().isBlank()) {
                return h;
            }
        }
        return null;
    }

    private static boolean sameText(String a, String b) {
        return TextKey.loose(a).equals(TextKey.loose(b));
    }

    static boolean looksBinary(String s) {
        int n = Math.min(s.length(), SAMPLE_CHARS);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // control characters only: U+FFFD means a wrong charset guess, not binary content
            if (c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > MAX_CONTROL_SHARE * n;
    }
}
