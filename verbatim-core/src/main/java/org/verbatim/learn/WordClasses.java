package org.verbatim.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multi-class log-linear (maximum entropy) model over string features: the margin of class {@code c} is the bias
 * feature's weight for {@code c} plus the weights for {@code c} of the distinct features present; softmax over the
 * margins gives the probabilities. Features the model does not know weigh nothing.
 *
 * <p>Immutable and thread-safe. Serialised form ({@link #write}/{@link #read}): a magic line, the class labels on one
 * line separated by tabs, then one line per feature, sorted by name: the name, a tab, and its weight per class
 * separated by spaces. The same weights always give the same bytes.
 */
public final class WordClasses {
    /** The feature every page has: the classes' prior. */
    public static final String BIAS = "bias";
    private static final String MAGIC = "verbatim-words-1";

    private final List<String> classes;
    private final Map<String, float[]> weights;
    /**
     * The features by content for lookups without a string: open addressing over {@link String#hashCode}, {@value
     * #SLOT} ints per slot: the key's hash (compared before the key) and its record's start in {@link #records} plus
     * one (0: an empty slot), with {@link #UNIQUE_HASH} set when no other key has the same hash. A lookup reads one
     * slot and one record, each in a flat array: the table is megabytes, and a word's lookup is a cache miss or two,
     * not one per object or per array.
     */
    private final int[] slots;
    private final int size;
    private static final int SLOT = 2;
    /**
     * Per feature, one record, the records one after the other: its key's length, its weight for each class (the
     * float's bits), then its key's chars two to an int (low half first), so that a known word's weights sit next to
     * the chars that match it.
     */
    private final int[] records;
    /** Where a record's key starts: after its length and its {@code classes} weights. */
    private final int keyOffset;
    private final float[] bias;
    /**
     * One bit per {@value #FILTER_BITS}-bit slice of a key's hash ({@link #filterBit}), set for every known key: most
     * words the model does not know are told by this small array, which stays in cache, without reading the table.
     */
    private final long[] filter = new long[1 << (FILTER_BITS - 6)];
    private static final int FILTER_BITS = 18;
    /**
     * In a slot's second int: no other key has this slot's hash, so a word with that hash is this key or unknown,
     * and once the key is counted the word adds nothing, whichever it is: a repeat is told without reading the key.
     */
    private static final int UNIQUE_HASH = 1 << 31;

    /**
     * @param classes class labels, in probability order
     * @param weights per feature, one weight per class; a feature whose weights are all zero may be left out
     * @throws IllegalArgumentException if a feature has the wrong number of weights, or a name holds a tab or a line
     *                                  break
     */
    public WordClasses(List<String> classes, Map<String, float[]> weights) {
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a model needs two classes or more, not " + classes);
        }
        this.classes = List.copyOf(classes);
        Map<String, float[]> copy = new HashMap<>(weights.size() * 2);
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            if (e.getValue().length != classes.size()) {
                throw new IllegalArgumentException(e.getKey() + ": " + e.getValue().length + " weights for "
                        + classes.size() + " classes");
            }
            if (!plain(e.getKey())) {
                throw new IllegalArgumentException("feature name with a tab or line break: " + e.getKey());
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        this.weights = copy;
        size = Integer.highestOneBit(Math.max(4, copy.size() * 2)) * 2;
        slots = new int[SLOT * size];
        int[] recs = new int[64];
        int used = 0;
        Map<Integer, Integer> hashes = new HashMap<>(copy.size() * 2);
        for (String key : copy.keySet()) {
            if (!key.equals(BIAS)) {
                hashes.merge(key.hashCode(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, float[]> e : copy.entrySet()) {
            String key = e.getKey();
            if (!key.equals(BIAS)) {
                int at = SLOT * spread(key.hashCode(), size);
                while (slots[at + 1] != 0) {
                    at = (at + SLOT) & (slots.length - 1);
                }
                slots[at] = key.hashCode();
                slots[at + 1] = used + 1 | (hashes.get(key.hashCode()) == 1 ? UNIQUE_HASH : 0);
                int bit = filterBit(key.hashCode());
                filter[bit >>> 6] |= 1L << bit;
                int length = key.length();
                int need = 1 + classes.size() + (length + 1) / 2;
                if (used + need > recs.length) {
                    recs = Arrays.copyOf(recs, Math.max(recs.length * 2, used + need));
                }
                recs[used++] = length;
                for (float w : e.getValue()) {
                    recs[used++] = Float.floatToRawIntBits(w);
                }
                for (int i = 0; i < length; i += 2) {
                    recs[used++] = key.charAt(i) | (i + 1 < length ? key.charAt(i + 1) << 16 : 0);
                }
            }
        }
        records = Arrays.copyOf(recs, used);
        keyOffset = 1 + classes.size();
        bias = copy.getOrDefault(BIAS, new float[classes.size()]);
    }

    private static boolean plain(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    public List<String> classes() {
        return classes;
    }

    /** Number of features with weights. */
    public int size() {
        return weights.size();
    }

    /**
     * Class probabilities, in {@link #classes()} order, of an item with these features. Each feature counts once
     * however often it is given; the bias counts whether given or not.
     */
    public float[] probabilities(Iterable<String> features) {
        Tally t = tally();
        for (String f : features) {
            t.add(f);
        }
        return t.probabilities();
    }

    /** A tally of one item's features, given one by one. */
    public Tally tally() {
        return new Tally();
    }

    /**
     * The slot of a feature in {@link #slots} divided by {@value #SLOT}; -1 when the model does not know it, or when
     * it may be a known feature already in {@code counted} (by slot, see {@link #UNIQUE_HASH}): either way it adds
     * nothing.
     */
    private int slot(char[] chars, int length, int hash, java.util.BitSet counted) {
        int bit = filterBit(hash);
        if ((filter[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int at = SLOT * spread(hash, size); slots[at + 1] != 0; at = (at + SLOT) & mask) {
            if (slots[at] == hash) {
                int v = slots[at + 1];
                if (v < 0 && counted.get(at / SLOT)) {
                    return -1;
                }
                if (same((v & ~UNIQUE_HASH) - 1, chars, length)) {
                    return at / SLOT;
                }
            }
        }
        return -1;
    }

    /** A key's bit in {@link #filter}: other bits of its hash than those that choose its slot. */
    private static int filterBit(int hash) {
        return (hash * 0x2C1B3C6D) >>> (32 - FILTER_BITS);
    }

    /** The table slot to start from: the hash's bits mixed (Fibonacci hashing), for short keys sharing a prefix. */
    private static int spread(int hash, int size) {
        return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
    }

    /** Whether the key of the record at {@code record} is the first {@code length} of {@code chars}. */
    private boolean same(int record, char[] chars, int length) {
        if (records[record] != length) {
            return false;
        }
        int at = record + keyOffset;
        for (int i = 0; i < length; i += 2) {
            if (records[at++] != (chars[i] | (i + 1 < length ? chars[i + 1] << 16 : 0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The margins of one item as its features are given: each known feature adds its weights once, however often it
     * comes. Not thread-safe: one per item.
     */
    public final class Tally {
        private final double[] margin = new double[classes.size()];
        /** The features counted, by slot. */
        private final java.util.BitSet seen = new java.util.BitSet(size);

        private Tally() {
            for (int c = 0; c < margin.length; c++) {
                margin[c] = bias[c];
            }
        }

        /** Adds a feature. */
        public void add(String feature) {
            add(feature.toCharArray(), feature.length(), feature.hashCode());
        }

        /**
         * Adds the feature held by the first {@code length} chars of {@code chars}, read during the call only (a
         * reused buffer will do), whose {@link String#hashCode} is {@code hash}.
         */
        public void add(char[] chars, int length, int hash) {
            int slot = slot(chars, length, hash, seen);
            if (slot >= 0 && !seen.get(slot)) {
                seen.set(slot);
                int r = (slots[SLOT * slot + 1] & ~UNIQUE_HASH) - 1;
                for (int c = 0, at = r + 1; c < margin.length; c++) {
                    margin[c] += Float.intBitsToFloat(records[at + c]);
                }
            }
        }

        /** The softmax of the margins so far. */
        public float[] probabilities() {
            double max = Arrays.stream(margin).max().orElse(0);
            double sum = 0;
            double[] e = new double[margin.length];
            for (int c = 0; c < margin.length; c++) {
                e[c] = Math.exp(margin[c] - max);
                sum += e[c];
            }
            float[] p = new float[margin.length];
            for (int c = 0; c < p.length; c++) {
                p[c] = (float) (e[c] / sum);
            }
            return p;
        }
    }

    /** The serialised form. */
    public byte[] write() {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n').append(String.join("\t", classes)).append('\n');
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            sb.append(e.getKey()).append('\t');
            float[] w = e.getValue();
            for (int c = 0; c < w.length; c++) {
                sb.append(c == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4g", w[c]));
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the serialised form.
     *
     * @throws IOException if the stream is not a model of this kind, naming the line at fault
     */
    public static WordClasses read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!MAGIC.equals(r.readLine())) {
            throw new IOException("not a " + MAGIC + " model");
        }
        String head = r.readLine();
        if (head == null) {
            throw new IOException("model ends before its class labels");
        }
        List<String> classes = List.of(head.split("\t"));
        Map<String, float[]> weights = new HashMap<>();
        int lineNo = 2;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            int tab = line.indexOf('\t');
            String[] parts = tab < 0 ? new String[0] : line.substring(tab + 1).split(" ");
            if (parts.length != classes.size()) {
                throw new IOException("line " + lineNo + ": expected a name and " + classes.size() + " weights");
            }
            float[] w = new float[parts.length];
            try {
                for (int c = 0; c < w.length; c++) {
                    w[c] = Float.parseFloat(parts[c]);
                }
            } catch (NumberFormatException e) {
                throw new IOException("line " + lineNo + ": " + e.getMessage(), e);
            }
            weights.put(line.substring(0, tab), w);
        }
        return new WordClasses(new ArrayList<>(classes), weights);
    }
}
