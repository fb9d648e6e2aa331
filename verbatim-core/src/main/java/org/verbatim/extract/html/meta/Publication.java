package org.verbatim.extract.html.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.verbatim.extract.common.TextKey;

/**
 * What a page says about its own publication (site name, publisher, host), to tell a credit to the publication
 * ("Example News", "example.com", "Example NACHRICHTEN") from a person's name.
 */
final class Publication {
    /** Second-level labels of two-part public suffixes ({@code co.uk}, {@code com.tr}, {@code co.za}...). */
    static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "ne", "or", "go", "gob",
            "edu", "nic");
    /** A host label shorter than this is too short to look for inside a name ("ap" would match "Japan"). */
    static final int MIN_LABEL = 4;

    /** Normalised names (letters and digits, lower case) of the site and its publisher. */
    private final List<String> names;
    /** Host without {@code www}, normalised; empty when unknown. */
    private final String host;
    /** The host's registrable label ({@code ilanganews} for {@code www.ilanganews.co.za}), normalised. */
    private final String label;

    Publication(String siteName, String publisher, String url) {
        List<String> n = new ArrayList<>();
        for (String s : new String[] {siteName, publisher}) {
            if (s != null && !TextKey.loose(s).isEmpty()) {
                n.add(TextKey.loose(s));
            }
        }
        this.names = List.copyOf(n);
        String h = hostOf(url);
        this.host = TextKey.loose(h);
        this.label = TextKey.loose(registrableLabel(h));
    }

    /**
     * True when {@code name} is the publication: it equals the site or publisher name, the host contains it, it
     * contains the host's label ("n-tv NACHRICHTEN" on n-tv.de), or its first word is most of that label ("Ilanga D"
     * on ilanganews.co.za).
     */
    boolean isPublication(String name) {
        String n = TextKey.loose(name);
        if (n.isEmpty()) {
            return false;
        }
        if (names.contains(n) || n.length() >= 3 && host.contains(n)) {
            return true;
        }
        if (label.length() >= MIN_LABEL && n.contains(label)) {
            return true;
        }
        int space = name.indexOf(' ');
        String first = TextKey.loose(space < 0 ? name : name.substring(0, space));
        return first.length() >= MIN_LABEL && label.startsWith(first) && 2 * first.length() >= label.length();
    }

    /**
     * True when {@code text} names the publication plainly: it equals the site or publisher name, or the host holds
     * it ("Example" on example.com, "example.com" on www.example.com). Looser than {@link #isPublication}, which also
     * catches names holding the host's label, as headlines may ("History of coffee" on a coffee.com).
     */
    boolean isNamed(String text) {
        String n = TextKey.loose(text);
        return !n.isEmpty() && (names.contains(n) || n.length() >= 3 && host.contains(n));
    }

    /** The host of {@code url} without {@code www.}, lower case; empty when unknown. */
    static String hostOf(String url) {
        if (url == null) {
            return "";
        }
        int start = url.indexOf("://");
        String rest = start < 0 ? url : url.substring(start + 3);
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == ':' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String h = rest.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** The label before the public suffix: {@code example} for {@code news.example.co.uk}. */
    static String registrableLabel(String host) {
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return labels.length == 1 ? labels[0] : "";
        }
        int i = labels.length - 2;
        if (i > 0 && SECOND_LEVEL.contains(labels[i])) {
            i--;
        }
        return labels[i];
    }
}
