package org.verbatim.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A clean article: metadata and body blocks.
 *
 * <p>Contract: strings are {@code null} when absent, never blank; lists are never {@code null} and are immutable.
 * {@link #text()} is the body: the blocks' texts separated by one blank line; every offset that later stages report
 * is a Java {@code char} offset into it.
 *
 * @param source       the input as given (file path, URL, or {@code -}); may be {@code null} for library use
 * @param url          the URL the page was fetched from, when known
 * @param canonicalUrl the page's {@code rel=canonical} / {@code og:url}, resolved against {@code url}
 * @param title        the headline without the site suffix
 * @param standfirst   the dek / summary under the headline; never repeated as the first block
 * @param authors      person names (never a news agency, the publication, a desk or a role)
 * @param agencies     news agencies credited in the byline or author fields ({@code Associated Press}, {@code dpa}...),
 *                     canonical names, in order, without duplicates
 * @param credits      organisations and teams the byline credits instead of a person ({@code Example Health Editorial
 *                     Team}, {@code Podium Staff}, an organisation named as author), as shown, in order, without
 *                     duplicates; never persons, never news agencies
 * @param published    first publication; when the page shows only an update stamp, that date (see
 *                     {@code publishedIsUpdate})
 * @param publishedIsUpdate {@code true} when {@code published} is the date of an update stamp because the page states
 *                     no other date ("Updated March 3, 2025" and nothing else)
 * @param modified     last update, when stated
 * @param siteName     the publication's name
 * @param language     BCP-47 tag such as {@code en} or {@code de-AT}
 * @param section      the section the page files the article under ({@code Politics}), or {@code null}
 * @param tags         keywords / tags the page declares, trimmed, without duplicates (case-insensitive), at most
 *                     {@value #MAX_TAGS}
 * @param image        the lead image, or {@code null}
 * @param paywalled    {@code true} when the page marks the article as not free to read, {@code false} when it marks
 *                     it as free, {@code null} when it says nothing
 * @param pageType     the kind of page ({@link PageType#ARTICLE} for a news story), or {@code null} when not classified
 * @param pageTypeConfidence the classifier's probability for {@code pageType}, in [0, 1]; {@code null} exactly when
 *                     {@code pageType} is
 * @param blocks       the body
 * @param warnings     what the extractor noticed but could not fix (e.g. a charset it had to guess)
 * @param annotation   who said what: quotes, speakers, entities, time expressions ({@link Annotation#EMPTY} until
 *                     the enrich stage has run); offsets are into {@link #text()} unless their {@code where} names
 *                     the standfirst or the title
 */
public record Article(
        String source,
        String url,
        String canonicalUrl,
        String title,
        String standfirst,
        List<String> authors,
        List<String> agencies,
        List<String> credits,
        Timestamp published,
        boolean publishedIsUpdate,
        Timestamp modified,
        String siteName,
        String language,
        String section,
        List<String> tags,
        Image image,
        Boolean paywalled,
        PageType pageType,
        Double pageTypeConfidence,
        List<Block> blocks,
        List<String> warnings,
        Annotation annotation) {

    /** Most tags kept. */
    public static final int MAX_TAGS = 30;

    /**
     * How a warning starts when a work budget left part of the page out (the page had more tags, or its text more
     * characters, sentences, quotations, quotes, entities or mentions, than one record may cost).
     */
    public static final String BUDGET_WARNING = "budget: ";

    /** True when {@code warning} says that a work budget left part of the page out. */
    public static boolean isBudgetWarning(String warning) {
        return warning.startsWith(BUDGET_WARNING);
    }

    /**
     * How a warning starts when a stage of extraction threw and its part of the record was lost ({@code "extraction
     * failed: "}, the whole page; {@code "metadata failed: "}, one metadata field; {@code "annotation failed: "}, who
     * said what): the rest of the warning names the exception and where it was thrown.
     */
    public static final String EXTRACTION_FAILED = "extraction failed: ";
    /** See {@link #EXTRACTION_FAILED}. */
    public static final String METADATA_FAILED = "metadata failed: ";
    /** See {@link #EXTRACTION_FAILED}. */
    public static final String ANNOTATION_FAILED = "annotation failed: ";
    private static final List<String> FAILURE_WARNINGS = List.of(EXTRACTION_FAILED, METADATA_FAILED,
            ANNOTATION_FAILED);

    /**
     * True when {@code warning} says that a stage of extraction threw ({@link #EXTRACTION_FAILED},
     * {@link #METADATA_FAILED}, {@link #ANNOTATION_FAILED}).
     */
    public static boolean isFailureWarning(String warning) {
        for (String prefix : FAILURE_WARNINGS) {
            if (warning.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure warning's text after its prefix: the exception's class and message, and the first frame of this
     * project's code it was thrown from ({@code DateCascade.java:123}), so that a failure can be found without a log.
     */
    public static String describeFailure(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (message.length() > MAX_FAILURE_MESSAGE) {
            message = message.substring(0, MAX_FAILURE_MESSAGE) + "...";
        }
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName()).append(message);
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.verbatim.")) {
                sb.append(" at ").append(frame.getFileName()).append(':').append(frame.getLineNumber());
                break;
            }
        }
        return sb.toString();
    }

    /** Most characters of an exception's message kept in a failure warning. */
    static final int MAX_FAILURE_MESSAGE = 200;

    public Article {
        source = blankToNull(source);
        url = blankToNull(url);
        canonicalUrl = blankToNull(canonicalUrl);
        title = blankToNull(title);
        standfirst = blankToNull(standfirst);
        siteName = blankToNull(siteName);
        language = blankToNull(language);
        section = blankToNull(section);
        authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
        agencies = List.copyOf(Objects.requireNonNullElse(agencies, List.of()));
        credits = List.copyOf(Objects.requireNonNullElse(credits, List.of()));
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        blocks = List.copyOf(Objects.requireNonNullElse(blocks, List.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
        annotation = Objects.requireNonNullElse(annotation, Annotation.EMPTY);
        if ((pageType == null) != (pageTypeConfidence == null)) {
            throw new IllegalArgumentException("a page type and its confidence come together");
        }
        if (pageTypeConfidence != null && !(pageTypeConfidence >= 0 && pageTypeConfidence <= 1)) {
            throw new IllegalArgumentException("page type confidence outside [0, 1]: " + pageTypeConfidence);
        }
        requireNonBlank(authors, "author");
        requireNonBlank(agencies, "agency");
        requireNonBlank(credits, "credit");
        if (publishedIsUpdate && published == null) {
            throw new IllegalArgumentException("an update stamp stands for the publication date only when there is one");
        }
        requireNonBlank(tags, "tag");
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("more than " + MAX_TAGS + " tags");
        }
    }

    private static void requireNonBlank(List<String> values, String what) {
        for (String v : values) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("blank " + what);
            }
        }
    }

    /** The body: block texts separated by one blank line ({@code "\n\n"}); empty when there is no body. */
    public String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }

    /** A copy with another source label. */
    public Article withSource(String newSource) {
        return toBuilder().source(newSource).build();
    }

    public Builder toBuilder() {
        return new Builder().source(source).url(url).canonicalUrl(canonicalUrl).title(title).standfirst(standfirst)
                .authors(authors).agencies(agencies).credits(credits).published(published)
                .publishedIsUpdate(publishedIsUpdate).modified(modified).siteName(siteName)
                .language(language).section(section).tags(tags).image(image).paywalled(paywalled).pageType(pageType, pageTypeConfidence).blocks(blocks)
                .warnings(warnings).annotation(annotation);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private String source;
        private String url;
        private String canonicalUrl;
        private String title;
        private String standfirst;
        private List<String> authors = List.of();
        private List<String> agencies = List.of();
        private List<String> credits = List.of();
        private Timestamp published;
        private boolean publishedIsUpdate;
        private Timestamp modified;
        private String siteName;
        private String language;
        private String section;
        private List<String> tags = List.of();
        private Image image;
        private Boolean paywalled;
        private PageType pageType;
        private Double pageTypeConfidence;
        private List<Block> blocks = List.of();
        private List<String> warnings = List.of();
        private Annotation annotation = Annotation.EMPTY;

        public Builder source(String v) { source = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder canonicalUrl(String v) { canonicalUrl = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder standfirst(String v) { standfirst = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder agencies(List<String> v) { agencies = v; return this; }
        public Builder credits(List<String> v) { credits = v; return this; }
        public Builder published(Timestamp v) { published = v; return this; }
        public Builder publishedIsUpdate(boolean v) { publishedIsUpdate = v; return this; }
        public Builder modified(Timestamp v) { modified = v; return this; }
        public Builder siteName(String v) { siteName = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder section(String v) { section = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder image(Image v) { image = v; return this; }
        public Builder paywalled(Boolean v) { paywalled = v; return this; }
        public Builder pageType(PageType type, Double confidence) {
            pageType = type;
            pageTypeConfidence = confidence;
            return this;
        }
        public Builder blocks(List<Block> v) { blocks = v; return this; }
        public Builder warnings(List<String> v) { warnings = v; return this; }
        public Builder annotation(Annotation v) { annotation = v; return this; }

        public Article build() {
            return new Article(source, url, canonicalUrl, title, standfirst, authors, agencies, credits, published,
                    publishedIsUpdate, modified,
                    siteName, language, section, tags, image, paywalled, pageType, pageTypeConfidence, blocks, warnings,
                    annotation);
        }
    }
}
