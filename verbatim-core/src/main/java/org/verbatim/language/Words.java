package org.verbatim.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.verbatim.internal.Resources;

/**
 * Per-language word lists kept as data ({@code org/verbatim/language/words/LANG/NAME.txt}), each defined once and
 * shared by every stage that needs it (extraction and enrichment alike). A language is added by adding its folder and
 * a line in {@code languages.txt}; a list a language lacks is empty for it. Lists are read once; thread-safe.
 */
public final class Words {
    private static final String DIR = "words/";
    private static final List<String> LANGUAGES = Resources.lines(Words.class, DIR + "languages.txt");
    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();
    private static final Particles PARTICLES = new Particles();

    private Words() {
    }

    /** The languages with word lists. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /** The list {@code name} of every language together. */
    public static Set<String> all(String name) {
        Set<String> cached = CACHE.get("*/" + name);
        if (cached != null) {
            return cached;
        }
        // read outside computeIfAbsent: of() updates the same map, and a map may not be updated from its own function
        Set<String> out = new LinkedHashSet<>();
        for (String lang : LANGUAGES) {
            out.addAll(of(lang, name));
        }
        Set<String> union = Set.copyOf(out);
        Set<String> raced = CACHE.putIfAbsent("*/" + name, union);
        return raced != null ? raced : union;
    }

    /** The list {@code name} of one language; empty when it has none. */
    public static Set<String> of(String language, String name) {
        return CACHE.computeIfAbsent(language + "/" + name, k -> {
            String file = DIR + language + "/" + name + ".txt";
            return Words.class.getResource(file) == null ? Set.of() : Set.copyOf(Resources.lines(Words.class, file));
        });
    }

    /** Particles of personal names that may stand between capitalised words of running text (see the data file). */
    public static Set<String> nameParticlesInText() {
        return PARTICLES.inText;
    }

    /** Every particle of personal names, for places where a name is expected (a byline). */
    public static Set<String> nameParticles() {
        return PARTICLES.all;
    }

    private static final class Particles {
        final Set<String> inText;
        final Set<String> all;

        Particles() {
            List<String> text = new ArrayList<>();
            List<String> every = new ArrayList<>();
            for (String line : Resources.lines(Words.class, DIR + "name-particles.tsv")) {
                String[] f = line.split("\t");
                if (f.length != 2 || !(f[1].equals("text") || f[1].equals("names"))) {
                    throw new IllegalStateException("bad line in name-particles.tsv: " + line);
                }
                every.add(f[0]);
                if (f[1].equals("text")) {
                    text.add(f[0]);
                }
            }
            inText = Set.copyOf(text);
            all = Set.copyOf(every);
        }
    }
}
