package org.verbatim.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything a training reads (its settings and every page's features and labels), kept beside the
 * models it trained in {@value #FILE}. Equal digests train equal bytes, so a digest recomputed from today's code that
 * differs from the recorded one means the feature or labelling code changed and the models must be retrained: each
 * {@code ./verbatim train ... --check} and a test of this module compare the two. Not thread-safe; one per digest.
 */
final class TrainingDigest {
    /** The file beside the models that holds the digest of the data they were trained on. */
    static final String FILE = "training-data.sha256";

    private final MessageDigest md;
    private final ByteBuffer buffer = ByteBuffer.allocate(8);

    TrainingDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    TrainingDigest text(String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        return this;
    }

    TrainingDigest floats(float[] values) {
        for (float v : values) {
            md.update(buffer.clear().putInt(0, Float.floatToIntBits(v)).array(), 0, 4);
        }
        return this;
    }

    TrainingDigest number(double value) {
        md.update(buffer.clear().putDouble(0, value).array());
        return this;
    }

    /** The digest as 64 hex digits; ends this object's use. */
    String hex() {
        return HexFormat.of().formatHex(md.digest());
    }

    /** The digest recorded beside the models in {@code dir}, or {@code null} when none is. */
    static String recorded(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
    }

    static void write(Path dir, String digest) throws IOException {
        Files.writeString(dir.resolve(FILE), digest + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Says on stdout whether the models in {@code dir} were trained on data with {@code digest}; returns the exit
     * code of a {@code --check}: 0 when they were, 1 when they must be retrained by {@code command}.
     */
    static int check(Path dir, String digest, String command) throws IOException {
        String recorded = recorded(dir);
        if (digest.equals(recorded)) {
            System.out.println("the models in " + dir + " were trained on today's features (digest "
                    + digest.substring(0, 16) + ")");
            return 0;
        }
        System.out.println("the models in " + dir + " were trained on other features or settings (recorded "
                + (recorded == null ? "nothing" : recorded.substring(0, Math.min(16, recorded.length())))
                + ", today " + digest + "): retrain with " + command);
        return 1;
    }
}
