package org.verbatim.extract.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.extract.common.Phrases;

/**
 * The word lists of the scraped-text extractor, loaded from the {@code .properties} files beside this class: UI labels,
 * boilerplate phrases, byline and dateline words, caption markers. Immutable.
 */
final class TextVocabulary {
    final List<String> uiSubstrings;
    final Set<String> uiWords;
    final Set<String> boilerplateExact;
    final List<String> boilerplatePrefixes;
    final List<String> boilerplateContains;
    final Set<String> sectionEnds;
    final Set<String> shareVerbs;
    final Set<String> socialNetworks;
    /** The shortest and longest of {@link #shareVerbs} and {@link #socialNetworks}, in UTF-16 units. */
    final int shareWordMin;
    final int shareWordMax;
    final List<String> bylinePrefixes;
    final Set<String> nameJoiners;
    final Set<String> nameParticles;
    final Set<String> nameStops;
    final Set<String> publishedWords;
    final Set<String> updatedWords;
    final Set<String> datelineFiller;
    final List<String> captionPrefixes;
    final List<String> captionCredits;
    /** {@link #uiSubstrings}, {@link #boilerplateContains} and {@link #captionCredits}, each searched at once. */
    final Phrases uiSubstringPhrases;
    final Phrases boilerplatePhrases;
    final Phrases captionCreditPhrases;
    /** {@link #shareVerbs} as phrases: a line without any of them anywhere has none among its words. */
    final Phrases shareVerbPhrases;

    private TextVocabulary() {
        Properties ui = read("ui-labels.properties");
        Properties bp = read("boilerplate.properties");
        Properties by = read("bylines.properties");
        Properties dl = read("datelines.properties");
        Properties cap = read("captions.properties");
        uiSubstrings = list(ui, "ui.substrings");
        uiWords = Set.copyOf(list(ui, "ui.words"));
        boilerplateExact = Set.copyOf(list(bp, "line.exact"));
        boilerplatePrefixes = longestFirst(list(bp, "line.prefix"));
        boilerplateContains = list(bp, "line.contains");
        sectionEnds = Set.copyOf(list(bp, "section.end"));
        shareVerbs = Set.copyOf(list(bp, "share.verbs"));
        socialNetworks = Set.copyOf(list(bp, "social.networks"));
        shareWordMin = java.util.stream.Stream.concat(shareVerbs.stream(), socialNetworks.stream())
                .mapToInt(String::length).min().orElse(1);
        shareWordMax = java.util.stream.Stream.concat(shareVerbs.stream(), socialNetworks.stream())
                .mapToInt(String::length).max().orElse(0);
        bylinePrefixes = longestFirst(list(by, "byline.prefixes"));
        nameJoiners = Set.copyOf(list(by, "name.joiners"));
        nameParticles = Set.copyOf(list(by, "name.particles"));
        nameStops = Set.copyOf(list(by, "name.stop"));
        publishedWords = words(list(dl, "published"));
        updatedWords = words(list(dl, "updated"));
        datelineFiller = words(list(dl, "filler"));
        captionPrefixes = longestFirst(list(cap, "caption.prefixes"));
        captionCredits = list(cap, "caption.credits");
        uiSubstringPhrases = new Phrases(uiSubstrings);
        boilerplatePhrases = new Phrases(boilerplateContains);
        captionCreditPhrases = new Phrases(captionCredits);
        shareVerbPhrases = new Phrases(List.copyOf(shareVerbs));
        for (Set<String> keyed : List.of(boilerplateExact, sectionEnds)) {
            for (String line : keyed) {
                if (line.length() > LineClassifier.MAX_KEYED_LINE) {
                    throw new IllegalStateException("a listed line is longer than the classifier reads keys ("
                            + LineClassifier.MAX_KEYED_LINE + "): " + line);
                }
            }
        }
    }

    static TextVocabulary load() {
        return new TextVocabulary();
    }

    /** Single words of multi-word phrases too, for "the rest of the line is only such words" checks. */
    private static Set<String> words(List<String> phrases) {
        return phrases.stream().flatMap(p -> Arrays.stream(p.split("\\s+"))).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> longestFirst(List<String> l) {
        return l.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<String> list(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("missing key " + key);
        }
        return Arrays.stream(v.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private static Properties read(String name) {
        return org.verbatim.internal.Resources.properties(TextVocabulary.class, name);
    }
}
