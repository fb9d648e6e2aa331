package org.verbatim.enrich;

/**
 * How much work one annotation may do, counted in units of the input and the output, never in time: the same text
 * therefore always gives the same annotation, whatever the machine's load.
 *
 * <p>A text over {@code maxChars}, {@code maxSentences} or {@code maxQuoteRegions} is annotated up to the last
 * paragraph that fits (the rest gets no quotes, mentions or entities), and the annotation says so in its warnings.
 * The output caps ({@code maxQuotes}, {@code maxEntities}, {@code maxMentions}) keep the first items in text order.
 * Every stage's work is linear in the text it annotates, or quadratic only in these counts, so the caps bound it.
 *
 * @param maxChars        characters of text annotated
 * @param maxSentences    sentences annotated
 * @param maxQuoteRegions quotation-mark regions annotated
 * @param maxQuotes       quotes reported
 * @param maxEntities     entities reported
 * @param maxMentions     mentions reported over all speakers and entities
 */
public record Budget(int maxChars, int maxSentences, int maxQuoteRegions, int maxQuotes, int maxEntities,
                     int maxMentions) {

    /**
     * The default: 200,000 characters (30 times a long news story), 5,000 sentences, 2,000 quotation regions,
     * 2,000 quotes, 2,000 entities and 20,000 mentions.
     */
    public static final Budget DEFAULT = new Budget(200_000, 5_000, 2_000, 2_000, 2_000, 20_000);

    public Budget {
        if (maxChars < 1 || maxSentences < 1 || maxQuoteRegions < 1 || maxQuotes < 1 || maxEntities < 1
                || maxMentions < 1) {
            throw new IllegalArgumentException("every budget must be positive");
        }
    }
}
