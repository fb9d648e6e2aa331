package org.verbatim.extract.html.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.verbatim.extract.common.Chars;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.html.dom.Hints;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

/**
 * Final clean-up of extracted blocks: drops interface lines ("Advertisement", "Read more"), the headline repeated
 * as a heading, the standfirst repeated as a leading block, and consecutive duplicates.
 */
public final class BodyPolisher {
    /** A block starting with an interface phrase is dropped only when shorter than this. */
    static final int MAX_UI_LINE_CHARS = 80;
    /** Leading blocks examined for a repeated headline or standfirst. */
    static final int LEADING_BLOCKS = 4;
    /** Share of a block's normalised text that must be covered by the standfirst to count as its repeat. */
    static final double REPEAT_SHARE = 0.8;
    /** A block with a credit marker is a caption or credit line when shorter than this. */
    static final int MAX_CREDIT_LINE_CHARS = 300;
    /** Edge fragments are shorter than this and do not end like a sentence. */
    static final int MAX_FRAGMENT_CHARS = 60;
    /** A trailing promotion is shorter than this (an article's last paragraph that mentions one is not). */
    static final int MAX_PROMO_CHARS = 300;
    /** Bodies with fewer blocks keep their edges. */
    static final int MIN_BLOCKS_FOR_EDGE_RULE = 2;
    /** Leading fragments are looked for among this many first blocks. */
    static final int EDGE_BLOCKS = 3;
    /** How a sentence (or a quoted one) ends, in the scripts the corpora use. */
    static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？\"'”’»“)\\]:]\\s*$");
    /** The header zone ends at the first paragraph this long. */
    static final int HEADER_ZONE_END_CHARS = 150;
    /** Header furniture (kicker, dateline, byline) is shorter than this. */
    static final int MAX_FURNITURE_CHARS = 120;
    static final int MAX_KICKER_CHARS = 50;
    static final int MAX_DATELINE_CHARS = 60;
    static final int MAX_BYLINE_CHARS = 80;
    /** A date or time as datelines write it: 08.07.2026, 2026-07-08, 05:00, 8/7/2026. */
    static final Pattern DATELINE = Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b");


    private BodyPolisher() {
    }

    /**
     * Polishes {@code in}. A leading block repeating the page's dek element is dropped; one repeating only the meta
     * description is dropped when it is the very first block (a description copied from a lede deeper down is not
     * a standfirst).
     */
    public static List<Block> polish(List<Block> in, String title, String headline, String dek, String description) {
        // header zone twice: a standfirst removed by clean() may have hidden a byline below it
        List<Block> blocks = clean(dropHeaderZone(splitHeaderStack(in, title, headline), title, headline), title,
                dek, description);
        return withoutCopies(dropEdgeFragments(dropTrailingHeadings(dropHeaderZone(blocks, title, headline))));
    }

    /**
     * A block of this many words or more whose text the blocks before it already hold is a second copy. Pull quotes and
     * short teasers, which repeat a sentence on purpose, are shorter.
     */
    static final int MIN_COPY_WORDS = 30;

    /**
     * The blocks less second copies of long passages run together: a block of {@link #MIN_COPY_WORDS} words or more,
     * longer than every block before it, whose letters and digits (case, spaces and punctuation aside) stand in a row
     * in the blocks before it. A page may carry its story twice, once in paragraphs and once run together into one
     * long block; only the first copy is the body. Being longer than each earlier block, such a block spans several of
     * them: a paragraph repeated whole (a refrain, a pull quote, one notice under two sections) is never dropped.
     * Only a block that sets a new length is searched for, so the check costs a pass over the body's letters.
     */
    static List<Block> withoutCopies(List<Block> blocks) {
        StringBuilder before = new StringBuilder();
        List<Block> kept = null;
        int longest = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String key = TextKey.loose(b.text());
            int words = words(b.text());
            if (words > longest && words >= MIN_COPY_WORDS && before.indexOf(key) >= 0) {
                if (kept == null) {
                    kept = new ArrayList<>(blocks.subList(0, i));
                }
                continue;
            }
            if (kept != null) {
                kept.add(b);
            }
            longest = Math.max(longest, words);
            before.append(key);
        }
        return kept == null ? blocks : kept;
    }

    /** A body of fewer words than this, none of its blocks a sentence, is page furniture ({@link #furnitureOnly}). */
    static final int MIN_FURNITURE_FREE_WORDS = 15;
    /** A block is a sentence when it has at least this many words and ends like one. */
    static final int MIN_SENTENCE_WORDS = 6;

    /**
     * Whether {@code blocks} are only page furniture: fewer than {@link #MIN_FURNITURE_FREE_WORDS} words in all and no
     * block a sentence ("Cart (0)", "Opens in a new window.", "(24)"): what is left of a page whose content a script
     * renders, or of a page without any. Such a body is no content at all. Words are runs of letters and digits; in
     * scripts written without spaces each ideograph or kana counts as one.
     */
    public static boolean furnitureOnly(List<Block> blocks) {
        return !blocks.isEmpty() && fewWordsBesides(blocks, b -> false);
    }

    /**
     * Whether no block is a sentence and the blocks {@code aside} does not accept hold fewer than {@link
     * #MIN_FURNITURE_FREE_WORDS} words in all.
     */
    private static boolean fewWordsBesides(List<Block> blocks, Predicate<Block> aside) {
        int words = 0;
        for (Block b : blocks) {
            if (isSentence(b.text())) {
                return false;
            }
            if (!aside.test(b)) {
                words += words(b.text());
                if (words >= MIN_FURNITURE_FREE_WORDS) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether every block of {@code blocks} only repeats the page's title or its main heading, and none is a sentence:
     * a page whose content a script renders often shows nothing else, and a name ("Acme - Kettle - 1.2 L - Blue") is
     * no body. A title that is a sentence stays: a forum's link post says what it has to say in its title.
     * {@code null} title or heading repeats nothing.
     */
    public static boolean headlineOnly(List<Block> blocks, String title, String headline) {
        for (Block b : blocks) {
            if (isSentence(b.text())) {
                return false;
            }
            String key = TextKey.loose(b.text());
            if (key.isEmpty() || !(title != null && key.equals(TextKey.loose(title))
                    || headline != null && key.equals(TextKey.loose(headline)))) {
                return false;
            }
        }
        return !blocks.isEmpty();
    }

    /** A title or heading of fewer words than this is too short to be recognised at the start of a longer name. */
    static final int MIN_NAME_WORDS = 3;

    /**
     * Whether {@code blocks} are the page's title or main heading, each maybe in a longer form ("Acme - Kettle" as
     * "Acme - Kettle - 1.2 L - Blue"), and otherwise only furniture: no block a sentence, and fewer than {@link
     * #MIN_FURNITURE_FREE_WORDS} words outside the blocks that name the page. A product page whose description a
     * script renders shows its name and a tab label ("Reviews") and nothing else; that is no body, as {@link
     * #headlineOnly} and {@link #furnitureOnly} find of the name alone and of the furniture alone. A title or heading
     * of fewer than {@link #MIN_NAME_WORDS} words names nothing here; {@code null} ones neither.
     */
    public static boolean nameAndFurnitureOnly(List<Block> blocks, String title, String headline) {
        String nt = nameKey(title);
        String nh = nameKey(headline);
        Predicate<Block> names = b -> {
            String key = TextKey.loose(b.text());
            return !nt.isEmpty() && key.startsWith(nt) || !nh.isEmpty() && key.startsWith(nh);
        };
        return fewWordsBesides(blocks, names) && blocks.stream().anyMatch(names);
    }

    /** The loose key of a title or heading of at least {@link #MIN_NAME_WORDS} words, else the empty string. */
    private static String nameKey(String name) {
        return name == null || words(name) < MIN_NAME_WORDS ? "" : TextKey.loose(name);
    }

    /** Whether a block's text is a sentence: {@link #MIN_SENTENCE_WORDS} words or more, ending like one. */
    static boolean isSentence(String text) {
        return words(text) >= MIN_SENTENCE_WORDS && SENTENCE_END.matcher(text).find();
    }

    /** Runs of letters and digits in {@code text}, each ideograph, kana or hangul syllable counted apart. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) { // most characters: no Unicode tables
                boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                n += word && !in ? 1 : 0;
                in = word || c == '\'' && in;
            } else if (countsAlone(c)) {
                n++;
                in = false;
            } else if (Character.isLetterOrDigit(c)) {
                n += in ? 0 : 1;
                in = true;
            } else {
                in = c == '\'' || c == '\u2019' ? in : false; // "don't" is one word
            }
        }
        return n;
    }

    /** An ideograph, kana or hangul syllable: a word by itself. */
    private static boolean countsAlone(char c) {
        return Character.isIdeographic(c) || c >= '\u3040' && c <= '\u30ff' || c >= '\uac00' && c <= '\ud7a3';
    }

    /** Blocks of at least this many words are dropped when they replay an earlier run of blocks word for word. */
    static final int MIN_REPEAT_WORDS = 5;

    /**
     * Drops the second copy of text a page carries twice (a second layout, a hidden copy): each block of at least
     * {@link #MIN_REPEAT_WORDS} words that repeats an earlier one (the same words, case and punctuation aside) next
     * to another such block that repeats the earlier one's neighbour, so that a run of two different paragraphs or
     * more is replayed. On an article a paragraph repeated alone (a pull quote, a refrain, a test page's filler)
     * stays; on other pages ({@code alone}: a forum's quoted post, a listing's item shown twice) it goes too. Short
     * blocks ("Share", a tutorial's code line) always stay.
     */
    public static List<Block> withoutRepeats(List<Block> in, boolean alone) {
        long[] keys = new long[in.size()];
        java.util.Map<Long, Integer> first = new java.util.HashMap<>();
        boolean any = false;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = wordsKey(in.get(i).text());
            any |= keys[i] != NO_KEY && first.putIfAbsent(keys[i], i) != null;
        }
        if (!any) {
            return in;
        }
        List<Block> out = new ArrayList<>(in.size());
        for (int i = 0; i < keys.length; i++) {
            Integer j = keys[i] == NO_KEY ? null : first.get(keys[i]);
            if (j == null || j == i || !(alone || replays(keys, i - 1, j - 1, j) || replays(keys, i + 1, j + 1, j))) {
                out.add(in.get(i));
            }
        }
        return out;
    }

    /** Whether block {@code a} repeats block {@code b}, a long block other than block {@code j} and its text. */
    private static boolean replays(long[] keys, int a, int b, int j) {
        return a >= 0 && b >= 0 && a < keys.length && a != j && keys[a] != NO_KEY && keys[a] == keys[b]
                && keys[b] != keys[j];
    }

    /** The key of a block too short to count as a repeat. */
    private static final long NO_KEY = 0;

    /**
     * A 64-bit hash of the text's lower-cased words (letters and digits; case, spaces and punctuation aside), or
     * {@link #NO_KEY} under {@link #MIN_REPEAT_WORDS} words. Two different texts share a hash with a chance of about
     * one in 2<sup>64</sup>: taken as the same words.
     */
    private static long wordsKey(String text) {
        long h = 1125899906842597L;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                    : Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    h = 31 * h + ' ';
                }
                inWord = true;
                h = 31 * h + Chars.toLowerCase(c);
            } else {
                inWord = false;
            }
        }
        return words < MIN_REPEAT_WORDS ? NO_KEY : h == NO_KEY ? 1 : h;
    }

    /**
     * Drops short lines without sentence punctuation at the edges of the body (labels such as "Related topics",
     * "Photo: Jane Doe", "Source: agencies" before the first or after the last sentence).
     */
    static List<Block> dropEdgeFragments(List<Block> in) {
        if (in.size() < MIN_BLOCKS_FOR_EDGE_RULE) {
            return in; // a tiny body is all there is: keep it
        }
        int start = 0;
        while (start < Math.min(EDGE_BLOCKS, in.size()) && isLeadingFurniture(in.get(start))) {
            start++;
        }
        int end = in.size();
        while (end > start && isTrailingFurniture(in.get(end - 1))) {
            end--;
        }
        return start == 0 && end == in.size() ? in : new ArrayList<>(in.subList(start, end));
    }

    /**
     * What may be trimmed from the end of the body: a fragment, a heading left with nothing under it, or a short
     * block with one of the newsroom's promotion phrases ({@code promo-phrases.txt}: newsletter and app pitches,
     * subscription offers, feedback calls, print footers).
     */
    static boolean isTrailingFurniture(Block b) {
        return isLeadingFurniture(b) || b.type() == BlockType.HEADING;
    }

    /** What may be trimmed from the start of the body: a fragment, a promotion, a lone URL, a labelled box. */
    static boolean isLeadingFurniture(Block b) {
        return isFragment(b) || isPromo(b.text()) || LONE_URL.matcher(b.text()).matches() || isUiBox(b.text());
    }

    /** A box titled by an interface label is shorter than this ("SUBSCRIBE", then two lines of offer). */
    static final int MAX_UI_BOX_CHARS = 120;

    /**
     * A short block whose first line (of several) is an interface label: a sidebar box of a page laid out in a table
     * ("SUBSCRIBE / Get the paper delivered / Click here"); trimmed at the edges only.
     */
    static boolean isUiBox(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.length() <= MAX_UI_BOX_CHARS && isUiLine(text.substring(0, nl));
    }

    /** A bar of interface links is shorter than this; each of its parts shorter than {@link #MAX_UI_PART_CHARS}. */
    static final int MAX_UI_BAR_CHARS = 120;
    static final int MAX_UI_PART_CHARS = 40;

    /**
     * A bar of interface links ("[ Print this story | Email this story to a friend | Back to top ]"): two or more
     * parts between bars, each an interface line or one followed by a few words.
     */
    static boolean isUiBar(String text) {
        if (text.length() > MAX_UI_BAR_CHARS || text.indexOf('|') < 0) {
            return false;
        }
        String[] parts = text.split("\\|");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            String t = trimToWords(part.toLowerCase(Locale.ROOT));
            if (t.length() > MAX_UI_PART_CHARS || !isUiLabel(t)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code t} (lower case, trimmed to words) is an interface line, or starts with one and a space. */
    private static boolean isUiLabel(String t) {
        if (Hints.UI_LINES.contains(t)) {
            return true;
        }
        int sp = t.indexOf(' ');
        return sp > 0 && Hints.UI_LINES.contains(t.substring(0, sp));
    }

    /** {@code t} without the non-letter, non-digit characters at either end. */
    private static String trimToWords(String t) {
        int start = 0;
        int end = t.length();
        while (start < end && !Character.isLetterOrDigit(t.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(start, end);
    }

    /** A list label is shorter than this ("Other local stories:"); each teaser line shorter than the other. */
    static final int MAX_LIST_LABEL_CHARS = 50;
    static final int MAX_LIST_LINE_CHARS = 120;

    /**
     * A list of links to other articles written as lines under a label: a first line ending with a colon that names
     * articles ({@code teaser-list-words.txt}: "stories", "articles", "Artikel"...), then two or more short lines.
     */
    static boolean isTeaserList(String text) {
        if (text.indexOf('\n') < 0) {
            return false; // most blocks: one line, no list (checked before splitting every paragraph)
        }
        String[] lines = text.split("\n");
        String label = lines[0].strip();
        if (lines.length < 3 || label.length() > MAX_LIST_LABEL_CHARS || !label.endsWith(":")) {
            return false;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].length() > MAX_LIST_LINE_CHARS) {
                return false;
            }
        }
        for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (Hints.TEASER_LIST_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code b} without the teaser lines ({@link #isTeaser}: "RELATED: Eastbank traders ask for rate relief") that
     * close it: a paragraph written between {@code <br>}s can carry a link to another story on its last line. Only
     * a paragraph of several lines loses lines; a block that is a teaser alone is dropped as a whole by the caller.
     */
    static Block withoutTrailingTeasers(Block b) {
        String t = b.text();
        if (b.type() != BlockType.PARAGRAPH || t.indexOf('\n') < 0) {
            return b;
        }
        int end = t.length();
        int nl = t.lastIndexOf('\n', end - 1);
        while (nl > 0 && isTeaser(t.substring(nl + 1, end).strip())) {
            end = nl;
            nl = t.lastIndexOf('\n', end - 1);
        }
        return end == t.length() ? b : new Block(b.type(), t.substring(0, end).stripTrailing(), b.level());
    }

    /** A block that is nothing but a web address (a share or print line). */
    static final Pattern LONE_URL = Pattern.compile("\\s*https?://\\S+\\s*");

    /** A block shorter than {@link #MAX_PROMO_CHARS} holding one of the promotion phrases. */
    static boolean isPromo(String text) {
        return text.length() <= MAX_PROMO_CHARS && Hints.PROMO.in(text.toLowerCase(Locale.ROOT));
    }

    static boolean isFragment(Block b) {
        if (b.type() == BlockType.PREFORMATTED || b.type() == BlockType.TABLE) {
            return false; // code and tables are structure the page chose to show
        }
        String t = b.text();
        return t.length() < MAX_FRAGMENT_CHARS && !SENTENCE_END.matcher(t).find();
    }

    private static List<Block> clean(List<Block> in, String title, String dek, String description) {
        List<Block> out = new ArrayList<>(in.size());
        String normTitle = title == null ? "" : TextKey.loose(title);
        for (int i = 0; i < in.size(); i++) {
            Block b = withoutTrailingTeasers(in.get(i));
            if (isUiLine(b.text()) || isUiBar(b.text()) || isCreditLine(b.text()) || isTeaser(b.text())
                    || isTeaserList(b.text())) {
                continue;
            }
            if (!hasLetterOrDigit(b.text())) {
                continue;
            }
            if (out.size() >= LEADING_BLOCKS) {
                if (!out.get(out.size() - 1).text().equals(b.text())) {
                    out.add(b); // past the leading blocks only duplicates matter: no normalising per block
                }
                continue;
            }
            String n = TextKey.loose(b.text());
            if (out.size() < LEADING_BLOCKS && (n.equals(normTitle) && b.type() == BlockType.HEADING
                    || b.type() == BlockType.HEADING && b.level() == 1 && out.isEmpty())) {
                continue;
            }
            if (out.size() < LEADING_BLOCKS && isRepeat(n, dek)
                    || out.isEmpty() && isRepeat(n, description)) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).text().equals(b.text())) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Splits a leading paragraph that holds the headline as one of its lines into a block per line: pages that write
     * the header as lines of one container (date, headline, standfirst between {@code <br>}) then have each line
     * judged as header furniture.
     */
    static List<Block> splitHeaderStack(List<Block> in, String title, String headline) {
        String nt = title == null ? "" : TextKey.loose(title);
        String nh = headline == null ? "" : TextKey.loose(headline);
        for (int i = 0; i < Math.min(in.size(), LEADING_BLOCKS + 2); i++) {
            Block b = in.get(i);
            if (b.type() != BlockType.PARAGRAPH || b.text().indexOf('\n') < 0) {
                continue;
            }
            String[] lines = b.text().split("\n");
            for (String line : lines) {
                if (isHeadline(TextKey.loose(line), nt, nh)) {
                    List<Block> out = new ArrayList<>(in.size() + lines.length);
                    out.addAll(in.subList(0, i));
                    for (String l : lines) {
                        out.add(Block.paragraph(l));
                    }
                    out.addAll(in.subList(i + 1, in.size()));
                    return out;
                }
            }
        }
        return in;
    }

    /**
     * Drops header furniture before the first long paragraph: a repeated headline (and a short kicker right before
     * it), datelines and bylines.
     */
    static List<Block> dropHeaderZone(List<Block> in, String title, String headline) {
        String nt = title == null ? "" : TextKey.loose(title);
        String nh = headline == null ? "" : TextKey.loose(headline);
        List<Block> out = new ArrayList<>(in.size());
        boolean inZone = true;
        for (int i = 0; i < in.size(); i++) {
            Block b = in.get(i);
            if (inZone && b.type() == BlockType.PARAGRAPH && b.text().length() >= HEADER_ZONE_END_CHARS) {
                inZone = false;
            }
            if (inZone && i < LEADING_BLOCKS + 2 && isHeaderFurniture(b, nt, nh, i + 1 < in.size() ? in.get(i + 1) : null)) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static boolean isHeaderFurniture(Block b, String nt, String nh, Block next) {
        String n = TextKey.loose(b.text());
        if (!n.isEmpty() && (n.equals(nt) || n.equals(nh))) {
            return true;
        }
        if (b.text().length() > MAX_FURNITURE_CHARS) {
            return false;
        }
        if (next != null && isHeadline(TextKey.loose(next.text()), nt, nh) && b.text().length() <= MAX_KICKER_CHARS) {
            return true; // kicker above the repeated headline
        }
        return DATELINE.matcher(b.text()).find() && b.text().length() <= MAX_DATELINE_CHARS || isByline(b.text());
    }

    private static boolean isHeadline(String n, String nt, String nh) {
        return !n.isEmpty() && (n.equals(nt) || n.equals(nh));
    }

    static boolean isByline(String text) {
        int sp = text.indexOf(' ');
        return sp > 0 && text.length() <= MAX_BYLINE_CHARS
                && Hints.BYLINE_PREFIXES.contains(text.substring(0, sp).toLowerCase(Locale.ROOT));
    }

    /** A heading cannot end an article: trailing headings are section titles of what was cut away. */
    static List<Block> dropTrailingHeadings(List<Block> in) {
        int end = in.size();
        while (end > 0 && in.get(end - 1).type() == BlockType.HEADING) {
            end--;
        }
        return end == in.size() ? in : new ArrayList<>(in.subList(0, end));
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isCreditLine(String text) {
        return text.length() < MAX_CREDIT_LINE_CHARS && Hints.CREDIT_PHRASES.in(text.toLowerCase(Locale.ROOT));
    }

    /** A teaser is shorter than this: a label and a headline. */
    static final int MAX_TEASER_CHARS = 160;

    /**
     * A teaser for another article or a video set inside the body: a short block opening with a teaser label
     * ({@code teaser-labels.txt}) and a colon or bar ("READ MORE: Woman found alive", "WATCH | Protest in Paris").
     */
    static boolean isTeaser(String text) {
        if (text.length() > MAX_TEASER_CHARS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String label : Hints.TEASER_LABELS) {
            if (lower.startsWith(label)) {
                String rest = lower.substring(label.length()).stripLeading();
                boolean separated = !rest.isEmpty() && (rest.charAt(0) == ':' || rest.charAt(0) == '|');
                if (separated && !rest.substring(1).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An interface line, compared without the punctuation around it ("- Advertisement -", "Print:"). */
    static boolean isUiLine(String text) {
        if (text.length() > MAX_UI_LINE_CHARS) {
            return false;
        }
        return Hints.UI_LINES.contains(trimToWords(text.toLowerCase(Locale.ROOT)));
    }

    private static boolean isRepeat(String normBlock, String standfirst) {
        if (standfirst == null) {
            return false;
        }
        String ns = TextKey.loose(standfirst);
        if (ns.isEmpty()) {
            return false;
        }
        return ns.equals(normBlock) || (ns.contains(normBlock) && normBlock.length() >= REPEAT_SHARE * ns.length())
                || (normBlock.contains(ns) && ns.length() >= REPEAT_SHARE * normBlock.length());
    }
}
