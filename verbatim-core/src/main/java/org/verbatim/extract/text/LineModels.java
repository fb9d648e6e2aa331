package org.verbatim.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.learn.TreeEnsemble;
import org.verbatim.model.PageType;

/**
 * The learned models of the scraped-text path: the line scorer (over {@link TextFeatures#LINE_NAMES}), its second
 * stage (over {@link TextFeatures#STACKED_NAMES}: the first stage's view of each line's surroundings), the page-type
 * classifier (over {@link TextFeatures#PAGE_NAMES}), the table of learned line forms ({@link LineShapes}) and how
 * lines are kept ({@link Choice}). The shipped ones are resources of this package, trained by
 * {@code ./verbatim train text} ({@code models/TRAINING.md} tells on what); {@link #NONE} extracts by the rules
 * alone. Immutable and thread-safe.
 */
public final class LineModels {
    /** The page types of the classifier's classes, in class order (those of the HTML classifier). */
    public static final List<PageType> TYPES = ContentModels.TYPES;
    static final String LINES = "models/text-lines.trees";
    static final String STACKED = "models/text-lines-stacked.trees";
    static final String PAGE_TYPES = "models/text-page-types.trees";
    static final String SHAPES = "models/text-line-shapes.tsv";
    static final String CHOICE = "models/text-choice.properties";

    /** No models: the rules alone, as before the learned scorer. */
    public static final LineModels NONE = new LineModels(null, null, null, LineShapes.EMPTY, Choice.DEFAULT);

    /**
     * How lines are kept from their probabilities: the story is the stretch of lines with the largest sum of
     * {@code (p - cut)} weighted by length; inside it, lines with at least {@code inner} are kept; outside it,
     * lines with at least {@code outer} (above 1: none).
     */
    public record Choice(float cut, float inner, float outer) {
        public static final Choice DEFAULT = new Choice(0.5f, 0.5f, 1.01f);

        /** As {@code key=value} lines. */
        public String properties() {
            return String.format(Locale.ROOT, "cut=%.2f%ninner=%.2f%nouter=%.2f%n", cut, inner, outer);
        }

        static Choice of(Properties p) {
            return new Choice(Float.parseFloat(p.getProperty("cut", "0.5")),
                    Float.parseFloat(p.getProperty("inner", "0.5")), Float.parseFloat(p.getProperty("outer", "1.01")));
        }
    }

    private final TreeEnsemble lines;
    private final TreeEnsemble stacked;
    private final TreeEnsemble pageTypes;
    private final LineShapes shapes;
    private final Choice choice;

    /**
     * @param lines     the line scorer, {@code null} for none (the rules choose the lines)
     * @param stacked   its second stage, {@code null} for none
     * @param pageTypes the page classifier, {@code null} for none
     * @param shapes    learned line forms ({@link LineShapes#EMPTY} for none)
     * @param choice    how lines are kept
     */
    public LineModels(TreeEnsemble lines, TreeEnsemble stacked, TreeEnsemble pageTypes, LineShapes shapes,
                      Choice choice) {
        this.lines = lines == null ? null : lines.requireFeatures(TextFeatures.LINE_NAMES);
        this.stacked = stacked == null ? null : stacked.requireFeatures(TextFeatures.STACKED_NAMES);
        this.pageTypes = pageTypes == null ? null : pageTypes.requireFeatures(TextFeatures.PAGE_NAMES);
        if (stacked != null && lines == null) {
            throw new IllegalArgumentException("a second stage needs a first");
        }
        if (pageTypes != null && pageTypes.classes() != TYPES.size()) {
            throw new IllegalArgumentException("page-type model has " + pageTypes.classes() + " classes, not "
                    + TYPES.size());
        }
        this.shapes = java.util.Objects.requireNonNull(shapes);
        this.choice = java.util.Objects.requireNonNull(choice);
    }

    /** The shipped models; {@link #NONE} when the resources are absent (a build before the first training). */
    public static LineModels shipped() {
        return Shipped.MODELS;
    }

    private static final class Shipped {
        static final LineModels MODELS = load();

        private static LineModels load() {
            TreeEnsemble l = read(LINES);
            TreeEnsemble t = read(PAGE_TYPES);
            if (l == null && t == null) {
                return NONE;
            }
            LineShapes s;
            try (InputStream in = LineModels.class.getResourceAsStream(SHAPES)) {
                s = in == null ? LineShapes.EMPTY : LineShapes.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SHAPES, e);
            }
            Choice c = LineModels.class.getResource(CHOICE) == null ? Choice.DEFAULT
                    : Choice.of(org.verbatim.internal.Resources.properties(LineModels.class, CHOICE));
            return new LineModels(l, read(STACKED), t, s, c);
        }
    }

    private static TreeEnsemble read(String name) {
        try (InputStream in = LineModels.class.getResourceAsStream(name)) {
            return in == null ? null : TreeEnsemble.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + name, e);
        }
    }

    /** The same models keeping lines another way. */
    public LineModels with(Choice c) {
        return new LineModels(lines, stacked, pageTypes, shapes, c);
    }

    public LineShapes shapes() {
        return shapes;
    }

    public Choice choice() {
        return choice;
    }

    boolean scoresLines() {
        return lines != null;
    }

    boolean classifiesPages() {
        return pageTypes != null;
    }

    /** Class probabilities in {@link #TYPES} order. */
    float[] pageType(float[] pageRow) {
        return pageTypes.probabilities(pageRow);
    }

    /** Each line's probability of being content: the second stage's when there is one, else the first's. */
    float[] probabilities(TextFeatures f) {
        float[][] rows = f.rows();
        float[] p = lines.probabilities(rows);
        return stacked == null ? p : stacked.probabilities(TextFeatures.stacked(rows, p));
    }

    /**
     * Which lines to keep, given their probabilities and lengths in characters: {@link Choice}'s story span, the
     * lines in it of at least {@code inner}, and the lines out of it of at least {@code outer}.
     */
    public static boolean[] keepLines(float[] p, int[] chars, Choice c) {
        int n = p.length;
        double best = 0;
        double run = 0;
        int start = 0;
        int from = -1;
        int to = -1;
        for (int i = 0; i < n; i++) {
            if (run <= 0) {
                run = 0;
                start = i;
            }
            run += (p[i] - c.cut()) * weight(chars[i]);
            if (run > best) {
                best = run;
                from = start;
                to = i;
            }
        }
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean in = i >= from && i <= to;
            keep[i] = p[i] >= (in ? c.inner() : c.outer());
        }
        return keep;
    }

    /** A line's weight in the span: its length, within bounds (a menu item is not nothing, a long line not all). */
    static double weight(int chars) {
        return Math.max(20, Math.min(400, chars));
    }
}
