package org.verbatim.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.date.DateMatch;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;
import org.verbatim.model.Timestamp;

/**
 * Finds the article in classified units: the body is the stretch of units with the most prose net of junk (a maximum
 * sub-array over per-kind weights); the headline, standfirst, dateline and byline are looked for in the units before
 * it (the header), and repeats of the headline or standfirst (image captions) are dropped.
 */
final class ArticleLayout {
    /**
     * Per-kind weights for finding the body: prose attracts (more when longer), junk and boilerplate repel, the rest
     * is mildly negative.
     */
    static double weight(Unit u) {
        return switch (u.kind()) {
            case PROSE -> 1.0 + Math.min(2.0, u.text().length() / 100.0);
            case LIST_ITEM -> 0.5;
            case SENTENCE -> -0.25;
            case SHORT, CAPTION -> -0.5;
            case DATELINE, BYLINE -> -1.5;
            // Cheap enough that inline "Read more" / "Advertisement" lines do not split the body in two.
            case BOILERPLATE -> -0.75;
            case SECTION_END -> -1.0;
            case JUNK -> -3.0;
        };
    }

    /** Headline candidates have this many words. */
    static final int HEADLINE_MIN_WORDS = 2;
    static final int HEADLINE_MAX_WORDS = 30;
    /** A standfirst has at least this many words... */
    static final int STANDFIRST_MIN_WORDS = 6;
    /** ...and, when taken from the top of the body, at most this many characters. */
    static final int STANDFIRST_MAX_CHARS = 400;
    /** A short line inside the body is a subheading when it has at most this many words. */
    static final int SUBHEADING_MAX_WORDS = 15;
    /** Prose after a section end must be at least this share of the prose before it to be kept. */
    static final double KEEP_AFTER_SECTION_END = 0.34;

    private final List<Unit> units;
    /** {@link Texts#fingerprint} of each unit, computed once: repeats are looked up many times. */
    private final List<String> fingerprints;

    /** The rules' body range, computed when first asked for. */
    private int[] ruleBody;
    /** The rules' headline and standfirst, computed when first asked for ({@link #UNKNOWN} until then). */
    private int ruleHeadline = UNKNOWN;
    private int ruleStandfirst = UNKNOWN;
    private static final int UNKNOWN = -2;
    /** {@link #contentWords(String)} of each unit, computed when first asked for. */
    private final List<Set<String>> unitWords;
    /** The opening's content words of the last body start {@link #headline} was asked about, and that start. */
    private Set<String> openingWords;
    private int openingStart = -1;

    ArticleLayout(List<Unit> units) {
        this.units = units;
        this.fingerprints = units.stream().map(u -> Texts.fingerprint(u.text())).toList();
        this.unitWords = new ArrayList<>(java.util.Collections.nCopies(units.size(), null));
    }

    /** {@link #contentWords(String)} of unit {@code i}'s text (shared: do not modify). */
    Set<String> contentWords(int i) {
        Set<String> w = unitWords.get(i);
        if (w == null) {
            w = contentWords(units.get(i).text());
            unitWords.set(i, w);
        }
        return w;
    }

    static ScrapedArticle of(List<Unit> units, String url) {
        return new ArticleLayout(units).build(url);
    }

    /** {@link Texts#fingerprint} of unit {@code i}. */
    String fingerprint(int i) {
        return fingerprints.get(i);
    }

    /** The rules' body: its first and last unit (inclusive), {@code {-1, -1}} without prose. */
    int[] ruleBody() {
        if (ruleBody == null) {
            ruleBody = bodyRange();
        }
        return ruleBody;
    }

    /** The headline the rules choose, or -1. */
    int ruleHeadline() {
        if (ruleHeadline == UNKNOWN) {
            int start = ruleBody()[0];
            ruleHeadline = start < 0 ? firstHeadlineCandidate() : headline(start);
        }
        return ruleHeadline;
    }

    /** The standfirst the rules choose, or -1. */
    int ruleStandfirst() {
        if (ruleStandfirst == UNKNOWN) {
            int[] body = ruleBody();
            ruleStandfirst = body[0] < 0 ? -1 : standfirst(ruleHeadline(), body[0], body[1]);
        }
        return ruleStandfirst;
    }

    /**
     * The article with the body made of the units marked in {@code keep} (by the line scorer): the headline,
     * standfirst, dates and byline are found around them as {@link #build(String)} finds them around the rules'
     * body. When nothing is kept, the rules decide.
     */
    ScrapedArticle build(String url, boolean[] keep) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            ScrapedArticle a = build(url);
            List<String> warnings = new ArrayList<>(a.warnings());
            warnings.add("the line scorer kept no line; the rules chose the body");
            return a.withWarnings(warnings);
        }
        List<String> warnings = new ArrayList<>();
        // the story starts at the first kept running text: the headline is looked for before it, even when the
        // scorer kept the headline line itself (gold bodies often hold it)
        int story = first;
        while (story <= last && !(keep[story] && units.get(story).isBodyText())) {
            story++;
        }
        if (story > last) {
            // no running text kept: the story starts at the first kept sentence after the first kept line
            story = first + 1;
            while (story <= last && !(keep[story] && units.get(story).is(LineKind.SENTENCE))) {
                story++;
            }
            story = story > last ? first : story;
        }
        int headline = headline(story);
        String title = headline < 0 ? null : units.get(headline).text();
        int standfirst = standfirst(headline, story, last);
        // lines kept before the headline are the page's furniture (WET text starts with the title, then menus)
        int start = headline >= first ? headline + 1 : first;
        while (start <= last && (!keep[start] || start == standfirst)) {
            start++;
        }
        start = start > last ? story : start;
        String sf = standfirst < 0 ? null : units.get(standfirst).text();
        if (title == null) {
            warnings.add("no headline found");
        }
        return new ScrapedArticle(title, sf, authors(story, last, headline), date(story, false), date(story, true),
                keptBlocks(start, last, keep, title, sf, standfirst), url, warnings, null, null);
    }

    /**
     * Lines the rules know for page furniture or for the article's metadata (from the language's vocabulary): never
     * body, whatever the scorer says. Datelines and bylines are read into the dates and authors.
     */
    private static final java.util.Set<LineKind> NEVER_BODY = java.util.EnumSet.of(LineKind.JUNK,
            LineKind.BOILERPLATE, LineKind.SECTION_END, LineKind.DATELINE, LineKind.BYLINE);

    /** The kept units from {@code start} to {@code end} as blocks, less the headline, standfirst and their repeats. */
    private List<Block> keptBlocks(int start, int end, boolean[] keep, String title, String standfirst,
                                   int standfirstIndex) {
        String titleFp = title == null ? null : Texts.fingerprint(title);
        String sfFp = standfirst == null ? null : Texts.fingerprint(standfirst);
        List<Block> blocks = new ArrayList<>();
        List<String> list = new ArrayList<>();
        for (int i = start; i <= end && i < units.size(); i++) {
            String fp = fingerprints.get(i);
            if (!keep[i] || i == standfirstIndex || fp.equals(titleFp) || fp.equals(sfFp) || fp.isEmpty()
                    || NEVER_BODY.contains(units.get(i).kind())) {
                continue;
            }
            Unit u = units.get(i);
            if (u.is(LineKind.LIST_ITEM)) {
                list.add(u.text().substring(1).strip());
                continue;
            }
            flushList(list, blocks);
            boolean heading = (u.is(LineKind.SHORT) || u.is(LineKind.SENTENCE)) && u.words() <= SUBHEADING_MAX_WORDS
                    && !Texts.endsSentence(u.text()) && nextKeptIsBody(i, end, keep);
            blocks.add(heading ? Block.heading(u.text(), 2) : Block.paragraph(u.text()));
        }
        flushList(list, blocks);
        return blocks;
    }

    private boolean nextKeptIsBody(int i, int end, boolean[] keep) {
        for (int k = i + 1; k <= end && k < units.size(); k++) {
            if (keep[k]) {
                return units.get(k).isBodyText();
            }
        }
        return false;
    }

    ScrapedArticle build(String url) {
        List<String> warnings = new ArrayList<>();
        int[] body = bodyRange();
        int start = body[0];
        int end = body[1];
        boolean noProse = start < 0;
        if (noProse) {
            warnings.add("no prose found");
            start = units.size();
            end = units.size() - 1;
        }
        int headline = noProse ? firstHeadlineCandidate() : headline(start);
        if (noProse) {
            // Without prose, whatever sentence-like lines follow the headline are the body.
            start = headline + 1;
        }
        String title = headline < 0 ? null : units.get(headline).text();
        int standfirst = standfirst(headline, start, end);
        if (standfirst == start) {
            start = nextBodyStart(start + 1, end);
        }
        String sf = standfirst < 0 ? null : units.get(standfirst).text();
        Timestamp published = date(start, false);
        Timestamp modified = date(start, true);
        List<String> authors = authors(start, end, headline);
        List<Block> blocks = blocks(start, end, title, sf, standfirst);
        if (title == null) {
            warnings.add("no headline found");
        }
        return new ScrapedArticle(title, sf, authors, published, modified, blocks, url, warnings, null, null);
    }

    /** The body's first and last unit (inclusive); {@code {-1, -1}} without prose. */
    private int[] bodyRange() {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < units.size(); i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += weight(units.get(i));
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        if (bestStart < 0) {
            return new int[] {-1, -1};
        }
        while (bestStart < bestEnd && !units.get(bestStart).isBodyText()) {
            bestStart++;
        }
        return new int[] {bestStart, cutAtSectionEnd(bestStart, bestEnd)};
    }

    /** Ends the body at a "Related"/"Tags" heading when little prose follows it. */
    private int cutAtSectionEnd(int start, int end) {
        int proseBefore = 0;
        for (int i = start; i <= end; i++) {
            Unit u = units.get(i);
            if (u.is(LineKind.SECTION_END)) {
                int after = 0;
                for (int k = i + 1; k <= end; k++) {
                    after += units.get(k).is(LineKind.PROSE) ? units.get(k).text().length() : 0;
                }
                if (after < KEEP_AFTER_SECTION_END * proseBefore) {
                    return lastBodyText(start, i - 1);
                }
            } else if (u.is(LineKind.PROSE)) {
                proseBefore += u.text().length();
            }
        }
        return end;
    }

    private int lastBodyText(int start, int end) {
        int e = end;
        while (e > start && !units.get(e).isBodyText()) {
            e--;
        }
        return e;
    }

    private int nextBodyStart(int from, int end) {
        int i = from;
        while (i <= end && !units.get(i).isBodyText()) {
            i++;
        }
        return i;
    }

    /**
     * The headline: among header lines of a few words that do not end like prose, the best by: being repeated later
     * (pages repeat it as an image caption), sharing words with the start of the body, being followed by a standfirst,
     * byline, dateline or the body, standing close to the body, having several words, and not being one item of a run
     * of short lines (a menu). Lines ending with a colon and all-lower-case lines are not headlines.
     */
    private int headline(int bodyStart) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        Set<String> earlier = new HashSet<>();
        if (openingStart != bodyStart || openingWords == null) {
            openingWords = contentWords(bodyOpening(bodyStart));
            openingStart = bodyStart;
        }
        Set<String> bodyWords = openingWords;
        for (int i = 0; i < bodyStart; i++) {
            Unit u = units.get(i);
            String fp = fingerprints.get(i);
            if (!isHeadlineCandidate(u) || !earlier.add(fp)) {
                continue;
            }
            double score = HEADLINE_OVERLAP_WEIGHT * overlap(contentWords(i), bodyWords)
                    + Math.min(u.words(), HEADLINE_FULL_WORDS) / (double) HEADLINE_FULL_WORDS
                    - HEADLINE_DISTANCE_WEIGHT * Math.min(HEADLINE_MAX_DISTANCE, distance(i, bodyStart));
            if (repeatedAfter(i, fp)) {
                score += 3;
            }
            if (followedByArticleStart(i, bodyStart)) {
                score += 1.5;
            }
            if (inMenuRun(i)) {
                score -= 2;
            }
            if (u.text().endsWith(".")) {
                score -= HEADLINE_FULL_STOP_PENALTY; // captions and teasers end with a full stop, headlines rarely
            }
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Weight of the share of a headline's content words found at the start of the body. */
    static final double HEADLINE_OVERLAP_WEIGHT = 4;
    /** A headline of this many words or more gets the full length bonus. */
    static final int HEADLINE_FULL_WORDS = 6;
    /** Penalty per meaningful unit between the candidate and the body, up to a cap. */
    static final double HEADLINE_DISTANCE_WEIGHT = 0.3;
    static final int HEADLINE_MAX_DISTANCE = 10;
    /** How much of the body is compared with headline candidates. */
    static final int BODY_OPENING_CHARS = 2000;
    /** Words shorter than this are not content words. */
    static final int CONTENT_WORD_MIN = 4;
    /** Taken from a candidate that ends with a full stop. */
    static final double HEADLINE_FULL_STOP_PENALTY = 1.5;
    /** Consecutive short lines of this number or more form a menu. */
    static final int MENU_RUN = 3;

    private String bodyOpening(int bodyStart) {
        StringBuilder sb = new StringBuilder();
        for (int i = bodyStart; i < units.size() && sb.length() < BODY_OPENING_CHARS; i++) {
            if (units.get(i).isBodyText() || units.get(i).is(LineKind.SENTENCE)) {
                sb.append(units.get(i).text()).append(' ');
            }
        }
        return sb.toString();
    }

    /**
     * The words of {@code s} in lower case, cut at every character that is neither a letter nor a number (as a split at
     * {@link TextKey#NON_WORD}), that have at least {@value #CONTENT_WORD_MIN} characters or start with a character of a
     * script written without spaces. One scan of the lower-cased line, no regex.
     */
    static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        String l = s.toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        int n = l.length();
        while (i < n) {
            int start = i;
            while (i < n) {
                int cp = l.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (i > start && (i - start >= CONTENT_WORD_MIN || Texts.isDense(l.charAt(start)))) {
                out.add(l.substring(start, i));
            }
            if (i < n) {
                i += Character.charCount(l.codePointAt(i));
            }
        }
        return out;
    }

    /** A letter or a number: {@code [\\p{L}\\p{N}]}. */
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * How many of the candidate's content words occur in {@code bodyWords}, as a share of its content words but at least
     * {@value #HEADLINE_FULL_WORDS}: a two-word section label whose words appear in the body must not beat a headline.
     */
    private static double overlap(Set<String> words, Set<String> bodyWords) {
        int found = 0;
        for (String w : words) {
            if (bodyWords.contains(w)) {
                found++;
            }
        }
        return (double) found / Math.max(words.size(), HEADLINE_FULL_WORDS);
    }

    /** Units between {@code i} and the body that are not junk, boilerplate or captions. */
    private int distance(int i, int bodyStart) {
        int d = 0;
        for (int k = i + 1; k < bodyStart; k++) {
            LineKind kind = units.get(k).kind();
            if (kind != LineKind.JUNK && kind != LineKind.BOILERPLATE && kind != LineKind.CAPTION) {
                d++;
            }
        }
        return d;
    }

    /** Whether unit {@code i} belongs to a run of at least {@value #MENU_RUN} consecutive short lines. */
    private boolean inMenuRun(int i) {
        int from = i;
        while (from > 0 && isMenuItem(units.get(from - 1))) {
            from--;
        }
        int to = i;
        while (to + 1 < units.size() && isMenuItem(units.get(to + 1))) {
            to++;
        }
        return isMenuItem(units.get(i)) && to - from + 1 >= MENU_RUN;
    }

    private static boolean isMenuItem(Unit u) {
        return (u.is(LineKind.SHORT) || u.is(LineKind.BOILERPLATE)) && u.words() <= 4;
    }

    /** Without a body to compare with: the first substantial short line. */
    private int firstHeadlineCandidate() {
        for (int i = 0; i < units.size(); i++) {
            if (isHeadlineCandidate(units.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeadlineCandidate(Unit u) {
        if (!(u.is(LineKind.SHORT) || u.is(LineKind.SENTENCE) || u.is(LineKind.PROSE) && u.text().length() < 160)) {
            return false;
        }
        if (!u.authors().isEmpty()) {
            return false; // a line of bare names is a byline, not a headline
        }
        String t = u.text();
        int first = t.codePointAt(0);
        boolean lowerStart = Character.isLowerCase(first);
        return u.words() >= HEADLINE_MIN_WORDS && u.words() <= HEADLINE_MAX_WORDS && !t.endsWith(":") && !lowerStart
                && !(u.is(LineKind.PROSE) && t.endsWith("."));
    }

    private boolean repeatedAfter(int i, String fp) {
        for (int k = i + 1; k < units.size(); k++) {
            if (fingerprints.get(k).equals(fp)) {
                return true;
            }
        }
        return false;
    }

    /** The next unit that is not junk is a standfirst-like line, a byline, a dateline or body text. */
    private boolean followedByArticleStart(int i, int bodyStart) {
        for (int k = i + 1; k < units.size(); k++) {
            Unit u = units.get(k);
            switch (u.kind()) {
                case JUNK, BOILERPLATE, CAPTION -> {
                    continue;
                }
                case SENTENCE, PROSE, BYLINE, DATELINE, LIST_ITEM -> {
                    return true;
                }
                default -> {
                    return k >= bodyStart;
                }
            }
        }
        return false;
    }

    /**
     * The standfirst: the first sentence-like line between the headline and the body; or, when there is none, the body's
     * first paragraph if it is short and set apart from the rest by a byline, dateline, caption or the repeated
     * headline.
     */
    private int standfirst(int headline, int bodyStart, int bodyEnd) {
        if (headline < 0) {
            return -1;
        }
        String titleFp = fingerprints.get(headline);
        for (int i = headline + 1; i < bodyStart; i++) {
            Unit u = units.get(i);
            if ((u.is(LineKind.SENTENCE) || u.is(LineKind.PROSE)) && u.words() >= STANDFIRST_MIN_WORDS
                    && !fingerprints.get(i).equals(titleFp)) {
                return i;
            }
        }
        if (bodyStart <= bodyEnd && bodyStart < units.size() - 1) {
            Unit first = units.get(bodyStart);
            boolean setApart = false;
            for (int k = bodyStart + 1; k < units.size(); k++) {
                Unit next = units.get(k);
                if (next.is(LineKind.BYLINE) || next.is(LineKind.DATELINE) || fingerprints.get(k).equals(titleFp)) {
                    setApart = true;
                    break;
                }
                if (!(next.is(LineKind.SHORT) || next.is(LineKind.CAPTION) || next.is(LineKind.JUNK)
                        || next.is(LineKind.BOILERPLATE))) {
                    break;
                }
            }
            if (first.is(LineKind.PROSE) && first.text().length() <= STANDFIRST_MAX_CHARS && setApart
                    && nextBodyStart(bodyStart + 1, bodyEnd) <= bodyEnd) {
                return bodyStart;
            }
        }
        return -1;
    }

    /**
     * The publication (or update) date: the header's dateline nearest to the body (site headers show today's date at
     * the top, and sidebars list older articles' dates), else the first dateline after the body start; a date in a
     * byline serves when there is no dateline.
     */
    private Timestamp date(int bodyStart, boolean updated) {
        int headerEnd = Math.min(bodyStart, units.size());
        Timestamp fromByline = null;
        for (int i = headerEnd - 1; i >= 0; i--) {
            Unit u = units.get(i);
            DateMatch d = updated ? u.updated() : u.date();
            if (d != null && u.is(LineKind.DATELINE)) {
                return d.value();
            }
            if (d != null && fromByline == null) {
                fromByline = d.value();
            }
        }
        if (fromByline != null) {
            return fromByline;
        }
        for (int i = headerEnd; i < units.size(); i++) {
            Unit u = units.get(i);
            DateMatch d = updated ? u.updated() : u.date();
            if (d != null) {
                return d.value();
            }
        }
        return null;
    }

    /**
     * Names from the first byline in the header, else near the start or the end of the body; else a header line of bare
     * names next to the dateline or right after the headline or standfirst.
     */
    private List<String> authors(int start, int end, int headline) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            boolean near = i < start || i <= start + 3 || (i >= end - 3 && i <= end + 3);
            if (u.is(LineKind.BYLINE) && near) {
                return u.authors();
            }
        }
        for (int i = Math.max(0, headline); i < Math.min(start, units.size()); i++) {
            Unit u = units.get(i);
            if (u.is(LineKind.SHORT) && !u.authors().isEmpty() && nearDateline(i)) {
                return u.authors();
            }
        }
        return List.of();
    }

    /** How far (in units) bare names may stand from a dateline. */
    static final int BARE_NAMES_REACH = 2;

    private boolean nearDateline(int i) {
        for (int k = Math.max(0, i - BARE_NAMES_REACH); k <= Math.min(units.size() - 1, i + BARE_NAMES_REACH); k++) {
            if (units.get(k).is(LineKind.DATELINE)) {
                return true;
            }
        }
        return false;
    }

    private List<Block> blocks(int start, int end, String title, String standfirst, int standfirstIndex) {
        String titleFp = title == null ? null : Texts.fingerprint(title);
        String sfFp = standfirst == null ? null : Texts.fingerprint(standfirst);
        List<Block> blocks = new ArrayList<>();
        List<String> list = new ArrayList<>();
        boolean inLinks = false;
        for (int i = start; i <= end && i < units.size(); i++) {
            Unit u = units.get(i);
            String fp = fingerprints.get(i);
            // After an inline "Read more" / "Lire aussi", short lines are teaser links up to the next prose.
            inLinks = u.is(LineKind.SECTION_END) || (inLinks && !u.isBodyText());
            if (inLinks || i == standfirstIndex || fp.equals(titleFp) || fp.equals(sfFp) || fp.isEmpty()) {
                continue;
            }
            if (u.is(LineKind.LIST_ITEM)) {
                list.add(u.text().substring(1).strip());
                continue;
            }
            flushList(list, blocks);
            switch (u.kind()) {
                case PROSE, SENTENCE -> blocks.add(Block.paragraph(u.text()));
                case SHORT -> {
                    if (isSubheading(i, end)) {
                        blocks.add(Block.heading(u.text(), 2));
                    }
                }
                default -> {
                    // junk, boilerplate, captions, datelines and bylines are not body text
                }
            }
        }
        flushList(list, blocks);
        return blocks;
    }

    /** A short line followed by prose, without a final full stop, of a handful of words. */
    private boolean isSubheading(int i, int end) {
        Unit u = units.get(i);
        return u.words() <= SUBHEADING_MAX_WORDS && !Texts.endsSentence(u.text()) && i < end
                && units.get(i + 1).isBodyText();
    }

    private static void flushList(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(Block.of(BlockType.LIST, String.join("\n", items)));
            items.clear();
        }
    }
}
