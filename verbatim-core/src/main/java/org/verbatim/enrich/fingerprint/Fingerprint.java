package org.verbatim.enrich.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A near-duplicate fingerprint: a MinHash signature over the word shingles of an article's title and text, and the
 * hash of its normalised content. Two fingerprints whose estimated Jaccard similarity reaches
 * {@link MinHasher#THRESHOLD} are copies of one story; locality-sensitive {@link #bandKeys()} find candidates without
 * comparing against every stored article.
 *
 * @param signature   {@link MinHasher#HASHES} minimum hashes; empty when the text has too few words to judge
 * @param contentHash hex hash of the normalised title and text (exact copies share it)
 */
public record Fingerprint(int[] signature, String contentHash) {

    public Fingerprint {
        Objects.requireNonNull(contentHash, "contentHash");
        signature = signature.clone();
        if (signature.length != 0 && signature.length != MinHasher.HASHES) {
            throw new IllegalArgumentException("signature must have " + MinHasher.HASHES + " values");
        }
    }

    @Override
    public int[] signature() {
        return signature.clone();
    }

    /** Estimated Jaccard similarity of the shingle sets: the share of equal minimum hashes; 1 for equal content. */
    public double similarity(Fingerprint other) {
        if (contentHash.equals(other.contentHash)) {
            return 1.0;
        }
        if (signature.length == 0 || other.signature.length == 0) {
            return 0.0;
        }
        int same = 0;
        for (int i = 0; i < signature.length; i++) {
            same += signature[i] == other.signature[i] ? 1 : 0;
        }
        return same / (double) signature.length;
    }

    /** True when the two are copies of one story. */
    public boolean sameStory(Fingerprint other) {
        return similarity(other) >= MinHasher.THRESHOLD;
    }

    /**
     * Lookup keys: one per band of {@link MinHasher#ROWS} signature values, plus the content hash. Copies above the
     * threshold share at least one key with high probability; unrelated texts almost never do.
     */
    public List<String> bandKeys() {
        List<String> keys = new ArrayList<>();
        keys.add("c" + contentHash);
        for (int b = 0; b * MinHasher.ROWS < signature.length; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < MinHasher.ROWS; r++) {
                h = MinHasher.mix(h ^ signature[b * MinHasher.ROWS + r]);
            }
            keys.add("b" + b + "_" + Long.toHexString(h));
        }
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(signature, f.signature) && contentHash.equals(f.contentHash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + contentHash.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + contentHash + ", " + signature.length + " hashes]";
    }
}
