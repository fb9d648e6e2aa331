package org.verbatim.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several tree ensembles over the same features and classes (boosters trained alike but for their seed) whose class
 * probabilities are averaged: each member's softmax (or logistic) probabilities, then their mean. Immutable and
 * thread-safe.
 *
 * <p>Serialised form ({@link #write}/{@link #read}): a magic string, the member count, then each member in {@link
 * TreeEnsemble}'s form.
 */
public final class MeanEnsemble {
    private static final String MAGIC = "verbatim-mean-trees-1";

    private final List<TreeEnsemble> members;

    /** @param members at least one ensemble; all over the same feature names and class count */
    public MeanEnsemble(List<TreeEnsemble> members) {
        this.members = List.copyOf(members);
        if (this.members.isEmpty()) {
            throw new IllegalArgumentException("no ensembles to average");
        }
        TreeEnsemble first = this.members.get(0);
        for (TreeEnsemble m : this.members) {
            if (!m.features().equals(first.features()) || m.classes() != first.classes()) {
                throw new IllegalArgumentException("ensembles over other features or classes");
            }
        }
    }

    public List<TreeEnsemble> members() {
        return members;
    }

    public List<String> features() {
        return members.get(0).features();
    }

    /** As {@link TreeEnsemble#classes}: 1 for a binary model. */
    public int classes() {
        return members.get(0).classes();
    }

    /** The trees of all members. */
    public int trees() {
        return members.stream().mapToInt(TreeEnsemble::trees).sum();
    }

    /** Throws {@link IllegalStateException} unless the members were trained on exactly these feature names. */
    public MeanEnsemble requireFeatures(List<String> names) {
        members.get(0).requireFeatures(names);
        return this;
    }

    /** The mean of the members' {@link TreeEnsemble#probabilities(float[])}, summed in member order. */
    public float[] probabilities(float[] row) {
        float[] mean = members.get(0).probabilities(row);
        int k = members.size();
        if (k == 1) {
            return mean;
        }
        for (int m = 1; m < k; m++) {
            float[] p = members.get(m).probabilities(row);
            for (int c = 0; c < mean.length; c++) {
                mean[c] += p[c];
            }
        }
        for (int c = 0; c < mean.length; c++) {
            mean[c] /= k;
        }
        return mean;
    }

    /** The serialised form. */
    public byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(members.size());
            for (TreeEnsemble m : members) {
                out.write(m.write());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads the form {@link #write} gives; throws {@link IOException} on anything else. */
    public static MeanEnsemble read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(Objects.requireNonNull(in));
        if (!MAGIC.equals(d.readUTF())) {
            throw new IOException("not a " + MAGIC + " model");
        }
        int k = d.readInt();
        if (k <= 0 || k > 64) {
            throw new IOException("bad member count " + k);
        }
        List<TreeEnsemble> members = new ArrayList<>(k);
        for (int m = 0; m < k; m++) {
            members.add(TreeEnsemble.read(d));
        }
        try {
            return new MeanEnsemble(members);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt model: " + e.getMessage(), e);
        }
    }
}
