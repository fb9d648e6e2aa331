package org.verbatim.enrich.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Computes {@link Fingerprint}s: the text is lower-cased and cut into words (runs of letters and digits), each run of
 * {@link #SHINGLE} consecutive words is hashed, and the signature keeps, for each of {@link #HASHES} hash functions,
 * the minimum over the shingles. Stateless and thread-safe.
 */
public final class MinHasher {
    /** Words per shingle: three keeps shared phrases ("the prime minister said") from making topics look alike. */
    public static final int SHINGLE = 3;
    /** Signature length; the similarity estimate has a standard error of about 0.06 at 64. */
    public static final int HASHES = 64;
    /** Signature values per LSH band: 16 bands of 4 find pairs above about 0.5 similarity with high probability. */
    public static final int ROWS = 4;
    /** Estimated Jaccard similarity from which two articles count as copies of one story. */
    public static final double THRESHOLD = 0.5;
    /** Below this many shingles a text is too short to judge by MinHash; only exact copies cluster. */
    public static final int MIN_SHINGLES = 8;

    private static final long[] SEEDS = seeds();

    /** The fingerprint of an article's title and body; either may be {@code null}. */
    public Fingerprint fingerprint(String title, String text) {
        // Content is the words alone: case, spacing and punctuation changes do not make a new document.
        List<String> titleWords = words(lower(title));
        List<String> words = new ArrayList<>(titleWords);
        words.addAll(words(lower(text)));
        int[] sig = words.size() - SHINGLE + 1 < MIN_SHINGLES ? new int[0] : signature(words);
        String content = String.join(" ", titleWords) + "\n" + String.join(" ", words.subList(titleWords.size(), words.size()));
        return new Fingerprint(sig, sha256Hex(content).substring(0, 32));
    }

    private static int[] signature(List<String> words) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i));
        }
        for (int i = 0; i + SHINGLE <= wordHashes.length; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE; j++) {
                h = mix(h * 31 + wordHashes[i + j]);
            }
            // hot loop: one multiply-xorshift per hash function instead of a fresh hash of the shingle
            for (int k = 0; k < HASHES; k++) {
                int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** Lower-case words: maximal runs of letters and digits. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** A 64-bit finaliser (the SplitMix64 one) that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5eed5eed5eedL;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }

    static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
