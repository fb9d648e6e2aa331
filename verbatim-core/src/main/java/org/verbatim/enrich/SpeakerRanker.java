package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
 * One instance per thread: it reuses a feature buffer.
 */
final class SpeakerRanker {
    private static final int MAX = 48;
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "by", "to", "with", "from", "about", "at",
            "in", "on", "against", "von", "für", "mit", "gegen", "über", "an", "bei", "aus", "nach", "vor", "zu");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "der", "die", "das", "den", "dem", "des",
            "ein", "eine", "einer", "eines", "einem", "einen");

    /** German determiners of an accusative or dative noun phrase: an object, rarely a speaker. */
    private static final Set<String> GERMAN_OBJECT = Set.of("den", "dem", "einen", "einem", "ihren", "ihrem",
            "seinen", "seinem", "diesen", "diesem");

    /** A US party-and-state label ("R-Utah", "D-N.Y."). */
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}.*");

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
        if (c.first() < a.cueLast() && a.cueFirst() < c.last() || inParentheses(d, c)) {
            return; // the cue itself ("der Ansicht"), an aside "(NEMA)": not the speaker
        }
        if (c.ref() == null && !EntityFinder.isAgentHead(d.lower[c.last() - 1], "de".equals(d.language))) {
            return; // a noun phrase without a person, organisation or document head is never a speaker
        }
        if (c.last() <= c.first() || TimeTagger.isTimeWord(d.lower[c.last() - 1])
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
     * A German subject right after its cue verb, where the content was read to start ("In einem Interview äußerte sich
     * der Außenbeauftragte Javier Solana zuversichtlich"): a candidate still, and the content starts after it.
     */
    static boolean invertedSubject(Doc d, QuoteFinder.Attribution a, Span content, Candidate c) {
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
    private static final Set<String> GERMAN_PREPOSITIONS = org.verbatim.language.Words.of("de", "prepositions");

    /** Words that open a German clause whose first noun phrase is its subject ("dass", "nachdem", "wie"; data). */
    private static final Set<String> GERMAN_CLAUSE_OPENERS = org.verbatim.language.Words.of("de",
            "clause-subject-openers");

    /**
     * Whether the candidate opens its clause: the sentence's start, or right after a comma, a colon, a dash or a
     * word that opens a clause ("Nachdem die Anwältin ... mitgeteilt hatte", ", wie die Polizei mitteilte").
     */
    private static boolean clauseInitial(Doc d, int k, int first) {
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
    private static final Set<String> GERMAN_NOMINATIVE = Set.of("der", "die", "das", "ein", "eine");

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

    /** The best candidate by {@code model}, or {@code null} when there is none or none reaches its threshold. */
    Candidate choose(Doc d, Mentions m, LinearModel model, QuoteFinder.Attribution a, Span content, char side) {
        List<Candidate> cands = candidates(d, m, a, content);
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
            best = germanWordOrder(d, m, a, cands, best);
        }
        Candidate c = apposedName(d, m, a, genitiveSource(d, m, best));
        return "de".equals(d.language) ? germanExtent(d, m, a, content, c) : c;
    }

    /** Words that join two German sources into one ("der Staatsanwaltschaft und der Polizei"; data). */
    private static final Set<String> GERMAN_AND = org.verbatim.language.Words.of("de", "source-conjunctions");

    /**
     * A German noun phrase runs on through "und" or "sowie" and a second source, a name or an article and an agent
     * noun ("der Staatsanwaltschaft und der Polizei", "Angaben von AFP und Reuters"): the source is both. Mentions (a
     * name, a description, a pronoun) stay as they are, and the phrase never runs into the cue or the content.
     */
    static Candidate germanExtent(Doc d, Mentions m, QuoteFinder.Attribution a, Span content, Candidate c) {
        if (c == null || c.ref() != null) {
            return c;
        }
        int last = d.sentLast[d.sentenceOf[c.first()]];
        int limit = c.last() <= a.cueFirst() ? a.cueFirst() : last;
        int e = c.last();
        if (e + 1 < limit && GERMAN_AND.contains(d.lower[e]) && !d.quoted[e + 1]) {
            MentionRef next = m.startingAt[e + 1];
            int[] np = QuoteFinder.GERMAN_DETERMINERS.contains(d.lower[e + 1])
                    ? QuoteFinder.germanNounPhrase(d, m, e + 1, limit) : null;
            if (isName(next) && next.last() <= limit) {
                e = next.last();
            } else if (np != null && np[1] > np[0] + 1 && personLike(d, m, new Candidate(np[0], np[1], null))) {
                e = np[1];
            }
        }
        boolean intoContent = content != null && d.start[c.first()] < content.end() && d.end[e - 1] > content.start();
        if (e == c.last() || intoContent) {
            return c;
        }
        return new Candidate(c.first(), e, null);
    }

    /**
     * German word order over the model's choice, where case marks who speaks. A choice before the cue whose article
     * marks an object, whose head is abstract, or that a preposition governs ("Eine Verschiebung des Wahltermins
     * bezeichnete Conze als ...", "Als Antwort auf den Brief sagte ein Sprecher", "Gegenüber der Zeitung erklärte
     * Meier") gives way to a name or a nominative person right after the verb (verb second: the subject); with none
     * there, to the name or nominative person that opens the choice's clause ("Nachdem die Anwältin dem Richter
     * mitgeteilt hatte"). A choice right after the verb that its article marks as an object ("Die Agentur bestätigte
     * die Meldung", "Li nannte die Bewegung illegal", "Der Verband, der ..., kritisierte den Beschluss") gives way to
     * the name or nominative person that opens the sentence and reaches the verb: with the subject slot taken, that
     * phrase is the object. A choice in another clause before the cue gives way to the name or nominative person
     * that opens the cue's subordinate clause and stands right before the verb-final cue (", von dem die Polizei
     * glaubt, er sei ..."), unless the cue quotes (", den die Zeitung zitiert,": whom it quotes speaks).
     */
    static Candidate germanWordOrder(Doc d, Mentions m, QuoteFinder.Attribution a, List<Candidate> cands,
                                     Candidate best) {
        int first = d.sentFirst[d.sentenceOf[a.cueFirst()]];
        if (!verbCue(d, a)) {
            return best;
        }
        Candidate agent = passiveAgent(d, m, a, cands, best, first);
        if (agent != null) {
            return agent;
        }
        if (best.last() <= a.cueFirst() && (frontedObject(d, best) || governed(d, best, first))) {
            for (Candidate c : cands) {
                if (c.first() >= a.cueLast() && rightAfterCue(d, a, c) && (isName(c.ref())
                        || GERMAN_NOMINATIVE.contains(d.lower[c.first()]) && germanCase(d, c).equals("nom")
                        && personLike(d, m, c))) {
                    return c;
                }
            }
            Candidate opener = clauseSubject(d, m, a, cands, best, first);
            if (opener != null) {
                return opener;
            }
        }
        if (best.last() <= a.cueFirst() && best.first() > first) {
            Candidate subject = verbSecondSubject(d, m, a, cands, best, first);
            if (subject != null) {
                return subject;
            }
        }
        if (best.last() <= a.cueFirst() && !sameClause(d, best.last(), a.cueFirst())
                && QUOTING.stream().noneMatch(d.lower[a.cueFirst()]::startsWith)) {
            for (Candidate c : cands) {
                if (c.last() == a.cueFirst() && sameClause(d, c.first(), a.cueFirst()) && !d.quoted[c.first()]
                        && opensSubordinateClause(d, c.first(), first)
                        && (isName(c.ref()) || germanCase(d, c).equals("nom") && personLike(d, m, c))) {
                    return c; // ", von dem die Polizei glaubt, er sei ...": the subject before a verb-final cue
                }
            }
        }
        if (best.first() >= a.cueLast() && !isPerson(best.ref()) && rightAfterCue(d, a, best)
                && (d.lower[best.first()].equals("die") || d.lower[best.first()].equals("das")
                || germanCase(d, best).equals("object"))) {
            for (Candidate c : cands) {
                if (opensSentence(d, c.first(), first) && reachesVerb(d, c, a.cueFirst()) && !d.quoted[c.first()]
                        && (isName(c.ref()) || germanCase(d, c).equals("nom"))
                        && governingPreposition(d, c, first).equals("none") && personLike(d, m, c)) {
                    return c;
                }
            }
        }
        return best;
    }

    /** German relative pronouns (data). */
    private static final Set<String> GERMAN_RELATIVES = org.verbatim.language.Words.of("de", "relative-pronouns");

    /**
     * Whether token {@code k} opens a subordinate clause: it follows a word that opens one ("dass", "wie"), or a
     * relative pronoun after a comma, perhaps with a preposition between (", von dem die Polizei glaubt").
     */
    private static boolean opensSubordinateClause(Doc d, int k, int first) {
        int p = k - 1;
        if (p <= first) {
            return false;
        }
        if (GERMAN_CLAUSE_OPENERS.contains(d.lower[p]) && !d.lower[p].equals("und")) {
            return true;
        }
        if (!GERMAN_RELATIVES.contains(d.lower[p])) {
            return false;
        }
        return d.is(p - 1, ',') || p - 2 >= first && GERMAN_PREPOSITIONS.contains(d.lower[p - 1]) && d.is(p - 2, ',');
    }

    /** Whether the cue is a verb: no "laut", "zufolge", "nach (Angaben)", "so" ("dem Bericht zufolge"). */
    private static boolean verbCue(Doc d, QuoteFinder.Attribution a) {
        for (int k = a.cueFirst(); k < a.cueLast(); k++) {
            if (QuoteFinder.ACCORDING.contains(d.lower[k]) || d.lower[k].equals("so")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Stems of German verbs whose passive subject is the speaker and whose agent only passes the words on ("Meier wird
     * von der Agentur mit den Worten zitiert"; data).
     */
    private static final Set<String> QUOTING = org.verbatim.language.Words.of("de", "quoting-verbs");

    /** Forms of "werden", the German passive auxiliary (data). */
    private static final Set<String> GERMAN_PASSIVE = org.verbatim.language.Words.of("de", "passive-werden");

    /**
     * The agent of a German passive cue: with a form of "werden" in the cue's clause, the candidate that "von" governs
     * in that clause, unless the "von" follows a noun ("der Bürgermeister von Berlin": an attribute). "Von der Partei
     * wurde gefordert, ...", "Dies wurde vom Verband kritisiert" (after "vom", the phrase itself). {@code null} when
     * the cue is not passive, has no such agent that names a person or a group ("Von einer hohen Brandgefahr wird
     * berichtet": the topic), the choice is the agent already, or the cue quotes ({@link #QUOTING}).
     */
    private static Candidate passiveAgent(Doc d, Mentions m, QuoteFinder.Attribution a, List<Candidate> cands,
                                          Candidate best, int first) {
        if (!passiveClause(d, a, first) || agentPreposition(d, best, first) >= 0
                || QUOTING.stream().anyMatch(d.lower[a.cueFirst()]::startsWith)) {
            return null;
        }
        for (Candidate c : cands) {
            int v = agentPreposition(d, c, first);
            if (v >= 0 && c.last() <= a.cueFirst() && sameClause(d, c.last(), a.cueFirst())
                    && (v == first || !d.isCapitalised(v - 1) || !d.isWord(v - 1)) && personLike(d, m, c)) {
                return c;
            }
        }
        return null;
    }

    /** The "von" or "vom" that governs the candidate, or -1. */
    private static int agentPreposition(Doc d, Candidate c, int first) {
        if (c.first() > first && d.lower[c.first() - 1].equals("vom")) {
            return c.first() - 1;
        }
        if (!governingPreposition(d, c, first).equals("von")) {
            return -1;
        }
        int k = c.first() - 1;
        while (!d.lower[k].equals("von")) {
            k--;
        }
        return k;
    }

    /** A lower-case cue (a participle) with a form of "werden" in its clause. */
    private static boolean passiveClause(Doc d, QuoteFinder.Attribution a, int first) {
        int cue = a.cueFirst();
        if (d.isCapitalised(cue)) {
            return false;
        }
        int last = d.sentLast[d.sentenceOf[cue]];
        for (int k = cue - 1; k >= first && !d.is(k, ',') && !d.quoted[k]; k--) {
            if (GERMAN_PASSIVE.contains(d.lower[k])) {
                return true;
            }
        }
        for (int k = a.cueLast(); k < last && !d.is(k, ',') && !d.quoted[k]; k++) {
            if (GERMAN_PASSIVE.contains(d.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a preposition opens or governs the German candidate ("Gegenüber der Zeitung", "bei seinem Team"). */
    private static boolean governed(Doc d, Candidate c, int first) {
        return GERMAN_PREPOSITIONS.contains(d.lower[c.first()]) || !governingPreposition(d, c, first).equals("none");
    }

    /**
     * The name or nominative noun phrase (a person, a group, or any head that is not abstract) that opens the clause of
     * {@code object} before it, in the same clause as the cue (no comma or quotation between them): "Nachdem die
     * Anwältin der Frau dem Richter mitgeteilt hatte", "Der Trainer bedankte sich bei seinem Team und sagte";
     * {@code null} when there is none.
     */
    private static Candidate clauseSubject(Doc d, Mentions m, QuoteFinder.Attribution a, List<Candidate> cands,
                                           Candidate object, int first) {
        Candidate found = null;
        for (Candidate c : cands) {
            if (c.last() <= object.first() && clauseInitial(d, c.first(), first) && !d.quoted[c.first()]
                    && sameClause(d, c.first(), a.cueFirst())
                    && (isName(c.ref()) || germanCase(d, c).equals("nom"))
                    && governingPreposition(d, c, first).equals("none")
                    && (personLike(d, m, c) || !EntityFinder.isGermanAbstractHead(mainHead(d, c)))
                    && (frontedObject(d, object) || verbBetween(d, c.last(), object.first()))
                    && (found == null || c.first() > found.first())) {
                found = c;
            }
        }
        return found;
    }

    /**
     * A lower-case word other than a determiner or a preposition between tokens {@code from} and {@code to} (a verb
     * between a subject and a phrase that a preposition governs: "Der Trainer bedankte sich bei seinem Team", not "Der
     * Kommissar für Energie").
     */
    private static boolean verbBetween(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.isWord(k) && !d.isCapitalised(k) && !QuoteFinder.GERMAN_DETERMINERS.contains(d.lower[k])
                    && !GERMAN_PREPOSITIONS.contains(d.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** The main head of a German candidate: the noun before its genitive ("Anwältin" in "die Anwältin der Frau"). */
    private static String mainHead(Doc d, Candidate c) {
        String inner = innerHead(d, c);
        return inner != null ? inner : d.lower[c.last() - 1];
    }

    /** Auxiliaries and modal verbs that may follow the subject a German sentence opens with (data). */
    private static final Set<String> GERMAN_OPENING_AUXILIARIES = org.verbatim.language.Words.of("de",
            "opening-auxiliaries");

    /**
     * The name or nominative person that opens the sentence right before its finite verb (an auxiliary, or a
     * lower-case word that is no function word), in one clause with the cue, when the choice stands in the middle
     * field between them: verb second makes the opener the subject and the choice an object ("Das Militär hat
     * inzwischen eine Untersuchung angekündigt", "Der Rat gab nach der Sitzung bekannt"); {@code null} otherwise.
     */
    private static Candidate verbSecondSubject(Doc d, Mentions m, QuoteFinder.Attribution a, List<Candidate> cands,
                                               Candidate best, int first) {
        if (!sameClause(d, first, a.cueFirst())) {
            return null;
        }
        for (Candidate c : cands) {
            int v = c.last();
            if (c.first() == first && v < best.first() && d.isWord(v) && !d.isCapitalised(v)
                    && (GERMAN_OPENING_AUXILIARIES.contains(d.lower[v]) || !QuoteFinder.FUNCTION_WORDS.contains(
                    d.lower[v])) && (isName(c.ref()) || germanCase(d, c).equals("nom") && personLike(d, m, c))) {
                return c;
            }
        }
        return null;
    }

    /** No comma, colon, semicolon or quotation between tokens {@code from} and {@code to}. */
    private static boolean sameClause(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (d.quoted[k] || d.is(k, ',') || d.is(k, ':') || d.is(k, ';')) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} opens its sentence, or what follows a heading word and a colon ("Arbeitswelt: Die"). */
    private static boolean opensSentence(Doc d, int k, int first) {
        return k == first || k == first + 2 && d.is(first + 1, ':') && d.isWord(first);
    }

    /** Tokens that an insertion between a subject and its verb may span ("Der Verband, der ... ist, kritisierte"). */
    private static final int MAX_INSERTION = 30;

    /**
     * Whether the phrase reaches the verb at {@code cue}: it ends right before it, perhaps after an aside in parentheses
     * ("Die Partei (MDC) beschuldigte") and a comma-enclosed insertion ("Der Verband, der ... verantwortlich ist,
     * begründete").
     */
    private static boolean reachesVerb(Doc d, Candidate c, int cue) {
        int k = c.last();
        if (k < cue && d.is(k, '(')) {
            while (k < cue && !d.is(k, ')')) {
                k++;
            }
            k++;
        }
        if (k == cue) {
            return true;
        }
        if (k >= cue - 2 || !d.is(k, ',') || !d.is(cue - 1, ',') || cue - k > MAX_INSERTION) {
            return false;
        }
        for (int j = k; j < cue; j++) {
            if (d.quoted[j] || d.is(j, ':') || d.is(j, ';')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the mention names a person (a name or a description of one). */
    private static boolean isPerson(MentionRef r) {
        return r != null && r.type() == EntityType.PERSON && r.form() != MentionRef.Form.PRONOUN;
    }

    /** Whether the mention is a name (not a description or a pronoun); {@code null} is none. */
    private static boolean isName(MentionRef r) {
        return r != null && r.form() == MentionRef.Form.NAME;
    }

    /** A German phrase before the verb that its article marks as an object, or whose main head names no one. */
    private static boolean frontedObject(Doc d, Candidate c) {
        String k = germanCase(d, c);
        String inner = innerHead(d, c);
        return k.equals("object") || k.equals("oblique")
                || EntityFinder.isGermanAbstractHead(inner != null ? inner : d.lower[c.last() - 1]);
    }

    /** The case a German candidate's article marks: object, gen, oblique, nom or none (as in its features). */
    private static String germanCase(Doc d, Candidate c) {
        String det = d.lower[c.first()];
        return GERMAN_OBJECT.contains(det) ? "object" : det.equals("des") || det.equals("eines") ? "gen"
                : obliqueDer(d, c) ? "oblique" : ARTICLES.contains(det) ? "nom" : "none";
    }

    /**
     * Whether a German candidate names a person or a group: a name, a main head that is an agent noun, or an acronym
     * ("die SPD").
     */
    private static boolean personLike(Doc d, Mentions m, Candidate c) {
        String inner = innerHead(d, c);
        if (inner != null) {
            return EntityFinder.isGermanAgentHead(inner);
        }
        return isName(m.endingAt[c.last() - 1]) || EntityFinder.isGermanAgentHead(d.lower[c.last() - 1])
                || QuoteFinder.isAcronym(d.token(c.last() - 1));
    }

    /**
     * Whether the German candidate follows its cue verb right away, past "sich" and inversion adverbs ("bezeichnete
     * Conze", "sagte ein Sprecher").
     */
    private static boolean rightAfterCue(Doc d, QuoteFinder.Attribution a, Candidate c) {
        int k = a.cueLast();
        while (k < c.first() && (d.lower[k].equals("sich") || QuoteFinder.isInversionAdverb(d.lower[k]))) {
            k++;
        }
        return k == c.first();
    }

    /**
     * A bare German source noun gives way to its genitive without article ("nach Meinung politischer Beobachter": the
     * observers, not the opinion); any other candidate stays as it is.
     */
    static Candidate genitiveSource(Doc d, Mentions m, Candidate c) {
        if (!"de".equals(d.language) || c.ref() != null || c.last() - c.first() > 2) {
            return c;
        }
        int last = d.sentLast[d.sentenceOf[c.first()]];
        int[] g = c.last() - c.first() == 1 ? QuoteFinder.germanArticlelessSource(d, m, c.first(), last) : null;
        if (g == null && QuoteFinder.isSourceNoun(d.lower[c.last() - 1])) {
            g = sourceAttribute(d, m, c.last(), last);
        }
        return g == null ? c : new Candidate(g[0], g[1], m.startingAt[g[0]] != null
                && m.startingAt[g[0]].last() == g[1] ? m.startingAt[g[0]] : null);
    }

    /**
     * A name in the genitive that no list knows ("Österreichs", "Ibrahims"): a capitalised word in "-s", never seen in
     * lower case, no function or time word.
     */
    private static boolean genitiveName(Doc d, int k) {
        String w = d.lower[k];
        return d.isWord(k) && d.isCapitalised(k) && w.length() > 2 && w.endsWith("s") && !d.lowerSeen.contains(w)
                && !QuoteFinder.FUNCTION_WORDS.contains(w) && !QuoteFinder.GERMAN_DETERMINERS.contains(w)
                && !TimeTagger.isTimeWord(w);
    }

    /** Prepositions that attach the source to a German source noun ("Angaben aus Khartum", "einer Schätzung von"). */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("von", "vom", "aus");

    /**
     * The source that a German source noun names right after it ("Aussagen des Statistischen Bundesamtes", "Angaben
     * Ibrahims", "einer Schätzung von spanischen Händlern", "Angaben aus Khartum"): a genitive noun phrase, a name
     * (known, or a {@link #genitiveName genitive} no list knows), or a noun phrase after "von" or "aus"; {@code null}
     * when none follows.
     */
    static int[] sourceAttribute(Doc d, Mentions m, int k, int last) {
        if (k >= last || d.quoted[k]) {
            return null;
        }
        MentionRef r = m.startingAt[k];
        if (isName(r) && r.last() <= last) {
            return new int[] {k, r.last()};
        }
        String w = d.lower[k];
        if (genitiveName(d, k)) {
            return new int[] {k, k + 1};
        }
        int from = QuoteFinder.GERMAN_GENITIVES.contains(w) ? k : SOURCE_PREPOSITIONS.contains(w) ? k + 1 : -1;
        int[] np = from < 0 ? null : QuoteFinder.germanNounPhrase(d, m, from, last);
        return np == null || np[1] <= np[0] ? null : np;
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
            described |= d.isWord(k) && Character.isLowerCase(d.text.charAt(d.start[k]))
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
                return new Candidate(name.first(), name.last(), name);
            }
        }
        return c;
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
