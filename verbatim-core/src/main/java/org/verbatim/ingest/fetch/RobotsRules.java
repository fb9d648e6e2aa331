package org.verbatim.ingest.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one user agent: the group naming our product token, else the {@code *} group.
 * The longest matching Allow/Disallow path wins, Allow on ties; {@code *} matches any run of characters and a
 * trailing {@code $} anchors the end (RFC 9309). An empty or missing file allows everything.
 */
public final class RobotsRules {
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses the file for {@code token} (case-insensitive product token such as {@code verbatim}). */
    public static RobotsRules parse(String robotsTxt, String token) {
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean foundMine = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : robotsTxt.split("\r?\n|\r")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) { // a new group starts
                    agents.clear();
                    current = new ArrayList<>();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
                if (value.equalsIgnoreCase(token)) {
                    foundMine = true;
                    current = mine;
                } else if (value.equals("*") && current != mine) {
                    current = star;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty() && !agents.isEmpty()) {
                    current.add(new Rule(key.equals("allow"), value));
                }
            }
        }
        return new RobotsRules(foundMine ? mine : star);
    }

    /** True when the path (with its query) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
                    || (r.pattern().length() == best.pattern().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        String[] parts = p.split("\\*", -1);
        StringBuilder re = new StringBuilder("(?s)");
        for (int i = 0; i < parts.length; i++) {
            re.append(i > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[i]));
        }
        return path.matches(anchored ? re.toString() : re + ".*");
    }
}
