package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.EntityType;
import org.verbatim.model.Mention;
import org.verbatim.model.Span;
import org.verbatim.language.Words;

/**
 * Finds names (runs of capitalised words), splits off their titles, types them (person, organisation, place) with
 * word lists and simple rules, groups them into referents, and resolves descriptions ("the minister") and
 * pronouns ("he", "she", "they") to them. Immutable and thread-safe; all per-text state lives in the call.
 */
final class EntityFinder {
    private static final Set<String> TITLES = Lexicon.lowerSet("titles.txt");
    private static final Set<String> ORG_WORDS = Lexicon.lowerSet("organisation-words.txt");
    private static final Set<String> PLACES = Set.copyOf(Lexicon.lines("places.txt"));
    private static final Map<String, Character> PRONOUNS = pronouns();
    /** Speech verbs end a capitalised run: "Howard Dean Tells Democrats" in a title-case headline. */
    private static final Set<String> SPEECH_VERBS = speechVerbs();
    static final Map<String, Boolean> ROLES = roles();
    /** Words that make a name a place when they open it (value true) or close it (false): "River X", "X Bridge". */
    private static final Map<String, Boolean> PLACE_WORDS = placeWords();
    /**
     * Heads of noun phrases that can speak: people, groups, organisations, documents (a data file), and every title,
     * role and organisation word.
     */
    static final Set<String> AGENT_NOUNS = agentNouns();
    /** Capitalised function words that start sentences and are never names on their own. */
    private static final Set<String> NAME_CONNECTORS = Words.nameParticlesInText();
    private static final Set<String> DETERMINERS = Set.of("the", "der", "die", "das", "den", "dem", "des");
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein",
            "eine", "einer", "eines", "einem", "einen", "im", "am", "zum", "zur", "vom", "beim", "kein", "keine");
    /** What follows a sentence-opening participle ("Asked whether", "Pressed about"), never a name's next word. */
    private static final Set<String> PARTICIPLE_OBJECTS = Set.of("by", "about", "if", "whether", "what", "why", "how",
            "who", "whom", "which", "on", "for", "to", "at", "in", "with", "during", "after", "later", "again");
    /** Capitalised at the start of a sentence, but attribution words, never names ("Laut Hahn", "So"). */
    static final Set<String> NEVER_NAMES = Set.of("laut", "so", "according", "zufolge", "but", "and",
            "a", "an", "in", "on", "at", "after", "before", "when", "while", "if", "as", "for", "with", "it",
            "this", "that", "there", "aber", "und", "doch", "auch", "nach", "vor", "wie", "wenn", "als", "es", "im",
            "am", "obwohl", "weil", "da", "dass", "ob", "nachdem", "während", "jegliche", "jede", "jeder", "jedes",
            "alle", "viele", "einige", "diese", "dieser", "dieses", "kein", "keine", "zudem", "dabei", "damit",
            "deshalb", "trotzdem", "seit", "bei", "mit", "für", "um", "zum", "zur", "vom", "beim", "auf");
    /** Forms of address that only ever stand before a surname. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "herr",
            "frau");
    /** How many sentences back a pronoun may look for its referent. */
    private static final int PRONOUN_WINDOW = 4;

    private static Set<String> speechVerbs() {
        Set<String> out = new HashSet<>(Lexicon.lowerSet("speech-verbs-en.txt"));
        out.addAll(Lexicon.lowerSet("speech-verbs-de.txt"));
        out.remove("according");
        return Set.copyOf(out);
    }

    private static Map<String, Boolean> placeWords() {
        Map<String, Boolean> m = new HashMap<>();
        for (String line : Lexicon.lines("place-words.txt")) {
            String[] f = line.split("\t");
            m.put(f[0].toLowerCase(Locale.ROOT), f[1].equals("first"));
        }
        return Map.copyOf(m);
    }

    private static Set<String> agentNouns() {
        Set<String> out = new HashSet<>(Lexicon.lowerSet("agent-nouns.txt"));
        out.addAll(TITLES);
        out.addAll(ORG_WORDS);
        out.addAll(ROLES.keySet());
        return Set.copyOf(out);
    }

    /**
     * Whether a noun phrase headed by {@code head} (lower case) can be a speaker: in English an agent noun (people,
     * groups, organisations, documents, titles, roles); German capitalises every noun and compounds them freely
     * ("Polizeisprecher", "Bundesregierung"), so there the ranker judges German heads by what it learned (among
     * others from the noun's ending, {@link #isGermanAgentHead}).
     */
    static boolean isAgentHead(String head, boolean german) {
        if (german) {
            return true;
        }
        String h = stripPossessive(head);
        return AGENT_NOUNS.contains(h) || AGENT_NOUNS.contains(englishSingular(h)) || listedPlural(h)
                || hasAgentEnding(h);
    }

    /** Whether the English plural of {@code word} is listed ("staffer": "staffers", "user": "users"). */
    private static boolean listedPlural(String word) {
        for (String[] e : PLURAL_ENDINGS) {
            if (word.length() > e[1].length() + 2 && word.endsWith(e[1])
                    && AGENT_NOUNS.contains(word.substring(0, word.length() - e[1].length()) + e[0])) {
                return true;
            }
        }
        return false;
    }

    /** Endings of English nouns that name a person ("-ist", "-ians"; data). */
    private static final Set<String> AGENT_ENDINGS = Words.of("en", "agent-noun-endings");

    /** An English noun with a person's ending and a stem before it ("economists", "historian"; not "list"). */
    private static boolean hasAgentEnding(String word) {
        for (String e : AGENT_ENDINGS) {
            if (word.length() >= e.length() + 4 && word.endsWith(e) && Character.isLetter(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** English plural endings and what the singular ends with instead ("ies" -> "y"; data). */
    private static final List<String[]> PLURAL_ENDINGS = Words.of("en", "plural-endings").stream()
            .map(l -> l.split(">", -1)).filter(f -> f.length == 2 && !f[0].isEmpty())
            .sorted(java.util.Comparator.comparingInt((String[] f) -> -f[0].length()).thenComparing(f -> f[0]))
            .toList();

    /**
     * The singular of an English plural noun whose singular is a speaker head ("strategists" -> "strategist",
     * "spokesmen" -> "spokesman", "secretaries" -> "secretary"); {@code word} itself when none is.
     */
    static String englishSingular(String word) {
        for (String[] e : PLURAL_ENDINGS) {
            if (word.length() > e[0].length() + 2 && word.endsWith(e[0])) {
                String singular = word.substring(0, word.length() - e[0].length()) + e[1];
                if (AGENT_NOUNS.contains(singular)) {
                    return singular;
                }
            }
        }
        return word;
    }

    /** Capitalised only at a German sentence's start, never a name ("Insgesamt", "Außerdem", "Wenige"; data). */
    private static final Set<String> GERMAN_SENTENCE_ADVERBS = Words.of("de", "sentence-adverbs");
    /** Endings of German abstract nouns ("Belastung", "Konferenz"; data). */
    private static final List<String> GERMAN_ABSTRACT_ENDINGS = List.copyOf(Words.of("de", "abstract-noun-endings"));

    /**
     * A German head noun that names no one: an abstract noun ending ("Belastung", "Pressekonferenz") that is no agent
     * or report ending ({@link #isGermanAgentHead}: "Regierung", "Mitteilung").
     */
    static boolean isGermanAbstractHead(String head) {
        if (isGermanAgentHead(head)) {
            return false;
        }
        for (String e : GERMAN_ABSTRACT_ENDINGS) {
            if (head.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Endings of German nouns that name a person, a group, an organisation or a document (data file). */
    private static final List<String> GERMAN_AGENT_HEADS = Lexicon.lines("german-agent-heads.txt").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).toList();

    /**
     * A German head noun that can be a source: its ending names a person, a group or an organisation ("Sprecher",
     * "Staatsanwaltschaft", "Innenministerium"; {@code german-agent-heads.txt}) or a report ("Angaben", "Bericht";
     * {@code german-source-nouns.txt}). A capitalised German noun is not a speaker by itself ("Der Titel heißt").
     */
    static boolean isGermanAgentHead(String head) {
        for (String e : GERMAN_AGENT_HEADS) {
            if (head.endsWith(e)) {
                return true;
            }
        }
        return QuoteFinder.isSourceNoun(head);
    }

    private static Map<String, Character> pronouns() {
        Map<String, Character> m = new HashMap<>();
        for (String line : Lexicon.lines("pronouns.tsv")) {
            String[] f = line.split("\t");
            m.put(f[0], f[1].charAt(0));
        }
        return Map.copyOf(m);
    }

    private static Map<String, Boolean> roles() {
        Map<String, Boolean> m = new HashMap<>();
        for (String line : Lexicon.lines("roles.txt")) {
            String[] f = line.split("\t");
            m.put(f[0], f[1].equals("generic"));
        }
        return Map.copyOf(m);
    }

    Mentions find(Doc d) {
        Set<String> lowerSeen = d.lowerSeen;
        List<MentionRef> names = names(d, lowerSeen);
        List<Cluster> clusters = new ArrayList<>();
        List<MentionRef> resolved = cluster(d, names, clusters);
        List<MentionRef> all = resolveOthers(d, resolved, clusters);
        MentionRef[] ending = new MentionRef[d.tokens()];
        MentionRef[] starting = new MentionRef[d.tokens()];
        for (MentionRef m : all) {
            ending[m.last() - 1] = m;
            starting[m.first()] = m;
        }
        return new Mentions(ending, starting, clusters);
    }

    /** Lower-case forms of words capitalised inside a sentence somewhere: names, whatever their position. */
    private static Set<String> midCaps(Doc d) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < d.sentences(); s++) {
            for (int i = d.sentFirst[s] + 1; i < d.sentLast[s]; i++) {
                if (d.isCapitalised(i) && !d.isQuoteMark(i - 1) && !d.is(i - 1, ':')) {
                    out.add(d.lower[i]);
                }
            }
        }
        return out;
    }

    /**
     * Lower-case forms of words that close a run of capitalised words inside a sentence ("said Kristen Day,"):
     * a surname there, which may open another sentence alone although it is also a word written in lower case.
     */
    private static Set<String> surnames(Doc d) {
        Set<String> out = new HashSet<>();
        for (int s = 0; s < d.sentences(); s++) {
            for (int i = d.sentFirst[s] + 1; i < d.sentLast[s]; i++) {
                if (i == d.sentFirst[s] + 1 && QuoteFinder.FUNCTION_WORDS.contains(d.lower[i - 1])) {
                    continue; // "The Post": capitalised only because it opens the sentence; "Theresa May faced" counts
                }
                if (d.isCapitalised(i) && d.isCapitalised(i - 1)
                        && (i + 1 >= d.sentLast[s] || !d.isCapitalised(i + 1))
                        && Character.isLetter(d.text.charAt(d.start[i - 1])) && d.start[i] - d.end[i - 1] == 1
                        && !TITLES.contains(d.lower[i - 1]) && (i - 2 < d.sentFirst[s] || !d.isQuoteMark(i - 2))) {
                    out.add(d.lower[i]);
                }
            }
        }
        return out;
    }

    // ---- names ------------------------------------------------------------------------------------------------

    private List<MentionRef> names(Doc d, Set<String> lowerSeen) {
        List<MentionRef> out = new ArrayList<>();
        Set<String> midCaps = midCaps(d);
        boolean german = "de".equals(d.language);
        Set<String> surnames = german ? Set.of() : surnames(d); // German capitalises every noun: no such surnames
        for (int s = 0; s < d.sentences(); s++) {
            int i = d.sentFirst[s];
            int last = d.sentLast[s];
            // a headline in title case: there a name stops at a function word or a word written in lower case elsewhere
            boolean title = HeadlineCase.mostlyCapitalised(d, s);
            while (i < last) {
                if (!startsName(d, i, s, lowerSeen, midCaps, surnames, german)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < last && continuesName(d, j, i) && !(title && (QuoteFinder.FUNCTION_WORDS.contains(
                        d.lower[j]) || lowerSeen.contains(d.lower[j])) && !TITLES.contains(d.lower[j]))) {
                    j++;
                }
                while (j > i + 1 && NAME_CONNECTORS.contains(d.lower[j - 1])) {
                    j--;
                }
                for (int k = i; german && k < j - 1; k++) {
                    if (QuoteFinder.isSourceNoun(d.lower[k])) {
                        j = k + 1; // "nach ersten Meldungen Schäden an ...": a report ends the run
                    }
                }
                MentionRef m = nameMention(d, i, j, german, j == i + 1 && wordSurname(d, i, s, surnames));
                if (m != null) {
                    while (!out.isEmpty() && out.get(out.size() - 1).last() > m.first()) {
                        // a name inside this one's title ("Florida governor X", "Real Time host X")
                        MentionRef prev = out.remove(out.size() - 1);
                        m = new MentionRef(Math.min(prev.first(), m.first()), m.last(), m.nameFirst(), m.form(),
                                m.type(), null);
                    }
                    out.add(m);
                }
                i = j;
            }
        }
        return out;
    }

    /** A unit letter written right after a degree sign or a number: "25°F", "30°C", "5K" is no name. */
    private static boolean isUnit(Doc d, int i) {
        if (i == 0 || d.start[i] != d.end[i - 1]) {
            return false;
        }
        char before = d.text.charAt(d.end[i - 1] - 1);
        return d.end[i] - d.start[i] == 1 && (before == '\u00b0' || Character.isDigit(before));
    }

    private static boolean startsName(Doc d, int i, int s, Set<String> lowerSeen, Set<String> midCaps,
                                      Set<String> surnames, boolean german) {
        if (!d.isCapitalised(i) || !Character.isLetter(d.text.charAt(d.start[i])) || isUnit(d, i)) {
            return false;
        }
        if (wordSurname(d, i, s, surnames) && !PRONOUNS.containsKey(d.lower[i])) {
            return true; // "From said", "Day said", "King says", "..., Will wrote" after "Al From", "Kristen Day"
        }
        String bare = withoutContraction(d.lower[i]);
        if (PRONOUNS.containsKey(d.lower[i]) || PRONOUNS.containsKey(bare) || TimeTagger.isDateWord(d, i)
                || GERMAN_ARTICLES.contains(d.lower[i]) || DETERMINERS.contains(d.lower[i])
                || NEVER_NAMES.contains(d.lower[i])
                || german && i == d.sentFirst[s] && GERMAN_SENTENCE_ADVERBS.contains(d.lower[i])) {
            return false;
        }
        boolean initial = i == d.sentFirst[s] || d.isQuoteMark(i - 1) || d.is(i - 1, '(') || d.is(i - 1, ':');
        boolean surname = initial && surnames.contains(d.lower[i]) && i + 1 < d.sentLast[s]
                && (d.is(i + 1, ',') || SPEECH_VERBS.contains(d.lower[i + 1]));
        if (initial && lowerSeen.contains(d.lower[i]) && !TITLES.contains(d.lower[i]) && !surname) {
            return false; // but "Small, who ..., said" after "Marty Small": a surname that is also a word
        }
        if (initial && !midCaps.contains(d.lower[i]) && (d.lower[i].endsWith("ly") || d.lower[i].endsWith("ing")
                || i + 1 < d.sentLast[s] && d.is(i + 1, ',') && !d.isCapitalised(i + 1))) {
            return false; // "Perhaps,", "Later,", "Weighing in": capitalised only because they start a sentence
        }
        if (initial && !german && !midCaps.contains(d.lower[i]) && d.lower[i].length() > 4
                && d.lower[i].endsWith("ed") && i + 1 < d.sentLast[s]
                && PARTICIPLE_OBJECTS.contains(d.lower[i + 1])) {
            return false; // "Asked whether ...", "Pressed on ...": a participle clause, not a name
        }
        if (SPEECH_VERBS.contains(d.lower[i])) {
            return false;
        }
        if (d.lower[i].length() > 4 && lowerSeen.contains(d.lower[i]) && d.token(i).equals(d.token(i)
                .toUpperCase(Locale.ROOT))) {
            return false; // "RELATED:", "UPDATE": a word in capitals, written in lower case elsewhere
        }
        if (initial && (QuoteFinder.FUNCTION_WORDS.contains(d.lower[i]) || QuoteFinder.FUNCTION_WORDS.contains(bare))) {
            return false; // "What the engineers found", "Our Standards", "Here's what": capitalised only as openers
        }
        if (initial && Words.of(d.language, "opening-non-names").contains(d.lower[i])) {
            return false; // "Since launching his bid, ...", "Despite complaints ...", "Let's", "Hours later"
        }
        if (initial && TimeTagger.isTimeVocabulary(d.lower[i]) && !(i + 1 < d.sentLast[s] && d.isCapitalised(i + 1)
                && !TimeTagger.isDateWord(d, i + 1))) {
            return false; // "Last week", "Heute", "Last May"
        }
        if (german && i > d.sentFirst[s] && GERMAN_ARTICLES.contains(d.lower[i - 1])) {
            return false;
        }
        return true;
    }

    /**
     * A capitalised word opening a sentence or following a quotation's mark, which closes a run of capitalised words
     * elsewhere in the text ({@link #surnames}: "Al From", "Kristen Day", "Billie Jean King"), right before a speech
     * verb: a surname, though it is also a function word, a calendar word or a title ("From said", "King says").
     */
    private static boolean wordSurname(Doc d, int i, int s, Set<String> surnames) {
        boolean initial = i == d.sentFirst[s] || d.isQuoteMark(i - 1);
        return initial && surnames.contains(d.lower[i]) && i + 1 < d.sentLast[s]
                && SPEECH_VERBS.contains(d.lower[i + 1]) && !SPEECH_VERBS.contains(d.lower[i])
                && Character.isUpperCase(d.text.charAt(d.start[i]));
    }

    private static boolean continuesName(Doc d, int j, int first) {
        if (d.isCapitalised(j) && Character.isLetter(d.text.charAt(d.start[j]))
                && !TimeTagger.isCalendarWord(d.lower[j]) && !SPEECH_VERBS.contains(d.lower[j])) {
            boolean pluralPossessive = d.lower[j - 1].endsWith("s'") || d.lower[j - 1].endsWith("s\u2019");
            return (!isPossessive(d, j - 1) || pluralPossessive && ORG_WORDS.contains(d.lower[j]))
                    && d.start[j] - d.end[j - 1] <= 1; // "Eastbank Traders' Association" is one name
        }
        if (d.lower[j].equals("of") && j - first >= 1 && (allTitles(d, first, j) || anyOrgWord(d, first, j))
                && j + 1 < d.sentLast[d.sentenceOf[j]] && d.isCapitalised(j + 1)) {
            return true;
        }
        return NAME_CONNECTORS.contains(d.lower[j]) && j + 1 < d.tokens() && d.isCapitalised(j + 1);
    }

    private static boolean anyOrgWord(Doc d, int a, int b) {
        for (int k = a; k < b; k++) {
            if (ORG_WORDS.contains(d.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean allTitles(Doc d, int a, int b) {
        for (int k = a; k < b; k++) {
            if (!TITLES.contains(d.lower[k])) {
                return false;
            }
        }
        return true;
    }

    /** The word without a contracted verb ("I've", "Here's", "we're": i, here, we); the word when it has none. */
    static String withoutContraction(String lower) {
        for (String c : CONTRACTIONS) {
            if (lower.length() > c.length() && lower.endsWith(c)) {
                return lower.substring(0, lower.length() - c.length());
            }
        }
        return lower;
    }

    private static final String[] CONTRACTIONS = {"'s", "\u2019s", "'ve", "\u2019ve", "'m", "\u2019m", "'ll", "\u2019ll",
        "'d", "\u2019d", "'re", "\u2019re"};

    static boolean isPossessive(Doc d, int i) {
        String w = d.lower[i];
        return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019");
    }

    /** Splits a capitalised run into title and name; {@code null} when nothing but title words remain. */
    private MentionRef nameMention(Doc d, int first, int last, boolean german, boolean surname) {
        if (surname) {
            return new MentionRef(first, last, first, MentionRef.Form.NAME, type(d, first, first, last), null);
        }
        int n = first;
        while (n < last - 1 && isTitleToken(d, n)) {
            n++;
        }
        n = Math.max(n, afterInnerTitle(d, first, last, german));
        if (n == last - 1 && isTitleToken(d, n) && !isPossessive(d, n) && !(n > first
                && HONORIFICS.contains(d.lower[n - 1]))) {
            return null; // but "Mr. King", "Dr. Bishop": after an honorific, a title word is a surname
        }
        if (n > first && n < last - 1 && d.lower[n].equals("of")) {
            // "Secretary of State John Kerry": the office after "of" belongs to the title, not to the name
            Set<String> domains = Words.of(d.language, "title-domains");
            int k = n + 1;
            while (k < last && domains.contains(d.lower[k])) {
                k++;
            }
            if (k > n + 1) {
                if (k == last) {
                    return null; // "Secretary of State" alone: a title, not a name
                }
                n = k;
            }
        }
        if (german && QuoteFinder.isSourceNoun(d.lower[last - 1])) {
            return null; // "Offiziellen Angaben", "Nach Polizeiangaben": a report, not a name (nor a person)
        }
        int t = titleStart(d, first, german);
        if (last - n == 1 && isAdjective(d, n) && !(n > first && HONORIFICS.contains(d.lower[n - 1]))) {
            return null; // but "Mr. Vian": after an honorific, a surname
        }
        EntityType type = type(d, first, n, last);
        return new MentionRef(t, last, n, MentionRef.Form.NAME, type, null);
    }

    /** "Russian leader", "US-led bloc", "Western countries": a capitalised modifier, not a name. */
    private static boolean isAdjective(Doc d, int i) {
        String w = d.lower[i];
        String tok = d.token(i);
        int dash = tok.lastIndexOf('-');
        if (dash > 0 && dash + 1 < tok.length() && Character.isLowerCase(tok.charAt(dash + 1))) {
            return true; // "US-led"
        }
        // a noun may follow; a speech verb may not ("Calabrese said", "Guardian told": surnames)
        boolean next = i + 1 < d.sentLast[d.sentenceOf[i]] && d.readsLowerCase(i + 1)
                && d.lower[i + 1].length() > 3 && !d.lower[i + 1].endsWith("ed") && !d.lower[i + 1].endsWith("s")
                && !SPEECH_VERBS.contains(d.lower[i + 1]);
        return next && (w.endsWith("ian") || w.endsWith("can") || w.endsWith("ean") || w.endsWith("ese")
                || w.endsWith("ish") || w.endsWith("ern"));
    }

    /**
     * Where the title before a name starts: lower-case title words ("former ... governor"), each group possibly
     * preceded by one capitalised modifier ("Sanders campaign manager", "Florida governor").
     */
    private static int titleStart(Doc d, int first, boolean german) {
        int sentFirst = d.sentFirst[d.sentenceOf[first]];
        int t = first;
        while (t > sentFirst) {
            int u = t;
            while (u > sentFirst && TITLES.contains(d.lower[u - 1]) && !d.isCapitalised(u - 1)) {
                u--;
            }
            if (u == t) {
                break;
            }
            if (u > sentFirst && d.isCapitalised(u - 1) && d.isWord(u - 1) && !german
                    && !isPossessive(d, u - 1) && !DETERMINERS.contains(d.lower[u - 1])) {
                u--;
            }
            t = u;
        }
        return t;
    }

    /**
     * The first name token after the last title head inside a capitalised run, or {@code first}: English "Economy
     * Minister Marcelo Ebrard", "UiPath CEO Bob Enslin" (a title word that is no mere modifier, {@code
     * title-modifiers}, with a capitalised word before it and at least one after it); German compounds ending in a role
     * ("US-Präsident Donald Trump", "Klimaforscher Karsten Haustein"; {@code role-heads}). What stands before is the
     * name's title, so "US-Präsident Donald Trump" is Donald Trump. A run holding an organisation word keeps its
     * shape.
     */
    private static int afterInnerTitle(Doc d, int first, int last, boolean german) {
        for (int k = last - 2; k >= first; k--) {
            if (ORG_WORDS.contains(stripPossessive(d.lower[k + 1])) || isPossessive(d, k)) {
                return first;
            }
            boolean head = german ? isGermanRoleCompound(d.lower[k]) : k > first && TITLES.contains(d.lower[k])
                    && !Words.of("en", "title-modifiers").contains(d.lower[k]);
            if (head && d.isCapitalised(k + 1)) { // not "Vorsitzender von Transparency International"
                return k + 1;
            }
        }
        return first;
    }

    /** Whether token {@code k} is a title word ("economist", "Bundeskanzlerin") or a German role compound. */
    static boolean isTitleWord(Doc d, int k) {
        return TITLES.contains(d.lower[k]) || "de".equals(d.language) && isGermanRoleCompound(d.lower[k]);
    }

    /** A German compound ending in a role ({@code role-heads}): "us-präsident", "klimaforscher", not "richter". */
    private static boolean isGermanRoleCompound(String lower) {
        int dash = lower.lastIndexOf('-');
        String tail = dash >= 0 ? lower.substring(dash + 1) : lower;
        for (String h : Words.of("de", "role-heads")) {
            if (tail.endsWith(h) && (tail.length() > h.length() + 2 || dash > 0 && tail.length() == h.length())) {
                return true;
            }
        }
        return false;
    }

    /** A title word, or a capitalised adjective right before one ("Russian Foreign Minister"). */
    private static boolean isTitleToken(Doc d, int i) {
        if (TITLES.contains(d.lower[i])) {
            return true;
        }
        boolean beforeTitle = i + 1 < d.tokens() && TITLES.contains(d.lower[i + 1]) && d.isCapitalised(i + 1);
        return beforeTitle && (d.lower[i].endsWith("n") || PLACES.contains(d.token(i)));
    }

    private static EntityType type(Doc d, int titleFirst, int first, int last) {
        String name = nameText(d, first, last);
        if (PLACES.contains(name) || PLACES.contains(stripThe(name))) {
            return EntityType.PLACE;
        }
        if (last - first >= 2 && (Boolean.TRUE.equals(PLACE_WORDS.get(d.lower[first]))
                || Boolean.FALSE.equals(PLACE_WORDS.get(stripPossessive(d.lower[last - 1]))))) {
            return EntityType.PLACE;
        }
        for (int k = first; k < last; k++) {
            if (ORG_WORDS.contains(stripPossessive(d.lower[k]))) {
                return EntityType.ORGANISATION;
            }
        }
        if (last - first == 1 && isAcronym(name)) {
            return EntityType.ORGANISATION;
        }
        if (titleFirst < first) {
            return EntityType.PERSON;
        }
        if (last - first >= 2) {
            return EntityType.PERSON;
        }
        if (first > 0 && DETERMINERS.contains(d.lower[first - 1])) {
            return EntityType.ORGANISATION;
        }
        return EntityType.UNKNOWN;
    }

    private static boolean isAcronym(String s) {
        int upper = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (c != '.' && c != '-') {
                return false;
            }
        }
        return upper >= 2;
    }

    static String nameText(Doc d, int first, int last) {
        String s = d.text.substring(d.start[first], d.end[last - 1]);
        return stripPossessive(s);
    }

    static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'") || s.endsWith("s\u2019")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    // ---- clusters ---------------------------------------------------------------------------------------------

    private static List<MentionRef> cluster(Doc d, List<MentionRef> names, List<Cluster> clusters) {
        Map<String, Cluster> byName = new HashMap<>();
        Map<String, Cluster> personByLast = new HashMap<>();
        Map<String, Cluster> personByFirst = new HashMap<>(); // null value: two persons share that first name
        // pass 1: multi-word persons define who the short forms refer to, wherever they occur
        for (MentionRef m : names) {
            if (m.type() == EntityType.PERSON && m.last() - m.nameFirst() >= 2) {
                String name = nameText(d, m.nameFirst(), m.last());
                Cluster c = byName.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                        k -> newCluster(clusters, name, null, EntityType.PERSON));
                personByLast.putIfAbsent(lastWord(name).toLowerCase(Locale.ROOT), c);
                String first = d.lower[m.nameFirst()];
                if (personByFirst.containsKey(first) && personByFirst.get(first) != c) {
                    personByFirst.put(first, null);
                } else {
                    personByFirst.put(first, c);
                }
            }
        }
        Set<String> givenNameTitles = Words.of(d.language, "given-name-titles");
        List<MentionRef> out = new ArrayList<>();
        Map<String, Cluster> recentByLast = new HashMap<>();
        for (MentionRef m : names) {
            String name = nameText(d, m.nameFirst(), m.last());
            String key = name.toLowerCase(Locale.ROOT);
            String last = lastWord(name).toLowerCase(Locale.ROOT);
            EntityType type = m.type();
            Cluster c = byName.get(key);
            if (c == null && m.last() - m.nameFirst() == 1 && m.first() < m.nameFirst()
                    && givenNameTitles.contains(d.lower[m.nameFirst() - 1])) {
                c = personByFirst.get(stripPossessive(d.lower[m.nameFirst()])); // "Sir Keir" after "Sir Keir Starmer"
            }
            if (c == null && m.last() - m.nameFirst() == 1 && type != EntityType.PLACE
                    && type != EntityType.ORGANISATION) {
                c = recentByLast.getOrDefault(last, personByLast.get(last));
            }
            if (c == null && "de".equals(d.language) && type == EntityType.UNKNOWN && m.first() == m.nameFirst()) {
                continue; // German capitalises every noun: a lone unknown capitalised word is no name
            }
            if (c == null) {
                c = newCluster(clusters, name, null, type);
                byName.put(key, c);
            }
            if (c.type == EntityType.PERSON) {
                recentByLast.put(last, c);
                type = EntityType.PERSON;
            } else if (c.type == EntityType.UNKNOWN && type != EntityType.UNKNOWN) {
                c.type = type;
            }
            String title = m.first() < m.nameFirst() ? d.text.substring(d.start[m.first()], d.end[m.nameFirst() - 1])
                    : null;
            if (title != null && c.title == null) {
                c.title = title;
            }
            setGenderFromTitle(c, title);
            Mention mention = mention(d, m.first(), m.last());
            c.names.add(mention(d, m.nameFirst(), m.last()));
            c.all.add(mention);
            out.add(new MentionRef(m.first(), m.last(), m.nameFirst(), m.form(), type, c));
        }
        return out;
    }

    private static Cluster newCluster(List<Cluster> clusters, String name, String title, EntityType type) {
        Cluster c = new Cluster(clusters.size(), name, title, type);
        clusters.add(c);
        return c;
    }

    private static void setGenderFromTitle(Cluster c, String title) {
        if (title == null || c.gender != 0) {
            return;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (t.startsWith("mrs") || t.startsWith("ms") || t.startsWith("frau")) {
            c.gender = 'f';
        } else if (t.startsWith("mr") || t.startsWith("herr")) {
            c.gender = 'm';
        }
    }

    static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }

    static Mention mention(Doc d, int first, int last) {
        int a = d.start[first];
        int b = d.end[last - 1];
        String s = d.text.substring(a, b);
        String stripped = stripPossessive(s);
        return new Mention(stripped, new Span(a, a + stripped.length()));
    }

    // ---- descriptions and pronouns ----------------------------------------------------------------------------

    private List<MentionRef> resolveOthers(Doc d, List<MentionRef> names, List<Cluster> clusters) {
        List<MentionRef> out = new ArrayList<>();
        int ni = 0;
        List<MentionRef> history = new ArrayList<>();
        for (int i = 0; i < d.tokens(); i++) {
            while (ni < names.size() && names.get(ni).first() < i) {
                ni++; // a name inside a description ("the Russian leader")
            }
            if (ni < names.size() && names.get(ni).first() == i) {
                MentionRef m = names.get(ni++);
                out.add(m);
                history.add(m);
                i = m.last() - 1;
                continue;
            }
            MentionRef r = pronoun(d, i, history);
            if (r == null) {
                r = description(d, i, history, names, ni);
            }
            if (r != null) {
                out.add(r);
                if (r.cluster() != null) {
                    r.cluster().all.add(mention(d, r.first(), r.last()));
                    history.add(r);
                }
                i = r.last() - 1;
            }
        }
        return out;
    }

    private static MentionRef pronoun(Doc d, int i, List<MentionRef> history) {
        Character g = PRONOUNS.get(d.lower[i]);
        if (g == null && "en".equals(d.language)) {
            String bare = withoutContraction(d.lower[i]); // "He's", "She'll": he or she, with a verb
            g = bare.equals("he") || bare.equals("she") ? PRONOUNS.get(bare) : null;
        }
        if (g == null || g == 's') {
            return null;
        }
        if ("de".equals(d.language) && g == 'p' && singularVerbBeside(d, i)) {
            g = 'f'; // "Sie sagte:", "sagte sie": she, not they
        } else if ("de".equals(d.language) && g == 'p' && !d.isCapitalised(i)) {
            return null;
        }
        Cluster c = antecedent(d, i, history, g);
        if (c != null && g != 'p' && c.gender == 0) {
            c.gender = g;
        }
        return new MentionRef(i, i + 1, i, MentionRef.Form.PRONOUN, c == null ? EntityType.UNKNOWN : c.type, c);
    }

    /**
     * A German "sie" right before or after a verb of the third person singular past or present ("Sie sagte", "sagte
     * sie", "sie erklärt"): a word in lower case ending in "te" or "t" and not in "en" (plural: "sagten", "sagen");
     * right after a verb that follows a quotation and its comma, any form not in "en" ("„...“, rief sie").
     */
    private static boolean singularVerbBeside(Doc d, int i) {
        int s = d.sentenceOf[i];
        if (i - 2 >= d.sentFirst[s] && (d.is(i - 2, ',') || d.isQuoteMark(i - 2)) && d.isWord(i - 1)
                && !d.isCapitalised(i - 1) && !QuoteFinder.FUNCTION_WORDS.contains(d.lower[i - 1])
                && !d.lower[i - 1].endsWith("en")) {
            return true; // "„...“, rief sie": the verb right after a quotation, of any tense, not plural
        }
        for (int k : new int[] {i + 1, i - 1}) {
            if (k >= d.sentFirst[s] && k < d.sentLast[s] && d.isWord(k) && !d.isCapitalised(k)
                    && !QuoteFinder.FUNCTION_WORDS.contains(d.lower[k])) {
                String w = d.lower[k];
                return (w.endsWith("te") || w.endsWith("t")) && !w.endsWith("en");
            }
        }
        return false;
    }

    /**
     * The most recent compatible referent within a few sentences; for "he" or "she" in English, first the first
     * person of the latest sentence that has one outside quotation marks and governed by no preposition ("He drove a
     * Corvette" after "... clothes from Brooks Brothers": not Brooks Brothers; "X called both Y and Z reckless. He
     * said ...": X).
     */
    private static Cluster antecedent(Doc d, int i, List<MentionRef> history, char g) {
        if (g != 'p' && "en".equals(d.language)) {
            Cluster c = antecedent(d, i, history, g, true);
            if (c != null) {
                return c;
            }
        }
        return antecedent(d, i, history, g, false);
    }

    private static Cluster antecedent(Doc d, int i, List<MentionRef> history, char g, boolean ungoverned) {
        Set<String> prepositions = ungoverned ? Words.of(d.language, "name-prepositions") : Set.of();
        int sentence = d.sentenceOf[i];
        for (int k = history.size() - 1; k >= 0; k--) {
            MentionRef m = history.get(k);
            if (sentence - d.sentenceOf[m.first()] > PRONOUN_WINDOW) {
                return null;
            }
            Cluster c = m.cluster();
            if (g == 'p') {
                boolean place = c.type == EntityType.PLACE && !"de".equals(d.language); // "Sie sagte" is no city
                if (c.type == EntityType.ORGANISATION || place || c.gender == 'p') {
                    return c;
                }
            } else if (c.type == EntityType.PERSON && (c.gender == 0 || c.gender == g)) {
                if (ungoverned && !subjectLike(d, m, prepositions)) {
                    continue; // "in Evin Prison", "a minister with the Living Church of God", a name quoted
                }
                if (ungoverned) {
                    // the first such person of that sentence, its subject more likely than the latest one: "X called
                    // both Y and Z reckless. He said ...": X
                    Cluster first = c;
                    int ms = d.sentenceOf[m.first()];
                    for (int j = k - 1; j >= 0 && d.sentenceOf[history.get(j).first()] == ms; j--) {
                        MentionRef o = history.get(j);
                        Cluster oc = o.cluster();
                        if (oc.type == EntityType.PERSON && (oc.gender == 0 || oc.gender == g)
                                && subjectLike(d, o, prepositions)) {
                            first = oc;
                        }
                    }
                    return first;
                }
                return c;
            }
        }
        return null;
    }

    /**
     * A mention outside quotation marks that no preposition governs and no possessive ends ("The minister's comments
     * come after Putin admitted ...": Putin).
     */
    private static boolean subjectLike(Doc d, MentionRef m, Set<String> prepositions) {
        return !d.quoted[m.first()] && !isPossessive(d, m.last() - 1) && !governed(d, m.first(), prepositions)
                && !governed(d, m.nameFirst(), prepositions);
    }

    /** Whether a preposition, perhaps with "the", stands right before token {@code k} in its sentence. */
    private static boolean governed(Doc d, int k, Set<String> prepositions) {
        int first = d.sentFirst[d.sentenceOf[k]];
        int p = k - 1;
        return p >= first && (prepositions.contains(d.lower[p])
                || p > first && DETERMINERS.contains(d.lower[p]) && prepositions.contains(d.lower[p - 1]));
    }

    /** "the (foreign) minister", "the Russian leader": up to three modifiers and a role noun. */
    private static MentionRef description(Doc d, int i, List<MentionRef> history, List<MentionRef> names, int next) {
        if (!DETERMINERS.contains(d.lower[i])) {
            return null;
        }
        int limit = Math.min(d.sentLast[d.sentenceOf[i]], i + 5);
        for (int j = i + 1; j < limit; j++) {
            String w = stripPossessive(d.lower[j]);
            Boolean generic = ROLES.get(w);
            if (generic != null) {
                if (j + 1 < d.sentLast[d.sentenceOf[i]] && d.isCapitalised(j + 1) && !isPossessive(d, j)) {
                    return null; // a title before a name: "the minister Sergey Lavrov"
                }
                Cluster c = plural(d, i + 1, j) ? null : describedPerson(d, i, j, generic, history, names, next);
                return new MentionRef(i, j + 1, i, MentionRef.Form.DESCRIPTION,
                        c == null ? EntityType.PERSON : c.type, c);
            }
            if (!Character.isLetter(d.text.charAt(d.start[j])) || isPossessive(d, j)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a modifier in {@code [from, to)} means several people ("der beiden Politiker"; plural-modifiers). */
    private static boolean plural(Doc d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.of(d.language, "plural-modifiers").contains(d.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static Cluster describedPerson(Doc d, int from, int role, boolean generic, List<MentionRef> history,
                                           List<MentionRef> names, int next) {
        String head = stripPossessive(d.lower[role]);
        int sentence = d.sentenceOf[from];
        for (int k = history.size() - 1; k >= 0; k--) {
            if (d.sentenceOf[history.get(k).first()] == sentence) {
                continue; // a text names a person or describes them in one sentence, rarely both
            }
            Cluster c = history.get(k).cluster();
            if (fits(c, head, generic)) {
                return c;
            }
        }
        // cataphora: a standfirst names "the foreign minister" before the body introduces him
        for (int k = next; k < names.size(); k++) {
            Cluster c = names.get(k).cluster();
            if (fits(c, head, generic)) {
                return c;
            }
        }
        return null;
    }

    private static boolean fits(Cluster c, String head, boolean generic) {
        if (c.type != EntityType.PERSON || c.title == null) {
            return false;
        }
        return generic || c.title.toLowerCase(Locale.ROOT).contains(head);
    }
}
