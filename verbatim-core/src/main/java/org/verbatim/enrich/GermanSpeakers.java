package org.verbatim.enrich;

import static org.verbatim.enrich.SpeakerRanker.GERMAN_CLAUSE_OPENERS;
import static org.verbatim.enrich.SpeakerRanker.GERMAN_NOMINATIVE;
import static org.verbatim.enrich.SpeakerRanker.GERMAN_PREPOSITIONS;
import static org.verbatim.enrich.SpeakerRanker.clauseInitial;
import static org.verbatim.enrich.SpeakerRanker.germanCase;
import static org.verbatim.enrich.SpeakerRanker.governingPreposition;
import static org.verbatim.enrich.SpeakerRanker.innerHead;
import static org.verbatim.enrich.SpeakerRanker.isName;

import java.util.List;
import java.util.Set;
import org.verbatim.enrich.SpeakerRanker.Candidate;
import org.verbatim.model.EntityType;
import org.verbatim.model.Span;

/**
 * German grammar over the speaker ranker's choice: where the model ranks candidates on syntax-free cues, German marks
 * who speaks by case and word order. Given the ranker's pick, these rules move it to the subject the grammar names
 * (the nominative before a verb-second cue, the subject of a clause that ends in the cue, the agent of a passive cue),
 * run a source on through "und" or "sowie" to a second source, and let a bare source noun give way to the source it
 * names ("nach Angaben der Polizei"). Every word list is data under {@code language/words/de}. Stateless.
 */
final class GermanSpeakers {
    private GermanSpeakers() {}

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
        Candidate quoted = quotedObject(d, m, a, first);
        if (quoted != null) {
            return quoted;
        }
        Candidate agent = passiveAgent(d, m, a, cands, best, first);
        if (agent != null) {
            return agent;
        }
        if (best.last() <= a.cueFirst() && (frontedObject(d, best) || governed(d, best, first))) {
            Candidate subject = subjectAfterVerb(d, m, a, cands);
            if (subject == null) {
                subject = clauseSubject(d, m, a, cands, best, first);
            }
            if (subject != null) {
                return subject;
            }
        }
        if (best.last() <= a.cueFirst() && best.first() > first) {
            Candidate subject = verbSecondSubject(d, m, a, cands, best, first);
            if (subject != null) {
                return subject;
            }
        }
        if (best.last() <= a.cueFirst() && !sameClause(d, best.last(), a.cueFirst()) && !quotingCue(d, a)) {
            Candidate subject = subordinateSubject(d, m, a, cands, first);
            if (subject != null) {
                return subject;
            }
        }
        if (best.first() >= a.cueLast() && objectAfterVerb(d, a, best)) {
            Candidate subject = sentenceSubject(d, m, a, cands, first);
            if (subject != null) {
                return subject;
            }
        }
        return best;
    }

    /** A name or a nominative person right after the cue verb, past "sich" and inversion adverbs; else null. */
    private static Candidate subjectAfterVerb(Doc d, Mentions m, QuoteFinder.Attribution a, List<Candidate> cands) {
        for (Candidate c : cands) {
            if (c.first() >= a.cueLast() && rightAfterCue(d, a, c) && (isName(c.ref())
                    || GERMAN_NOMINATIVE.contains(d.lower[c.first()]) && germanCase(d, c).equals("nom")
                    && personLike(d, m, c))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The name or nominative person that opens the cue's subordinate clause and stands right before the verb-final
     * cue (", von dem die Polizei glaubt, er sei ..."); else null.
     */
    private static Candidate subordinateSubject(Doc d, Mentions m, QuoteFinder.Attribution a, List<Candidate> cands,
                                                int first) {
        for (Candidate c : cands) {
            if (c.last() == a.cueFirst() && sameClause(d, c.first(), a.cueFirst()) && !d.quoted[c.first()]
                    && opensSubordinateClause(d, c.first(), first)
                    && (isName(c.ref()) || germanCase(d, c).equals("nom") && personLike(d, m, c))) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the choice right after the cue verb reads as its object: no person, and an article that marks an object
     * or may ("die Meldung", "das Urteil").
     */
    private static boolean objectAfterVerb(Doc d, QuoteFinder.Attribution a, Candidate best) {
        return !isPerson(best.ref()) && rightAfterCue(d, a, best) && (d.lower[best.first()].equals("die")
                || d.lower[best.first()].equals("das") || germanCase(d, best).equals("object"));
    }

    /**
     * The name or nominative person, governed by no preposition, that opens the sentence and reaches the cue verb:
     * the subject, when the phrase after the verb is its object; else null.
     */
    private static Candidate sentenceSubject(Doc d, Mentions m, QuoteFinder.Attribution a, List<Candidate> cands,
                                             int first) {
        for (Candidate c : cands) {
            if (opensSentence(d, c.first(), first) && reachesVerb(d, c, a.cueFirst()) && !d.quoted[c.first()]
                    && (isName(c.ref()) || germanCase(d, c).equals("nom"))
                    && governingPreposition(d, c, first).equals("none") && personLike(d, m, c)) {
                return c;
            }
        }
        return null;
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

    /** Whether the cue's first word is a form of a {@link #QUOTING} verb ("zitiert", "zitierte"). */
    private static boolean quotingCue(Doc d, QuoteFinder.Attribution a) {
        return isQuotingVerb(d.lower[a.cueFirst()]);
    }

    /** Nouns that frame a quoted person's words after "mit" and an article ("mit den Worten"; data). */
    private static final Set<String> QUOTING_FRAMES = org.verbatim.language.Words.of("de", "quoting-frames");

    /** Words that quoted frames may have between the quoted person and "mit" ("zitierte ihn am Montag mit ..."). */
    private static final int MAX_QUOTED_OBJECT = 8;

    /**
     * The person an active quoting verb quotes ("Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten:
     * ...", "Die Zeitung zitierte den Minister Karl Weber mit den Worten, ..."): the noun phrase right after the
     * quoting verb that reaches "mit", an article and a framing noun ({@code quoting-frames}; {@link #quotingFrame});
     * the medium that quotes is the subject. Its name when the phrase ends in one. {@code null} when the cue has no
     * such frame or the verb is passive.
     */
    static Candidate quotedObject(Doc d, Mentions m, QuoteFinder.Attribution a, int first) {
        int[] frame = quotingFrame(d, m, a.cueFirst(), first);
        if (frame == null || passiveClause(d, frame[0], frame[0] + 1, first)) {
            return null;
        }
        MentionRef name = m.endingAt[frame[2] - 1];
        return name != null && name.form() == MentionRef.Form.NAME && name.first() >= frame[1]
                ? new Candidate(name.first(), frame[2], name)
                : new Candidate(frame[1], frame[2], m.startingAt[frame[1]]);
    }

    /**
     * The frame of a quoting verb around token {@code cue} (the verb itself, or the framing noun a cue model may take
     * for the cue: "mit den Worten"): {the verb, the first token of the noun phrase it quotes, the "mit" that ends
     * that phrase, the framing noun}; {@code null} when there is none.
     */
    static int[] quotingFrame(Doc d, Mentions m, int cue, int first) {
        int last = d.sentLast[d.sentenceOf[cue]];
        int verb = cue;
        if (QUOTING_FRAMES.contains(d.lower[cue]) && cue - 2 >= first && d.lower[cue - 2].equals("mit")) {
            verb = -1;
            for (int k = cue - 3; k >= first && cue - k <= MAX_QUOTED_OBJECT + 3 && !d.quoted[k]; k--) {
                if (isQuotingVerb(d.lower[k])) {
                    verb = k;
                    break;
                }
            }
        }
        if (verb < 0 || !isQuotingVerb(d.lower[verb])) {
            return null;
        }
        int k = verb + 1;
        while (k < last && (d.lower[k].equals("sich") || QuoteFinder.isInversionAdverb(d.lower[k]))) {
            k++;
        }
        for (int j = k + 1; j + 2 < last && j - k <= MAX_QUOTED_OBJECT && !d.quoted[j]; j++) {
            if (d.lower[j].equals("mit") && QUOTING_FRAMES.contains(d.lower[j + 2])) {
                int[] np = QuoteFinder.germanNounPhrase(d, m, k, j);
                return np == null || np[1] != j ? null : new int[] {verb, k, j, j + 2};
            }
        }
        return null;
    }

    private static boolean isQuotingVerb(String lower) {
        return QUOTING.stream().anyMatch(lower::startsWith);
    }

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
        if (!passiveClause(d, a, first) || agentPreposition(d, best, first) >= 0 || quotingCue(d, a)) {
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
        return passiveClause(d, a.cueFirst(), a.cueLast(), first);
    }

    /** {@link #passiveClause(Doc, QuoteFinder.Attribution, int)} for the cue tokens {@code [cue, cueLast)}. */
    private static boolean passiveClause(Doc d, int cue, int cueLast, int first) {
        if (d.isCapitalised(cue)) {
            return false;
        }
        int last = d.sentLast[d.sentenceOf[cue]];
        for (int k = cue - 1; k >= first && !d.is(k, ',') && !d.quoted[k]; k--) {
            if (GERMAN_PASSIVE.contains(d.lower[k])) {
                return true;
            }
        }
        for (int k = cueLast; k < last && !d.is(k, ',') && !d.quoted[k]; k++) {
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

    /** A German phrase before the verb that its article marks as an object, or whose main head names no one. */
    private static boolean frontedObject(Doc d, Candidate c) {
        String k = germanCase(d, c);
        return k.equals("object") || k.equals("oblique") || EntityFinder.isGermanAbstractHead(mainHead(d, c));
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

    /**
     * Prepositions that attach the source to a German source noun ("Angaben aus Khartum", "einer Schätzung von";
     * data).
     */
    private static final Set<String> SOURCE_PREPOSITIONS = org.verbatim.language.Words.of("de", "source-prepositions");

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

    /** Whether the mention names a person (a name or a description of one). */
    private static boolean isPerson(MentionRef r) {
        return r != null && r.type() == EntityType.PERSON && r.form() != MentionRef.Form.PRONOUN;
    }
}
