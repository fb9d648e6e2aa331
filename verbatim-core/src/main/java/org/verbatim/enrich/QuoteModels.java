package org.verbatim.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What quote attribution has learned from data, per language: a cue lexicon (word, times inside a gold cue, times
 * seen) and models that score cue candidates (boosted trees or a linear model), speaker candidates and cue-less
 * continuations (linear models).
 *
 * <p>None of it is part of the Apache-2.0 core: each language's learned files come in a jar of their own that carries
 * the licence of its training data ({@code verbatim-quotes-en}: PolNeAR; {@code verbatim-quotes-de}: German Wikinews,
 * CC BY-NC-SA 4.0), under {@code org/verbatim/enrich/learned/<language>/}. {@link #fromClassPath()} reads whatever
 * is there; without a language's jar the annotator works on its hand-written rules alone. Immutable and thread-safe.
 */
public final class QuoteModels {
    /** The class-path folder of a language's learned files ({@code %s} = language code). */
    public static final String FOLDER = "/org/verbatim/enrich/learned/%s/";
    /** The learned files of a language folder. */
    public static final String CUES = "cues.tsv";
    public static final String CUE_MODEL = "cue.model";
    /** The cue model as boosted trees ({@link FeatureTrees}); when present, it is read instead of {@link #CUE_MODEL}. */
    public static final String CUE_TREES = "cue.trees";
    public static final String SPEAKER_MODEL = "speaker.model";
    public static final String CONTINUATION_MODEL = "continuation.model";
    /**
     * The cue model's option (written by the trainer, read by the annotator): do the rules attribute sentences with
     * quotation marks (1, the default) or not (0).
     */
    public static final String QUOTED_BY_RULES = "__quoted_by_rules__";
    /**
     * The cue model's option: the probability from which an English attribution whose subject is weak (no person,
     * organisation or agent noun) and for which the speaker ranker finds nobody is still reported, speakerless
     * ("Exit polls suggest that ...", "Many economists think ..."); above 1 (the default): never.
     */
    public static final String SPEAKERLESS_WEAK = "__speakerless_weak__";
    private static final List<String> LANGUAGES = List.of("en", "de");
    private static final QuoteModels NONE = new QuoteModels(Map.of());

    /**
     * One language's learned parts; any may be absent ({@code cueCounts} empty, models {@code null}).
     *
     * @param cueCounts    lower-cased word to {times inside a gold cue, times seen} in the training split
     * @param cue          P(a candidate word is the cue of a reported statement)
     * @param speaker      P(a candidate mention is the source of an attribution)
     * @param continuation P(a sentence without cue goes on with the attribution before it)
     */
    public record Language(Map<String, int[]> cueCounts, BinaryModel cue, LinearModel speaker,
                           LinearModel continuation) {
        public Language {
            cueCounts = Map.copyOf(cueCounts);
        }

        static final Language EMPTY = new Language(Map.of(), null, null, null);

        /** True when nothing was learned for this language. */
        public boolean isEmpty() {
            return cueCounts.isEmpty() && cue == null && speaker == null && continuation == null;
        }
    }

    private final Map<String, Language> languages;

    private QuoteModels(Map<String, Language> languages) {
        this.languages = Map.copyOf(languages);
    }

    /** Rules only: nothing learned for any language. */
    public static QuoteModels none() {
        return NONE;
    }

    /** The given languages' learned parts (for trainers that evaluate a model before writing it). */
    public static QuoteModels of(Map<String, Language> languages) {
        return new QuoteModels(languages);
    }

    /** Whatever learned files the class path holds (read once per call; keep the result). */
    public static QuoteModels fromClassPath() {
        Map<String, Language> m = new HashMap<>();
        for (String lang : LANGUAGES) {
            String dir = String.format(FOLDER, lang);
            Language l = new Language(cueCounts(dir + CUES), cueModel(dir), model(dir + SPEAKER_MODEL),
                    model(dir + CONTINUATION_MODEL));
            if (!l.isEmpty()) {
                m.put(lang, l);
            }
        }
        return new QuoteModels(m);
    }

    /** A language's learned parts, empty when there are none. */
    public Language language(String lang) {
        return languages.getOrDefault(lang, Language.EMPTY);
    }

    private static InputStream open(String resource) {
        return QuoteModels.class.getResourceAsStream(resource);
    }

    /** A language folder's cue model: its trees when it has them, else its linear model, else {@code null}. */
    private static BinaryModel cueModel(String dir) {
        InputStream trees = open(dir + CUE_TREES);
        return trees != null ? FeatureTrees.read(trees) : model(dir + CUE_MODEL);
    }

    private static LinearModel model(String resource) {
        InputStream in = open(resource);
        return in == null ? null : LinearModel.read(in);
    }

    /** A cue lexicon: {@code word TAB cue_count TAB occurrences} lines, {@code #} comments. */
    static Map<String, int[]> cueCounts(String resource) {
        InputStream in = open(resource);
        if (in == null) {
            return Map.of();
        }
        try (in) {
            return parseCounts(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Map<String, int[]> parseCounts(String tsv) {
        Map<String, int[]> m = new HashMap<>();
        for (String line : tsv.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            m.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        }
        return m;
    }
}
