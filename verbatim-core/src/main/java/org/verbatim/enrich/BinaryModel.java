package org.verbatim.enrich;

/**
 * A learned yes/no decision over string features, as the quote finder asks it: the probability of "yes" for the
 * features present, the probability from which "yes" is decided, and the other decisions its trainer recorded with
 * it. Implementations are immutable and thread-safe: {@link LinearModel} (a logistic model) and {@link FeatureTrees}
 * (boosted trees).
 */
public interface BinaryModel {
    /** The probability of the positive class given the first {@code n} of {@code features}; unknown ones count not. */
    double probability(String[] features, int n);

    /** The probability from which the positive class is decided (chosen on the train split by its trainer). */
    double threshold();

    /** A decision its trainer recorded with the model ({@code __name__}), or {@code otherwise}. */
    double option(String name, double otherwise);

    /** The same model with another decision threshold. */
    BinaryModel withThreshold(double t);

    /**
     * The same model with an option set.
     *
     * @throws IllegalArgumentException if the name is not {@code __like_this__}
     */
    BinaryModel withOption(String name, double value);

    /** Names {@code __like_this__} are options of a model, not features. */
    static boolean isOptionName(String name) {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    }
}
