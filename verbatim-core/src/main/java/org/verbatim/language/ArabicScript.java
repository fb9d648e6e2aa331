package org.verbatim.language;


/** Tells Arabic, Persian and Urdu apart by the letters the latter two add to the Arabic alphabet. */
final class ArabicScript {
    /** Letters of Persian (and Urdu) absent from Arabic: pe, che, zhe, gaf, keheh, farsi yeh. */
    static final String PERSIAN_LETTERS = "پچژگکی";
    /** Letters of Urdu absent from Persian and Arabic: tteh, ddal, rreh, noon ghunna, yeh barree, heh doachashmee. */
    static final String URDU_LETTERS = "ٹڈڑںےھ";
    /** Share of letters that must be Persian/Urdu letters to leave Arabic. */
    static final double MIN_SHARE = 0.02;

    private ArabicScript() {
    }

    static String language(String sample) {
        int letters = 0;
        int persian = 0;
        int urdu = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (PERSIAN_LETTERS.indexOf(c) >= 0) {
                persian++;
            } else if (URDU_LETTERS.indexOf(c) >= 0) {
                urdu++;
            }
        }
        if (urdu >= MIN_SHARE * letters) {
            return "ur";
        }
        return persian >= MIN_SHARE * letters ? "fa" : "ar";
    }
}
