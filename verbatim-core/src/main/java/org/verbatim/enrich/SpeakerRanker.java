package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.verbatim.language.Words;
import org.verbatim.model.EntityType;
import org.verbatim.model.Span;

/**
 * Speaker resolution as ranking: the candidate sources of an attribution (every name, description and pronoun of its
 * sentence outside the content, and the noun phrases the rules find as subject, inverted speaker or "according to"
 * source) scored by a learned model on syntax-free cues: where the candidate stands relative to the cue (before,
 * after, how far, across a comma or a quotation), whether it opens the sentence (the subject), what kind of mention it
 * is (name, description, pronoun, bare noun phrase; person, organisation, place), its head word, number agreement
 * with the cue verb ("officials say", "the minister says"), what stands before it ("by", "of", "told"), and how often
 * its referent is mentioned in the text. German candidates add their case (from the article), the preposition that
 * governs them ("für die Werke", "nach Angaben der Polizei"), the head before a genitive ("die Aussage der
 * Gewerkschaft"), whether they open their clause, and whether the subject slot before a verb-second cue is taken.
 * Where the language is German, {@link GermanSpeakers} reads case and word order over the model's choice. One
 * instance per thread: it reuses a feature buffer.
 */
final class SpeakerRanker {
    private static final int MAX = 48;
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "by", "to", "with", "from", "about", "at",
            "in", "on", "against", "von", "für", "mit", "gegen", "über", "an", "bei", "aus", "nach", "vor", "zu");
    /** Articles of every language (en/articles.txt, de/articles.txt). */
    private static final Set<String> ARTICLES = Words.all("articles");

    /** German determiners of an accusative or dative noun phrase: an object, rarely a speaker. */
    private static final Set<String> GERMAN_OBJECT = Set.of("den", "dem", "einen", "einem", "ihren", "ihrem",
            "seinen", "seinem", "diesen", "diesem");

    /** A US party-and-state label ("R-Utah", "D-N.Y."). */
    static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}.*");

    private final String[] buf = new String[MAX];
    private int n;
    /** When set, every feature vector computed is also copied here (training). */
    List<String[]> recorder;

    /** A candidate source: tokens {@code [first, last)} and the mention there ({@code null}: a bare noun phrase). */
    record Candidate(int first, int last, MentionRef ref) {
    }

    /** The candidates of one attribution, the rules' choice first (when it has one). */
    static List<Candidate> candidates(Doc d, Mentions m, QuoteFinder.Attribution a, Span content) {
        int s = d.sentenceOf[a.cueFirst()];
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        List<Candidate> out = new ArrayList<>();
        if (a.hasSpeaker()) {
            add(out, d, content, a, new Candidate(a.spkFirst(), a.spkLast(), a.ref()));
        }
        for (int k = first; k < last; k++) {
            MentionRef r = m.startingAt[k];
            if (r != null && !d.quoted[k]) {
                add(out, d, content, a, new Candidate(r.first(), r.last(), r));
            }
        }
        int cf = a.cueFirst();
        int[][] phrases = {
            QuoteFinder.subjectBefore(d, m, cf - 1, first),
            QuoteFinder.sentenceSubject(d, m, first, cf),
            QuoteFinder.speakerAfter(d, m, a.cueLast(), last),
            "de".equals(d.language) ? QuoteFinder.germanOpeningNounPhrase(d, m, first, cf) : null,
            "de".equals(d.language) ? QuoteFinder.germanSourcePhrase(d, m, a.cueLast(), last) : null,
            "de".equals(d.language) ? QuoteFinder.germanArticlelessSource(d, m, a.cueLast(), last) : null,
        };
        for (int[] p : phrases) {
            addPhrase(out, d, m, content, a, p);
        }
        if ("de".equals(d.language)) {
            for (int k = first; k < last; k++) {
                if (!d.quoted[k] && QuoteFinder.GERMAN_DETERMINERS.contains(d.lower[k])) {
                    addPhrase(out, d, m, content, a, QuoteFinder.germanNounPhrase(d, m, k, last));
                }
            }
        }
        return out;
    }

    /** A candidate before the cue with an unquoted semicolon between them: it stands in a clause of its own. */
    private static boolean beforeSemicolon(Doc d, Candidate c, QuoteFinder.Attribution a) {
        for (int k = c.last(); k < a.cueFirst(); k++) {
            if (d.is(k, ';') && !d.quoted[k]) {
                return true;
            }
        }
        return false;
    }

    private static void addPhrase(List<Candidate> out, Doc d, Mentions m, Span content, QuoteFinder.Attribution a,
                                  int[] p) {
        if (p != null && p[1] > p[0]) {
            MentionRef r = m.startingAt[p[0]];
            add(out, d, content, a, new Candidate(p[0], p[1], r != null && r.last() == p[1] ? r : null));
        }
    }

    /**
     * Adds {@code c} unless it is empty, overlaps the content, is a date ("am Donnerstag", "last week": a date is
     * never a speaker) or a noun phrase whose head names no one ("The decision").
     */
    private static void add(List<Candidate> out, Doc d, Span content, QuoteFinder.Attribution a, Candidate c) {
        if (c.first() > 0 && d.is(c.first() - 1, '(') && PARTY_STATE.matcher(d.token(c.first())).matches()) {
            return; // "(R-Utah)", "(D-Newport News)": a party and state after a name, not a speaker
        }
        if (c.first() < a.cueLast() && a.cueFirst() < c.last() || inParentheses(d, c) && !sameParentheses(d, c, a)) {
            return; // the cue itself ("der Ansicht"), an aside "(NEMA)": not the speaker
        }
        if (c.ref() == null && !EntityFinder.isAgentHead(d.lower[c.last() - 1], "de".equals(d.language))) {
            return; // a noun phrase without a person, organisation or document head is never a speaker
        }
        if (c.last() <= c.first() || TimeTagger.isTimeWord(d.lower[c.last() - 1]) && !namedTimeWord(d, c) && !surnameOfPerson(c)
                || content != null && d.start[c.first()] < content.end()
                && d.end[c.last() - 1] > content.start() && !invertedSubject(d, a, content, c)) {
            return;
        }
        for (Candidate o : out) {
            if (o.first() == c.first() && o.last() == c.last()) {
                return;
            }
        }
        out.add(c);
    }

    /**
     * A one-word name that is the surname of a person named in full elsewhere ("Day said" after "Kristen Day"): a
     * name, though also a time word.
     */
    private static boolean surnameOfPerson(Candidate c) {
        MentionRef r = c.ref();
        Cluster cl = r == null ? null : r.cluster();
        return isName(r) && r.last() == c.last() && c.last() - r.nameFirst() == 1 && cl != null
                && cl.type == EntityType.PERSON && cl.name != null && cl.name.indexOf(' ') > 0;
    }

    /**
     * A name of several words written in capitals that ends in a time word ("USA TODAY"): a name, not a date ("Election
     * Day", "Martin Luther King Day" stay dates).
     */
    private static boolean namedTimeWord(Doc d, Candidate c) {
        MentionRef r = c.ref();
        return isName(r) && r.last() == c.last() && c.last() - r.nameFirst() > 1
                && HeadlineCase.inCapitals(d, c.last() - 1);
    }

    /**
     * A German subject right after its cue verb, where the content was read to start ("In einem Interview äußerte sich
     * der Außenbeauftragte Javier Solana zuversichtlich"): a candidate still, and the content starts after it.
     */
    static boolean invertedSubject(Doc d, QuoteFinder.Attribution a, Span content, Candidate c) {
        if (openingCueSubject(d, a, c)) {
            return content.start() <= d.start[c.first()]; // "Said Comey, \"The thought ...\"", "Stated Stone:"
        }
        if (!"de".equals(d.language) || d.quoted[c.first()]) {
            return false;
        }
        int k = a.cueLast();
        while (k < c.first() && (d.lower[k].equals("sich") || QuoteFinder.isInversionAdverb(d.lower[k]))) {
            k++;
        }
        MentionRef r = c.ref();
        return k == c.first() && content.start() >= d.end[a.cueLast() - 1] && content.start() <= d.start[k]
                && (isName(r) || GERMAN_NOMINATIVE.contains(d.lower[k]));
    }

    /**
     * An English name right after the cue that opens its sentence, then a comma or colon ("Said Comey, \"...\"",
     * "Stated Stone:", "Said Dorothy Poynter, who grew up with Ali, \"...\""): the inverted subject of that cue.
     */
    static boolean openingCueSubject(Doc d, QuoteFinder.Attribution a, Candidate c) {
        int s = d.sentenceOf[a.cueFirst()];
        return "en".equals(d.language) && a.cueFirst() == d.sentFirst[s] && a.cueLast() == c.first()
                && isName(c.ref()) && c.ref().last() == c.last() && c.last() < d.sentLast[s]
                && (d.is(c.last(), ',') || d.is(c.last(), ':')) && !d.quoted[c.first()];
    }

    /** Whether the candidate stands inside parentheses of its sentence ("(National Environment Authority, NEMA)"). */
    private static boolean inParentheses(Doc d, Candidate c) {
        int first = d.sentFirst[d.sentenceOf[c.first()]];
        for (int k = c.first() - 1; k >= first; k--) {
            if (d.is(k, ')')) {
                return false;
            }
            if (d.is(k, '(')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue stands inside the same parentheses as the candidate before it, parentheses that open the
     * sentence: a sentence in parentheses ("(Trump writes that ...)") has its subject there.
     */
    private static boolean sameParentheses(Doc d, Candidate c, QuoteFinder.Attribution a) {
        int first = d.sentFirst[d.sentenceOf[c.first()]];
        if (a.cueFirst() < c.last() || !d.is(first, '(')) {
            return false;
        }
        for (int k = c.last(); k < a.cueFirst(); k++) {
            if (d.is(k, ')') || d.is(k, '(')) {
                return false;
            }
        }
        return true;
    }

    String[] features() {
        return buf;
    }

    int size() {
        return n;
    }

    private void add(String f) {
        if (n < MAX) {
            buf[n++] = f;
        }
    }

    /**
     * Fills the buffer with the features of candidate {@code c} of attribution {@code a}, whose content is on
     * {@code side} of the cue (see {@link QuoteFinder.Candidate}).
     */
    void features(Doc d, Mentions m, QuoteFinder.Attribution a, Candidate c, int candidates, char side) {
        n = 0;
        int s = d.sentenceOf[a.cueFirst()];
        int first = d.sentFirst[s];
        int last = d.sentLast[s];
        String cue = d.lower[a.cueLast() - 1];
        MentionRef r = c.ref();
        String form = r == null ? "NP" : r.form().name();
        String type = r == null ? "UNKNOWN" : r.type().name();
        add("f=" + form);
        add("t=" + type);
        add("ft=" + form + "|" + type);
        boolean rule = a.hasSpeaker() && a.spkFirst() == c.first() && a.spkLast() == c.last();
        if (rule) {
            add("rule");
            add("rule|pl=" + a.place());
        }
        boolean before = c.last() <= a.cueFirst();
        int dist = before ? a.cueFirst() - c.last() : c.first() - a.cueLast();
        String pos = before ? "B" : "A";
        add("pos=" + pos);
        add("pos|d=" + pos + CueFeatures.bucket(dist));
        add("pos|f=" + pos + "|" + form);
        add("pos|cue=" + pos + "|" + cue);
        add("pos|t=" + pos + "|" + type);
        add("side|pos|f=" + side + "|" + pos + "|" + form);
        String cueClass = cue.endsWith("ing") ? "ing" : cue.endsWith("ed") ? "ed" : cue.endsWith("s") ? "s" : "o";
        boolean initial = c.first() == first || d.isQuoteMark(c.first() - 1) && c.first() - 1 == first;
        add("cc|pos|init=" + cueClass + "|" + pos + "|" + initial);
        int lo = before ? c.last() : a.cueLast();
        int hi = before ? a.cueFirst() : c.first();
        boolean comma = false;
        boolean quote = false;
        int mentions = 0;
        for (int k = lo; k < hi; k++) {
            comma |= d.is(k, ',');
            quote |= d.quoted[k];
            mentions += m.startingAt[k] != null ? 1 : 0;
        }
        if (comma) {
            add("comma|" + pos);
        }
        if (quote) {
            add("quote|" + pos);
        }
        add("between=" + Math.min(mentions, 2) + pos);
        if (c.first() == first || d.isQuoteMark(c.first() - 1) && c.first() - 1 == first) {
            add("initial");
        }
        add("prev=" + CueFeatures.word(d, c.first() - 1, first, last));
        add("prevc=" + CueFeatures.shape(d, c.first() - 1, first, last));
        add("next=" + CueFeatures.word(d, c.last(), first, last));
        String prev = CueFeatures.word(d, c.first() - 1, first, last);
        if (PREPOSITIONS.contains(prev)) {
            add("after.preposition");
        }
        if (EntityFinder.isPossessive(d, c.last() - 1)) {
            add("possessive");
        }
        if (c.last() < last && EntityFinder.isPossessive(d, c.last())) {
            add("possessed");
        }
        String head = d.lower[c.last() - 1];
        if (!isName(r)) {
            add("head=" + head);
        }
        if (EntityFinder.ROLES.containsKey(EntityFinder.stripPossessive(head))) {
            add("head.role");
        }
        boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("'s")
                && !isName(r);
        if (plural || r != null && r.form() == MentionRef.Form.PRONOUN && "they".equals(head)) {
            add("plural");
            add("plural|cue3sg=" + cue.endsWith("s"));
        }
        if (ARTICLES.contains(d.lower[c.first()])) {
            add("article");
        }
        if ("de".equals(d.language)) {
            String det = d.lower[c.first()];
            String kase = germanCase(d, c);
            MentionRef end = m.endingAt[c.last() - 1];
            add(isName(end) ? "de.head=name"
                    : EntityFinder.isGermanAgentHead(head) ? "de.head=agent"
                    : EntityFinder.isGermanAbstractHead(head) ? "de.head=abstract" : "de.head=other");
            add("de.case=" + kase);
            add("de.case|pos=" + kase + "|" + pos);
            int p = c.first() - 1;
            if (p > first && ARTICLES.contains(det) && d.isWord(p) && d.isCapitalised(p) && !d.quoted[p]) {
                add("de.attribute"); // "die Vorsitzende der Partei": an article right after a noun opens its genitive
            }
            add("de.v2=" + pos + "|" + initial + "|" + subjectAfterCue(d, m, a, last));
            String governing = governingPreposition(d, c, first);
            add("de.pp=" + governing);
            add("de.pp|pos=" + governing + "|" + pos);
            String inner = innerHead(d, c);
            if (inner != null) {
                add("de.inner=" + (EntityFinder.isGermanAgentHead(inner) ? "agent"
                        : EntityFinder.isGermanAbstractHead(inner) ? "abstract" : "other"));
            }
            if (QuoteFinder.isAcronym(d.token(c.last() - 1))) {
                add("de.acronym");
            }
            String head3 = isName(end) ? "name"
                    : EntityFinder.isGermanAgentHead(head) ? "agent" : "other";
            add("de.init|case|head=" + initial + "|" + kase + "|" + head3);
            add("de.clause|pos=" + clauseInitial(d, c.first(), first) + "|" + pos);
            if (!before && opensBeforeCue(d, m, a, first)) {
                add("de.after.subject"); // "Die CCE bestätigte die Aussage ...": the subject slot is taken
            }
        }
        add("len=" + CueFeatures.bucket(c.last() - c.first()));
        add("cands=" + Math.min(candidates, 4));
        Cluster cl = r == null ? null : r.cluster();
        if (cl != null) {
            add("mentions=" + CueFeatures.bucket(cl.all.size()));
            if (cl.title != null) {
                add("titled");
            }
        } else {
            add("unresolved");
        }
        if (r != null && r.form() == MentionRef.Form.PRONOUN && cl == null) {
            add("pronoun.unresolved");
        }
        if (r != null && r.type() == EntityType.PLACE) {
            add("place|" + pos);
        }
        if (recorder != null) {
            recorder.add(Arrays.copyOf(buf, n));
        }
    }

    /** German prepositions that govern a noun phrase (data). */
    static final Set<String> GERMAN_PREPOSITIONS = org.verbatim.language.Words.of("de", "prepositions");

    /** Words that open a German clause whose first noun phrase is its subject ("dass", "nachdem", "wie"; data). */
    static final Set<String> GERMAN_CLAUSE_OPENERS = org.verbatim.language.Words.of("de",
            "clause-subject-openers");

    /**
     * Whether the candidate opens its clause: the sentence's start, or right after a comma, a colon, a dash or a
     * word that opens a clause ("Nachdem die Anwältin ... mitgeteilt hatte", ", wie die Polizei mitteilte").
     */
    static boolean clauseInitial(Doc d, int k, int first) {
        if (k == first || d.isQuoteMark(k - 1) && k - 1 == first) {
            return true;
        }
        String w = d.lower[k - 1];
        return d.is(k - 1, ',') || d.is(k - 1, ':') || d.is(k - 1, '-') || GERMAN_CLAUSE_OPENERS.contains(w);
    }

    /** Tokens a German noun phrase may run back over from a candidate to the preposition that governs it. */
    private static final int MAX_PP_REACH = 5;

    /**
     * The preposition that governs the German candidate ("für" in "Für die Mannesmann AG", "nach" in "nach Angaben der
     * Polizei" for "der Polizei"), reached back over determiners, adjectives after them and capitalised words;
     * "none" when the phrase stands on its own.
     */
    static String governingPreposition(Doc d, Candidate c, int first) {
        for (int k = c.first() - 1; k >= first && c.first() - k <= MAX_PP_REACH; k--) {
            String w = d.lower[k];
            if (GERMAN_PREPOSITIONS.contains(w)) {
                return w;
            }
            boolean determiner = QuoteFinder.GERMAN_DETERMINERS.contains(w);
            boolean noun = d.isWord(k) && !d.quoted[k] && d.isCapitalised(k) && k > first;
            String before = d.lower[Math.max(first, k - 1)];
            boolean adjective = k > first && d.isWord(k) && !d.isCapitalised(k)
                    && !QuoteFinder.FUNCTION_WORDS.contains(w)
                    && (QuoteFinder.GERMAN_DETERMINERS.contains(before) || GERMAN_PREPOSITIONS.contains(before));
            if (!determiner && !noun && !adjective) {
                return "none";
            }
        }
        return "none";
    }

    /**
     * The head noun of a German phrase with a genitive attribute: the noun before its first genitive determiner
     * ("Aussage" in "die Aussage der Gewerkschaft"); {@code null} when the phrase has none.
     */
    static String innerHead(Doc d, Candidate c) {
        for (int k = c.first() + 2; k < c.last(); k++) {
            if (QuoteFinder.GERMAN_GENITIVES.contains(d.lower[k]) && d.isCapitalised(k - 1)) {
                return d.lower[k - 1];
            }
        }
        return null;
    }

    /**
     * Whether the sentence opens with a phrase that ends right before the cue verb ("Die CCE bestätigte ..."): in
     * verb-second order that phrase is the subject, and what follows the verb its object.
     */
    private static boolean opensBeforeCue(Doc d, Mentions m, QuoteFinder.Attribution a, int first) {
        MentionRef r = m.startingAt[first];
        if (r != null && r.last() == a.cueFirst()) {
            return true;
        }
        int[] np = QuoteFinder.germanOpeningNounPhrase(d, m, first, a.cueFirst());
        return np != null && np[1] == a.cueFirst();
    }

    /** Nominative determiners that open an inverted German subject right after the verb ("sagte der Sprecher"). */
    static final Set<String> GERMAN_NOMINATIVE = Set.of("der", "die", "das", "ein", "eine");

    /**
     * Whether a subject seems to follow the German cue verb (verb second: "Außerdem warf die Staatsanwaltschaft ihm
     * vor", "In seiner Rede erklärte Johnson"): a nominative determiner or a name right after it, perhaps after one
     * adverb. Then what stands before the verb is rarely the speaker unless it opens the sentence.
     */
    private static boolean subjectAfterCue(Doc d, Mentions m, QuoteFinder.Attribution a, int last) {
        int k = a.cueLast();
        if (k < last && QuoteFinder.isInversionAdverb(d.lower[k])) {
            k++;
        }
        if (k >= last || d.quoted[k]) {
            return false;
        }
        MentionRef r = m.startingAt[k];
        return GERMAN_NOMINATIVE.contains(d.lower[k]) || isName(r);
    }

    /**
     * "der"/"einer" and a weak adjective in "-en" before the noun ("der englischsprachigen Zeitung", "einer
     * gemeinsamen Erklärung"): a dative or genitive, since a nominative "der" takes "-e" ("der neue Minister") and
     * "einer" opens no nominative at all.
     */
    private static boolean obliqueDer(Doc d, Candidate c) {
        String det = d.lower[c.first()];
        if (det.equals("einer")) {
            return true;
        }
        int k = c.first() + 1;
        return det.equals("der") && k < c.last() - 1 && !d.isCapitalised(k) && d.lower[k].endsWith("en");
    }

    /**
     * The best candidate by {@code model}, or {@code null} when there is none or none reaches its threshold. In German
     * the choice then goes through {@link GermanSpeakers} (word order, a source noun's source, a second source after
     * "und"); in any language a description gives way to the name in apposition before it ({@link #apposedName}).
     */
    Candidate choose(Doc d, Mentions m, LinearModel model, QuoteFinder.Attribution a, Span content, char side) {
        List<Candidate> cands = new ArrayList<>(candidates(d, m, a, content));
        // checked here, not among the candidates the speaker model is trained on: "Farmers warn of hay shortage; water
        // firm says ...": the subject of another clause; "MARROWBY, May 6": a date
        cands.removeIf(c -> beforeSemicolon(d, c, a) || TimeTagger.isDayOfMonth(d, c.last() - 1)
                || inDateline(d, c));
        Candidate best = null;
        double bestP = -1;
        for (Candidate c : cands) {
            features(d, m, a, c, cands.size(), side);
            double p = model.probability(buf, n);
            if (p > bestP) {
                best = c;
                bestP = p;
            }
        }
        if (bestP < model.threshold()) {
            return null;
        }
        if ("de".equals(d.language)) {
            best = GermanSpeakers.germanWordOrder(d, m, a, cands, best);
        }
        Candidate c = ownedPerson(d, m, a, ownedAgent(d, a, participleSubject(d, m, a, describedName(d, m, a, content,
                apposedName(d, m, a, GermanSpeakers.genitiveSource(d, m, best))))));
        return "de".equals(d.language) ? GermanSpeakers.germanExtent(d, m, a, content, c) : c;
    }

    /** Lower-case words between an owner and the agent it owns ("Trump's former campaign manager"). */
    private static final int MAX_OWNED_MODIFIERS = 3;

    /**
     * English: a possessive name chosen as the speaker whose agent noun is the subject of the cue ("Trump's campaign
     * said", "Clinton's spokesman said", "Israel's military said") gives way to the whole phrase: the campaign, not
     * the candidate, speaks. The phrase must reach the cue (perhaps over an adverb), or, right after the cue, end its
     * clause ("\"...,\" said Clinton's spokesman."). Else {@code c}.
     */
    static Candidate ownedAgent(Doc d, QuoteFinder.Attribution a, Candidate c) {
        if (c == null || !"en".equals(d.language) || c.ref() == null || c.ref().form() != MentionRef.Form.NAME
                || !EntityFinder.isPossessive(d, c.last() - 1)) {
            return c;
        }
        boolean afterCue = c.first() == a.cueLast(); // "said Clinton's spokesman." after a quotation
        if (!afterCue && c.last() >= a.cueFirst()) {
            return c;
        }
        int limit = afterCue ? d.sentLast[d.sentenceOf[c.first()]] : a.cueFirst();
        for (int j = c.last(); j < limit && j - c.last() <= MAX_OWNED_MODIFIERS; j++) {
            if (!d.isWord(j) || d.quoted[j] || d.isCapitalised(j)) {
                return c;
            }
            boolean ends = afterCue ? j + 1 >= limit || !d.isWord(j + 1) : reachesCue(d, j + 1, limit);
            if (EntityFinder.isAgentHead(d.lower[j], false) && ends) {
                return new Candidate(c.first(), j + 1, null);
            }
        }
        return c;
    }

    /**
     * English: a person named after an owner ("NBC's Dante Chinni", "Hillary Clinton's campaign manager Robby Mook")
     * speaks, with the whole phrase as the mention. A possessive name chosen as the speaker gives way to the person
     * named after it (over at most {@value #MAX_OWNED_MODIFIERS} lower-case words) when that name reaches the cue or,
     * right after the cue, ends its clause ("\"...,\" said NBC's Dante Chinni."); a chosen name right after such an
     * owner and its words takes the owner into its mention, so that a quotation before it ends at the quotation mark.
     * Else {@code c}.
     */
    static Candidate ownedPerson(Doc d, Mentions m, QuoteFinder.Attribution a, Candidate c) {
        if (c == null || !"en".equals(d.language)) {
            return c;
        }
        if (c.ref() != null && c.ref().form() == MentionRef.Form.NAME && EntityFinder.isPossessive(d, c.last() - 1)) {
            boolean afterCue = c.first() == a.cueLast();
            int limit = afterCue ? d.sentLast[d.sentenceOf[c.first()]] : a.cueFirst();
            MentionRef named = namedAfterOwner(d, m, c.last(), limit);
            boolean ends = named != null && (afterCue ? named.last() >= limit || !d.isWord(named.last())
                    : reachesCue(d, named.last(), limit));
            return ends && named.type() == EntityType.PERSON ? new Candidate(c.first(), named.last(), named) : c;
        }
        int owner = ownerBefore(d, m, c.first());
        return owner >= 0 && c.ref() != null && c.ref().type() == EntityType.PERSON
                ? new Candidate(owner, c.last(), c.ref()) : c;
    }

    /** The name mention after an owner's possessive ending at {@code k}, over lower-case words only; else null. */
    static MentionRef namedAfterOwner(Doc d, Mentions m, int k, int limit) {
        for (int j = k; j < limit && j - k <= MAX_OWNED_MODIFIERS && !d.quoted[j]; j++) {
            MentionRef r = m.startingAt[j];
            if (r != null && r.form() == MentionRef.Form.NAME) {
                return j == k || roleHead(d, j - 1) ? r : null;
            }
            if (!ownedWord(d, j)) {
                return null;
            }
        }
        return null;
    }

    /** A lower-case word of the role between an owner and a name ("campaign", "manager"), no function word. */
    private static boolean ownedWord(Doc d, int j) {
        return d.isWord(j) && !d.isCapitalised(j) && !d.quoted[j] && !QuoteFinder.FUNCTION_WORDS.contains(d.lower[j]);
    }

    /** The role's last word before the name: an agent noun or a title ("manager", "spokesman", "anchor"). */
    private static boolean roleHead(Doc d, int j) {
        return EntityFinder.isAgentHead(d.lower[j], false) || EntityFinder.isTitleWord(d, j);
    }

    /**
     * The first token of a possessive name standing before token {@code k} over at most
     * {@value #MAX_OWNED_MODIFIERS} lower-case words ("Hillary Clinton's campaign manager" before "Robby Mook"); -1
     * when none.
     */
    private static int ownerBefore(Doc d, Mentions m, int k) {
        int first = d.sentFirst[d.sentenceOf[k]];
        int j = k;
        while (j > first && k - j < MAX_OWNED_MODIFIERS && ownedWord(d, j - 1)) {
            j--;
        }
        if (j - 1 < first || !EntityFinder.isPossessive(d, j - 1) || j < k && !roleHead(d, k - 1)) {
            return -1;
        }
        MentionRef owner = m.endingAt[j - 1];
        return owner != null && owner.form() == MentionRef.Form.NAME && !d.quoted[owner.first()] ? owner.first() : -1;
    }

    /** Whether only adverbs ("-ly", "also") stand between token {@code k} and the cue. */
    private static boolean reachesCue(Doc d, int k, int cue) {
        for (int i = k; i < cue; i++) {
            if (!d.isWord(i) || !(d.lower[i].endsWith("ly") || d.lower[i].equals("also"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An English participle cue after a comma ("Donald Trump is defending his tweets attempting to shame a former Miss
     * Universe, saying it shows ..."): whoever the sentence's subject is speaks, not a name in the main clause's object
     * between it and the cue. Else {@code best}.
     */
    private static Candidate participleSubject(Doc d, Mentions m, QuoteFinder.Attribution a, Candidate best) {
        int k = a.cueFirst();
        int first = d.sentFirst[d.sentenceOf[k]];
        if (k <= first || !d.is(k - 1, ',') || d.quoted[k] || !participle(d.lower[k], d.language)
                || best.first() <= first || best.last() >= k) {
            return best;
        }
        MentionRef r = m.startingAt[first];
        if (r == null || d.quoted[first] || r.form() != MentionRef.Form.NAME || r.last() > best.first()
                || r.type() == EntityType.PLACE
                || EntityFinder.isPossessive(d, r.last() - 1)) {
            return best;
        }
        for (int j = r.last(); j < best.first(); j++) {
            if (d.is(j, ',') || d.is(j, ';') || d.quoted[j]) {
                return best; // "Trump intends to ..., Mr. Manafort said, adding": a clause of its own
            }
        }
        return new Candidate(r.first(), r.last(), r);
    }

    /** A word with a present participle's ending ({@code present-participle-endings}: "saying", "arguing"). */
    private static boolean participle(String w, String language) {
        for (String e : Words.of(language, "present-participle-endings")) {
            if (w.endsWith(e) && w.length() > e.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A candidate inside the dateline that opens its sentence ("MARROWBY, May 6 (Meridian) - Hoshida Steel has won
     * ..."; {@link QuoteFinder#afterDateline}): the place a story was filed from, never its speaker.
     */
    static boolean inDateline(Doc d, Candidate c) {
        Span sentence = d.sentenceSpan(d.sentenceOf[c.first()]);
        Span after = QuoteFinder.afterDateline(d, sentence);
        return after.start() > sentence.start() && d.end[c.last() - 1] <= after.start();
    }

    /** Whether the mention is a name (not a description or a pronoun); {@code null} is none. */
    static boolean isName(MentionRef r) {
        return r != null && r.form() == MentionRef.Form.NAME;
    }

    /** The case a German candidate's article marks: object, gen, oblique, nom or none (as in its features). */
    static String germanCase(Doc d, Candidate c) {
        String det = d.lower[c.first()];
        return GERMAN_OBJECT.contains(det) ? "object" : det.equals("des") || det.equals("eines") ? "gen"
                : obliqueDer(d, c) ? "oblique" : ARTICLES.contains(det) ? "nom" : "none";
    }

    /**
     * A description in apposition names the person before it: "Emily Lau, die Vorsitzende der Demokratischen
     * Partei, sagte", "wie Alan Stern, Direktor des Missionsrats der NASA, betont", "Phil Smith, a spokesman for the
     * United Mine Workers of America, said", "Adam Schiff, 56, who has served on the Intelligence Committee, said":
     * the chosen phrase (a description, or an organisation or place named in it) lies in the comma-separated
     * appositions between a person's name (which opens the clause) and the cue; the speaker is that name.
     */
    static Candidate apposedName(Doc d, Mentions m, QuoteFinder.Attribution a, Candidate c) {
        MentionRef r = c.ref();
        boolean person = isName(r) && r.type() == EntityType.PERSON;
        if (c.last() > a.cueFirst() || !apposition(d, c.last(), a.cueFirst())) {
            return c;
        }
        int first = d.sentFirst[d.sentenceOf[c.first()]];
        boolean described = false; // a person's name only gives way inside a description ("a spokesman for X")
        for (int k = c.first() - 1; k > first && c.first() - k <= MAX_APPOSITION; k--) {
            if (d.quoted[k] || d.is(k, ';') || d.is(k, ':')) {
                return c;
            }
            described |= d.isWord(k) && d.readsLowerCase(k)
                    && !CONJUNCTIONS.contains(d.lower[k]);
            MentionRef name = d.is(k, ',') && (described || !person) ? m.endingAt[beforeAside(d, k - 1, first)]
                    : null;
            if (name == null && d.is(k, ',') && (described || !person) && "de".equals(d.language)) {
                int start = unknownName(d, m, k - 1, first);
                if (start >= 0) {
                    return new Candidate(start, k, null); // "Stephen Singer, ein Klimaexperte vom WWF, erklärte"
                }
            }
            if (isName(name)
                    && (name.type() == EntityType.PERSON || name.type() == EntityType.UNKNOWN
                    && "de".equals(d.language))
                    && (name.first() == first || !d.isWord(name.first() - 1)
                    || QuoteFinder.FUNCTION_WORDS.contains(d.lower[name.first() - 1]))) {
                Candidate apposed = new Candidate(name.first(), name.last(), name);
                // "LOS ANGELES, Feb. 2 (UPI) - The next record is almost complete, the singer said": a place
                return inDateline(d, apposed) ? c : apposed;
            }
        }
        return c;
    }

    /** Words a description may have after its head before the comma of the name it describes ("at the time"). */
    private static final int MAX_DESCRIPTION_TAIL = 8;

    /**
     * A description chosen as the speaker gives way to the person's name in apposition with it (English): "said Josh
     * Earnest, the White House press secretary, echoing": the name right after the cue, before the description's
     * comma; "wrote the American ambassador at the time, John E. Herbst.", "The French minister of environment and
     * energy, Segolene Royal, alluded ...": the name after the description's comma that ends its clause (a comma, the
     * sentence's end or the cue follows it). Never a name inside the content.
     */
    static Candidate describedName(Doc d, Mentions m, QuoteFinder.Attribution a, Span content, Candidate c) {
        if (c == null) {
            return null;
        }
        MentionRef name = describedName(d, m, a.cueFirst(), a.cueLast(), content, c.first(), c.last(), c.ref());
        return name == null ? c : new Candidate(name.first(), name.last(), name);
    }

    /** {@link #describedName(Doc, Mentions, QuoteFinder.Attribution, Span, Candidate)} for a rules' quote. */
    static Found describedName(Doc d, Mentions m, Found f) {
        if (f.spkFirst() < 0 || f.cueFirst() < 0) {
            return f;
        }
        MentionRef name = describedName(d, m, f.cueFirst(), f.cueLast(), f.span(), f.spkFirst(), f.spkLast(),
                m.startingAt[f.spkFirst()] != null && m.startingAt[f.spkFirst()].last() == f.spkLast()
                        ? m.startingAt[f.spkFirst()] : null);
        return name == null ? f : f.withSpeaker(name.first(), name.last(), name);
    }

    /**
     * The person's name in apposition with the description {@code [first, last)}, or the name a place's possessive
     * stands before ("said Florida's Rick Wilson", "opined Cleveland's Plain Dealer"), else {@code null}.
     */
    private static MentionRef describedName(Doc d, Mentions m, int cueFirst, int cueLast, Span content, int first,
                                            int last, MentionRef r) {
        if (!"en".equals(d.language)) {
            return null;
        }
        if (isName(r) && r.type() == EntityType.PLACE && r.last() == last && EntityFinder.isPossessive(d, last - 1)
                && last < d.sentLast[d.sentenceOf[first]]) {
            MentionRef owned = m.startingAt[last];
            boolean named = isName(owned) && owned.type() != EntityType.PLACE && !inContent(d, owned, content)
                    && (owned.last() <= cueFirst || owned.first() >= cueLast);
            return named ? owned : null;
        }
        if (isName(r) || r != null && r.form() == MentionRef.Form.PRONOUN) {
            return null;
        }
        int s = d.sentenceOf[first];
        int sentFirst = d.sentFirst[s];
        int sentLast = d.sentLast[s];
        int k = first - 1;
        if (first >= cueLast && k > sentFirst && d.is(k, ',')) {
            MentionRef name = m.endingAt[k - 1];
            if (isName(name) && name.type() == EntityType.PERSON && name.first() == cueLast
                    && !inContent(d, name, content)) {
                return name;
            }
        }
        if (m.inName[last - 1]) {
            return null; // "the Post editor Marc Fisher and a reporter, Michael Kranish": named already
        }
        int j = last;
        while (j < sentLast && j - last < MAX_DESCRIPTION_TAIL && d.isWord(j) && !d.quoted[j]
                && (j < cueFirst || j >= cueLast) && !CONJUNCTIONS.contains(d.lower[j])) {
            j++;
        }
        if (j + 1 >= sentLast || !d.is(j, ',') || d.quoted[j + 1]) {
            return null;
        }
        MentionRef name = m.startingAt[j + 1];
        if (!isName(name) || name.type() != EntityType.PERSON || name.first() < cueLast && name.last() > cueFirst) {
            return null;
        }
        int after = name.last();
        boolean ends = (after >= sentLast || d.is(after, ',') || d.is(after, '.') || after == cueFirst)
                && !inContent(d, name, content);
        return ends ? name : null;
    }

    private static boolean inContent(Doc d, MentionRef name, Span content) {
        return content != null && d.start[name.first()] < content.end() && d.end[name.last() - 1] > content.start();
    }

    /** Words of a name no list knows, before an apposition: at least two, at most four. */
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;

    /**
     * The first token of a name that no list knows ending at {@code end} and opening its sentence ("Stephen Singer,
     * ein Klimaexperte vom WWF"): two to four capitalised words, none a determiner, a function word or a word also
     * seen in lower case, nothing before them; -1 when there is none.
     */
    static int unknownName(Doc d, Mentions m, int end, int first) {
        int k = end;
        while (k >= first && end - k < MAX_NAME_WORDS && d.isWord(k) && d.isCapitalised(k) && !d.quoted[k]
                && !QuoteFinder.FUNCTION_WORDS.contains(d.lower[k]) && !QuoteFinder.GERMAN_DETERMINERS.contains(d.lower[k])
                && !d.lowerSeen.contains(d.lower[k]) && m.startingAt[k] == null) {
            k--;
        }
        int start = k + 1;
        return start == first && end - start + 1 >= MIN_NAME_WORDS ? start : -1;
    }

    /** The token before an aside in parentheses that ends at {@code k} ("Meeks (D-N.Y.)"), else {@code k}. */
    private static int beforeAside(Doc d, int k, int first) {
        if (!d.is(k, ')')) {
            return k;
        }
        int j = k - 1;
        while (j > first && !d.is(j, '(')) {
            j--;
        }
        return j > first ? j - 1 : k;
    }

    /** Words that join a list of speakers rather than describe one ("Smith, Jones and Brown said"). */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "und", "oder");

    /** Tokens that an apposition may span. */
    private static final int MAX_APPOSITION = 30;

    /** Whether the phrase ending before {@code from} ends an apposition: more words of it, then a comma or the cue. */
    private static boolean apposition(Doc d, int from, int cue) {
        int k = from;
        while (k < cue && !d.quoted[k] && (d.isWord(k) || d.is(k, '\'') || d.is(k, '\u2019'))) {
            k++;
        }
        return k == cue || d.is(k, ',');
    }
}
