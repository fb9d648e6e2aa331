package org.verbatim.extract.text;

/** What one line (or paragraph) of scraped text is. */
enum LineKind {
    /** UI labels (icon names, control captions) that leaked into the text. */
    JUNK,
    /** Sharing, navigation, subscription, cookie or copyright text. */
    BOILERPLATE,
    /** A heading after which come link lists and footers ("Related", "Tags", "Mehr zum Thema"). */
    SECTION_END,
    /** A photo caption or credit. */
    CAPTION,
    /** A line that only states a date (publication or update). */
    DATELINE,
    /** "By Jane Doe": names the authors. */
    BYLINE,
    /** A bullet point. */
    LIST_ITEM,
    /** Running text: a long line, or one of several words ending like a sentence. */
    PROSE,
    /** Several words that do not end like a sentence: a headline, a standfirst, a subheading. */
    SENTENCE,
    /** A few words: a label, a headline, a subheading. */
    SHORT
}
