package org.verbatim.extract.html.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.verbatim.extract.html.dom.HintSet;

/**
 * The writer an "about the author" box names, for pages whose data and bylines credit no person: a short element
 * holding nothing but a name (a heading, a bold line, a portrait's {@code alt}) followed by a paragraph that opens
 * with that name, or its first word, and a verb of being ("Jane Doe is a freelance travel writer...", "Jane is the
 * founder of..."; the verbs, per language, in {@code author-bio-verbs.txt}) and goes on with a personal pronoun
 * ("When she isn't writing..."; {@code author-bio-pronouns.txt}), which a paragraph on a thing ("Art Deco is a
 * style...") lacks. The name must look like a person's (two capitalised words or more). A page that presents several
 * people so (a list of experts, a team page) names no single writer: it gives none.
 */
final class AuthorBio {
    /** Verbs that open a biography after the name, lower case ({@code author-bio-verbs.txt}). */
    static final Set<String> VERBS = Set.copyOf(HintSet.readLines("author-bio-verbs.txt"));
    /** Runs of non-letters, between the words {@link #aboutAPerson} reads (compiled once, not per paragraph). */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** An image with alt text, parsed once: looking a query up costs more than running it on a short step. */
    private static final Evaluator IMAGE_WITH_ALT = QueryParser.parse("img[alt]");
    /** Length of the longest verb. */
    private static final int LONGEST_VERB = VERBS.stream().mapToInt(String::length).max().orElse(0);
    /** Pronouns that a biography goes on with, lower case ({@code author-bio-pronouns.txt}). */
    static final Set<String> PRONOUNS = Set.copyOf(HintSet.readLines("author-bio-pronouns.txt"));
    /** Longest paragraph opening read for the name and its verb. */
    static final int MAX_OPENING = 80;
    /** Elements before the paragraph that may hold the name (empty spacers aside). */
    static final int MAX_STEPS = 3;

    private AuthorBio() {
    }

    /** The one name of {@code named} (the names author boxes gave), or {@code null} when none or several. */
    static String only(List<String> named) {
        String found = null;
        for (String name : named) {
            if (found != null && !found.equals(name)) {
                return null; // several people presented: a list, not the writer's box
            }
            found = name;
        }
        return found;
    }

    /** The name the biography paragraph {@code p} opens with, shown just before it, or {@code null}. */
    static String named(Element p) {
        return named(p, List.of());
    }

    /**
     * The name the biography paragraph {@code p} opens with, shown just before it or in one of {@code recent}: the
     * short one-text elements read just before {@code p} (latest last), when the DOM pass has pruned them from the
     * tree since (a name line in a box it took for boilerplate); {@code null} when there is none.
     */
    static String named(Element p, List<Element> recent) {
        String subject = subject(p);
        if (subject == null) {
            return null;
        }
        String shown = shownName(p, subject);
        for (int i = recent.size() - 1; shown == null && i >= 0; i--) {
            Element line = recent.get(i);
            // only a line pruned from the tree: one still in it was passed by the walk above, or is too far away
            String text = line.ownerDocument() == null ? line.text().strip() : "";
            shown = names(text, subject) ? text : null;
        }
        return shown;
    }

    /**
     * The capitalised words before a biography verb that open the paragraph ("Jane Doe" of "Jane Doe is a..."), when
     * the paragraph goes on about a person ({@link #aboutAPerson}); {@code null} otherwise. Only the paragraph's
     * first text is read, and its whole text only once a name and a verb open it: most paragraphs fail early.
     */
    static String subject(Element p) {
        if (p.childNodeSize() == 0 || !(p.childNode(0) instanceof TextNode first)) {
            return null; // most paragraphs that open with markup hold no biography
        }
        String whole = first.getWholeText();
        int from = 0;
        while (from < whole.length() && Character.isWhitespace(whole.charAt(from))) {
            from++;
        }
        if (from == whole.length() || !Character.isUpperCase(whole.codePointAt(from))) {
            return null;
        }
        int end = Math.min(whole.length(), from + MAX_OPENING);
        List<String> words = new ArrayList<>(AuthorReader.MAX_NAME_WORDS);
        for (int i = from; i < end && words.size() <= AuthorReader.MAX_NAME_WORDS; ) {
            int j = i;
            while (j < end && !Character.isWhitespace(whole.charAt(j))) {
                j++;
            }
            String w = whole.substring(i, j);
            if (!words.isEmpty() && w.length() <= LONGEST_VERB && VERBS.contains(w.toLowerCase(Locale.ROOT))) {
                return j < end && aboutAPerson(p.text()) ? String.join(" ", words) : null;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return null; // "The council voted...": most paragraphs end here, at their second word
            }
            words.add(w);
            i = j;
            while (i < end && Character.isWhitespace(whole.charAt(i))) {
                i++;
            }
        }
        return null;
    }

    /** Whether the paragraph goes on with a personal pronoun ("... When she isn't writing"). */
    static boolean aboutAPerson(String text) {
        for (String w : NON_LETTERS.split(text)) {
            if (!w.isEmpty() && PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name shown just before {@code p} (in one of the {@link #MAX_STEPS} preceding elements, climbing out of
     * wrappers) that {@code subject} is, or is the first word of; {@code null} when there is none.
     */
    static String shownName(Element p, String subject) {
        Element cur = p;
        int steps = 0;
        while (cur != null && steps < MAX_STEPS) {
            Element prev = cur.previousElementSibling();
            if (prev == null) {
                cur = cur.parent();
                continue;
            }
            cur = prev;
            // longer than a name: a step that names nobody (the bound keeps a long container's text unread)
            String text = AuthorReader.boundedText(prev, AuthorReader.MAX_NAME) == null ? "-" : prev.text().strip();
            if (text.isEmpty()) {
                Element img = prev.selectFirst(IMAGE_WITH_ALT);
                text = img == null ? "" : img.attr("alt").strip();
                if (text.isEmpty()) {
                    continue; // a spacer
                }
            }
            steps++;
            if (names(text, subject)) {
                return text;
            }
        }
        return null;
    }

    /** Whether {@code shown} is a person's name (two words or more) that {@code subject} is whole or begins. */
    private static boolean names(String shown, String subject) {
        if (shown.length() > AuthorReader.MAX_NAME || !AuthorReader.nameLike(shown)
                || !AuthorReader.looksLikePersonName(shown)) {
            return false;
        }
        return shown.equals(subject) || subject.indexOf(' ') < 0 && shown.startsWith(subject + " ");
    }
}
