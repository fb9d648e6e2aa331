package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Span;

/** The ranker's candidate sources and the apposition rule, on sentences written for this test. */
class SpeakerRankerTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    private static int token(Doc d, String word) {
        for (int i = 0; i < d.tokens(); i++) {
            if (d.token(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static String text(Doc d, SpeakerRanker.Candidate c) {
        return d.text.substring(d.start[c.first()], d.end[c.last() - 1]);
    }

    /** The attribution of cue word {@code cue} with no speaker of its own, and the content after it. */
    private static QuoteFinder.Attribution attribution(Doc d, String cue) {
        int k = token(d, cue);
        return new QuoteFinder.Attribution(k, k + 1, -1, -1, null, QuoteFinder.Place.NONE, -1);
    }

    private static Span contentAfter(Doc d, String cue) {
        int k = token(d, cue) + 2;
        return new Span(d.start[k], d.end[d.sentLast[d.sentenceOf[k]] - 2]);
    }

    @Test
    void neitherTheCueNorAnAsideInParenthesesIsACandidate() {
        Doc d = SEGMENTER.segment("Die Umweltbehörde des Landes (National Environment Authority) sagte am Montag, "
                + "die Stoffe seien im Wasser gefunden worden.", "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "sagte");
        List<String> cands = SpeakerRanker.candidates(d, m, a, contentAfter(d, "sagte")).stream()
                .map(c -> text(d, c)).toList();
        assertThat(cands).isNotEmpty().noneMatch(c -> c.contains("National") || c.contains("Environment")
                || c.contains("sagte"));
    }

    @Test
    void aDescriptionInAppositionGivesWayToTheNameItDescribes() {
        Doc d = SEGMENTER.segment("Anna Lau, die Vorsitzende der Demokratischen Partei, sagte, die Wahl sei nicht "
                + "frei.", "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "sagte");
        int det = token(d, "die");
        SpeakerRanker.Candidate description = new SpeakerRanker.Candidate(det, token(d, "sagte") - 1, null);
        assertThat(text(d, description)).isEqualTo("die Vorsitzende der Demokratischen Partei");
        assertThat(text(d, SpeakerRanker.apposedName(d, m, a, description))).isEqualTo("Anna Lau");
        Doc plain = SEGMENTER.segment("Die Wahl sei nicht frei, die Vorsitzende der Partei sagte es.", "de");
        SpeakerRanker.Candidate alone = new SpeakerRanker.Candidate(token(plain, "die"), token(plain, "sagte"),
                null);
        assertThat(SpeakerRanker.apposedName(plain, new EntityFinder().find(plain), attribution(plain, "sagte"),
                alone)).isSameAs(alone);
    }

    @Test
    void anOrganisationNamedInAnAppositionGivesWayToThePersonItDescribes() {
        Doc d = SEGMENTER.segment("Phil Smith, a spokesman for the United Mine Workers of America, said the mine "
                + "would reopen.", "en");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "said");
        int united = token(d, "United");
        SpeakerRanker.Candidate union = new SpeakerRanker.Candidate(united, token(d, "of"), m.startingAt[united]);
        assertThat(text(d, SpeakerRanker.apposedName(d, m, a, union))).isEqualTo("Phil Smith");
        Doc aside = SEGMENTER.segment("Rep. Gregory Meeks (D-N.Y.), who chairs the Congressional Black Caucus, "
                + "said donors would help.", "en");
        Mentions am = new EntityFinder().find(aside);
        int caucus = token(aside, "Congressional");
        assertThat(text(aside, SpeakerRanker.apposedName(aside, am, attribution(aside, "said"),
                new SpeakerRanker.Candidate(caucus, token(aside, "Caucus") + 1, am.startingAt[caucus]))))
                .endsWith("Gregory Meeks");
        Doc object = SEGMENTER.segment("The union, which Phil Smith founded, said the mine would reopen.", "en");
        Mentions om = new EntityFinder().find(object);
        SpeakerRanker.Candidate theUnion = new SpeakerRanker.Candidate(0, 2, om.startingAt[0]);
        assertThat(SpeakerRanker.apposedName(object, om, attribution(object, "said"), theUnion))
                .as("a name inside the apposition of another subject").isSameAs(theUnion);
        Doc list = SEGMENTER.segment("Jeff Merkley, Sherrod Brown and Robert Menendez said the bank lied.", "en");
        Mentions lm = new EntityFinder().find(list);
        int robert = token(list, "Robert");
        SpeakerRanker.Candidate menendez = new SpeakerRanker.Candidate(robert, robert + 2, lm.startingAt[robert]);
        assertThat(SpeakerRanker.apposedName(list, lm, attribution(list, "said"), menendez))
                .as("a list of names is no apposition").isSameAs(menendez);
    }

    /** The features of the candidate that starts at token {@code first} and ends before {@code last}. */
    private static List<String> features(Doc d, Mentions m, QuoteFinder.Attribution a, int first, int last) {
        SpeakerRanker r = new SpeakerRanker();
        r.features(d, m, a, new SpeakerRanker.Candidate(first, last, m.startingAt[first]), 2, 'R');
        return java.util.Arrays.asList(java.util.Arrays.copyOf(r.features(), r.size()));
    }

    @Test
    void germanHeadsThatNameNoOneAndObliqueArticlesAreMarked() {
        assertThat(EntityFinder.isGermanAgentHead("polizeisprecher")).isTrue();
        assertThat(EntityFinder.isGermanAgentHead("staatsanwaltschaft")).isTrue();
        assertThat(EntityFinder.isGermanAgentHead("innenministerium")).isTrue();
        assertThat(EntityFinder.isGermanAgentHead("angaben")).as("a report is a source").isTrue();
        assertThat(EntityFinder.isGermanAgentHead("titel")).isFalse();
        assertThat(EntityFinder.isGermanAgentHead("belastung")).isFalse();
        Doc d = SEGMENTER.segment("Der Titel heißt wie die Konzertreihe, sagte der neue Sprecher der "
                + "englischsprachigen Zeitung.", "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "sagte");
        assertThat(features(d, m, a, 0, 2)).contains("de.head=other").doesNotContain("de.head=agent");
        int sprecher = token(d, "Sprecher");
        assertThat(features(d, m, a, sprecher - 2, sprecher + 1)).contains("de.head=agent", "de.case=nom");
        int zeitung = token(d, "Zeitung");
        assertThat(features(d, m, a, zeitung - 2, zeitung + 1)).contains("de.case=oblique", "de.attribute");
    }

    @Test
    void germanAbstractHeadsAreMarkedApartFromAgentsAndReports() {
        assertThat(EntityFinder.isGermanAbstractHead("belastung")).isTrue();
        assertThat(EntityFinder.isGermanAbstractHead("pressekonferenz")).isTrue();
        assertThat(EntityFinder.isGermanAbstractHead("bundesregierung")).as("an organisation").isFalse();
        assertThat(EntityFinder.isGermanAbstractHead("mitteilung")).as("a report").isFalse();
        assertThat(EntityFinder.isGermanAbstractHead("sprecher")).isFalse();
        Doc d = SEGMENTER.segment("Pflugbeil vergleicht die Lage mit den Jahren der radioaktiven Belastung, sagte er.",
                "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "sagte");
        int belastung = token(d, "Belastung");
        assertThat(features(d, m, a, belastung - 2, belastung + 1)).contains("de.head=abstract");
    }

    @Test
    void aGermanSubjectAfterTheVerbMarksWhatStandsBeforeIt() {
        Doc d = SEGMENTER.segment("In seiner Rede erklärte der Minister, die Steuern würden sinken.", "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "erklärte");
        int rede = token(d, "Rede");
        assertThat(features(d, m, a, rede - 1, rede + 1)).contains("de.v2=B|false|true");
        int minister = token(d, "Minister");
        assertThat(features(d, m, a, minister - 1, minister + 1)).contains("de.v2=A|false|true");
        Doc plain = SEGMENTER.segment("Der Minister erklärte, die Steuern würden sinken.", "de");
        Mentions pm = new EntityFinder().find(plain);
        assertThat(features(plain, pm, attribution(plain, "erklärte"), 0, 2)).contains("de.v2=B|true|false");
    }

    @Test
    void aGermanPhraseKnowsThePrepositionThatGovernsItAndItsHeadBeforeTheGenitive() {
        Doc d = SEGMENTER.segment("Für die Brunnstädter Werke bestätigte die Belastung der Gewerkschaft nach "
                + "Angaben der Polizei nichts.", "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "bestätigte");
        int werke = token(d, "Werke");
        assertThat(features(d, m, a, werke, werke + 1)).as("reached back over a noun and an article")
                .contains("de.pp=für", "de.pp|pos=für|B");
        int belastung = token(d, "Belastung");
        List<String> object = features(d, m, a, belastung - 1, token(d, "Gewerkschaft") + 1);
        assertThat(object).contains("de.pp=none", "de.inner=abstract", "de.head=agent");
        int polizei = token(d, "Polizei");
        assertThat(features(d, m, a, polizei - 1, polizei + 1)).contains("de.pp=nach");
        Doc verb = SEGMENTER.segment("Für die Werke stellten die Zahlungen keinen Nutzen dar, sagte er.", "de");
        Mentions vm = new EntityFinder().find(verb);
        int zahlungen = token(verb, "Zahlungen");
        assertThat(features(verb, vm, attribution(verb, "stellten"), zahlungen - 1, zahlungen + 1))
                .as("a verb ends the phrase: no preposition beyond it").contains("de.pp=none");
    }

    @Test
    void aGermanSubjectThatOpensTheSentenceMakesWhatFollowsTheVerbAnObject() {
        Doc d = SEGMENTER.segment("Die CCE bestätigte die Aussage der Gewerkschaft nicht.", "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "bestätigte");
        int aussage = token(d, "Aussage");
        assertThat(features(d, m, a, aussage - 1, aussage + 1)).contains("de.after.subject");
        assertThat(features(d, m, a, 0, 2)).doesNotContain("de.after.subject").contains("de.acronym",
                "de.clause|pos=true|B");
        Doc inverted = SEGMENTER.segment("Am Montag bestätigte die Gewerkschaft den Streik.", "de");
        Mentions im = new EntityFinder().find(inverted);
        int gewerkschaft = token(inverted, "Gewerkschaft");
        assertThat(features(inverted, im, attribution(inverted, "bestätigte"), gewerkschaft - 1, gewerkschaft + 1))
                .as("an adverbial opens the sentence: the subject follows the verb").doesNotContain("de.after.subject");
    }

    @Test
    void aGermanDescriptionInAppositionGivesWayToANameNoListKnows() {
        Doc d = SEGMENTER.segment("Emily Lauterbach, ein Klimaexperte vom WWF, erklärte, der Bericht sei bedeutend.", "de");
        Mentions m = new EntityFinder().find(d);
        assertThat(m.endingAt[1]).as("a name the entity finder does not know").isNull();
        QuoteFinder.Attribution a = attribution(d, "erklärte");
        SpeakerRanker.Candidate expert = new SpeakerRanker.Candidate(token(d, "ein"), token(d, "erklärte") - 1, null);
        assertThat(text(d, expert)).isEqualTo("ein Klimaexperte vom WWF");
        assertThat(text(d, SpeakerRanker.apposedName(d, m, a, expert))).isEqualTo("Emily Lauterbach");
        Doc party = SEGMENTER.segment("Die Regierungspartei Palästinas, die Hamas, bezeichnete den Plan als Fehler.",
                "de");
        Mentions pm = new EntityFinder().find(party);
        int hamas = token(party, "Hamas");
        assertThat(SpeakerRanker.unknownName(party, pm, token(party, "Palästinas"), 0))
                .as("a phrase with an article is no name").isEqualTo(-1);
        SpeakerRanker.Candidate org = new SpeakerRanker.Candidate(hamas - 1, hamas + 1, pm.startingAt[hamas - 1]);
        assertThat(text(party, SpeakerRanker.apposedName(party, pm, attribution(party, "bezeichnete"), org)))
                .isEqualTo("die Hamas");
    }

    @Test
    void aGermanSubjectAfterItsVerbStaysACandidateWhenTheContentWasReadFromIt() {
        Doc d = SEGMENTER.segment("In einem Interview äußerte sich der Außenbeauftragte Jens Bauer zuversichtlich, "
                + "die Einigung gelinge.", "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, "äußerte");
        int der = token(d, "der");
        Span fromSubject = new Span(d.start[der], d.end[d.sentLast[0] - 2]);
        List<String> cands = SpeakerRanker.candidates(d, m, a, fromSubject).stream().map(c -> text(d, c)).toList();
        assertThat(cands).anyMatch(c -> c.startsWith("der Außenbeauftragte"));
        int zuversichtlich = token(d, "zuversichtlich");
        Span later = new Span(d.start[zuversichtlich - 1], d.end[d.sentLast[0] - 2]);
        assertThat(SpeakerRanker.invertedSubject(d, a, later, new SpeakerRanker.Candidate(der, zuversichtlich, null)))
                .as("a phrase that overlaps content read from elsewhere").isFalse();
        Doc object = SEGMENTER.segment("Am Montag bestätigte den Plan die Stadt.", "de");
        Mentions om = new EntityFinder().find(object);
        int den = token(object, "den");
        assertThat(SpeakerRanker.invertedSubject(object, attribution(object, "bestätigte"),
                new Span(object.start[den], object.end[den + 1]), new SpeakerRanker.Candidate(den, den + 2, null)))
                .as("an accusative after the verb").isFalse();
    }

    @Test
    void aBareGermanSourceNounGivesWayToItsGenitiveWithoutArticle() {
        Doc d = SEGMENTER.segment("Der Zusammenstoß war nach Einschätzung politischer Beobachter provoziert worden. "
                + "Nach Einschätzung der Polizei blieb es ruhig.", "de");
        Mentions m = new EntityFinder().find(d);
        int first = token(d, "Einschätzung");
        SpeakerRanker.Candidate bare = new SpeakerRanker.Candidate(first, first + 1, null);
        assertThat(text(d, GermanSpeakers.genitiveSource(d, m, bare))).isEqualTo("politischer Beobachter");
        int second = d.sentFirst[1] + 1;
        SpeakerRanker.Candidate police = new SpeakerRanker.Candidate(second, second + 1, null);
        assertThat(text(d, police)).isEqualTo("Einschätzung");
        assertThat(text(d, GermanSpeakers.genitiveSource(d, m, police))).as("a genitive with its article")
                .isEqualTo("der Polizei");
    }

    @Test
    void aGermanSourceNounGivesWayToTheSourceItNames() {
        Doc d = SEGMENTER.segment("Laut einer Schätzung von spanischen Händlern entstand ein Schaden. "
                + "Nach dem Spiel der Mannschaft blieb es ruhig.", "de");
        Mentions m = new EntityFinder().find(d);
        int einer = token(d, "einer");
        SpeakerRanker.Candidate estimate = new SpeakerRanker.Candidate(einer, einer + 2, null);
        assertThat(text(d, GermanSpeakers.genitiveSource(d, m, estimate))).as("a source after \"von\"")
                .isEqualTo("spanischen Händlern");
        int dem = token(d, "dem");
        SpeakerRanker.Candidate game = new SpeakerRanker.Candidate(dem, dem + 2, null);
        assertThat(GermanSpeakers.genitiveSource(d, m, game)).as("no source noun").isSameAs(game);
    }

    /** What German word order makes of the candidate {@code chosen} (by text) of the cue {@code cue} in {@code text}. */
    private static String wordOrder(String text, String cue, String chosen) {
        Doc d = SEGMENTER.segment(text, "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, cue);
        List<SpeakerRanker.Candidate> cands = SpeakerRanker.candidates(d, m, a, null);
        SpeakerRanker.Candidate best = cands.stream().filter(c -> text(d, c).equals(chosen)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate '" + chosen + "' in "
                        + cands.stream().map(c -> text(d, c)).toList()));
        return text(d, GermanSpeakers.germanWordOrder(d, m, a, cands, best));
    }

    @Test
    void aFrontedObjectGivesWayToTheSubjectAfterTheVerb() {
        assertThat(wordOrder("Als Antwort auf den Brief sagte ein Sprecher der Regierung, man prüfe ihn.", "sagte",
                "den Brief")).isEqualTo("ein Sprecher der Regierung");
        assertThat(wordOrder("Dem Minister sagte der Vorsitzende des Verbandes, die Lage sei ernst.", "sagte",
                "Dem Minister")).isEqualTo("der Vorsitzende des Verbandes");
        assertThat(wordOrder("Der Sprecher des Vereins sagte dem Minister, die Lage sei ernst.", "sagte",
                "Der Sprecher des Vereins")).as("a nominative subject before the verb stays")
                .isEqualTo("Der Sprecher des Vereins");
    }

    @Test
    void anObjectAfterTheVerbGivesWayToTheSubjectBeforeIt() {
        assertThat(wordOrder("Die Agentur bestätigte die Meldung, die Grenze sei geschlossen.", "bestätigte",
                "die Meldung")).isEqualTo("Die Agentur");
        assertThat(wordOrder("Am Montag bestätigte die Agentur, die Grenze sei geschlossen.", "bestätigte",
                "die Agentur")).as("no subject opens the sentence before the verb").isEqualTo("die Agentur");
        assertThat(wordOrder("Die Entscheidung bestätigte die Agentur am Montag.", "bestätigte",
                "die Agentur")).as("an abstract noun before the verb is no subject").isEqualTo("die Agentur");
    }

    @Test
    void aFrontedPrepositionalPhraseGivesWayToTheSubjectAfterTheVerb() {
        assertThat(wordOrder("Gegenüber der Zeitung erklärte Anna Berger, die Lage sei ernst.", "erklärte",
                "Gegenüber der Zeitung")).isEqualTo("Anna Berger");
    }

    @Test
    void anObjectBeforeTheCueGivesWayToTheSubjectThatOpensItsClause() {
        assertThat(wordOrder("Der Trainer bedankte sich bei seinem Team und sagte, er sei stolz.", "sagte",
                "seinem Team")).isEqualTo("Der Trainer");
        assertThat(wordOrder("Der Kommissar für Energie Günther Hollmann nannte den Beschluss fair.", "nannte",
                "Energie Günther Hollmann")).as("a name in a description, no verb before it: stays")
                .isEqualTo("Energie Günther Hollmann");
        assertThat(wordOrder("Dem Bericht der Kommission zufolge sei die Lage ernst.", "zufolge",
                "Dem Bericht der Kommission")).as("no verb cue").isEqualTo("Dem Bericht der Kommission");
    }

    @Test
    void anObjectAfterTheVerbGivesWayToASubjectAcrossAnInsertionOrAHeading() {
        assertThat(wordOrder("Der Verband, der für die Messe zuständig ist, begründete die Absage mit dem Wetter.",
                "begründete", "die Absage")).isEqualTo("Der Verband");
        assertThat(wordOrder("Sport: Die FIFA kritisierte den Beschluss der Liga scharf.", "kritisierte",
                "den Beschluss der Liga")).isEqualTo("Die FIFA");
        assertThat(wordOrder("Die Lage, sagte die Sprecherin, sei ernst.", "sagte", "die Sprecherin"))
                .as("no insertion between the phrase and the verb: the phrase is no subject")
                .isEqualTo("die Sprecherin");
    }

    @Test
    void aPassiveCueTakesItsAgentAfterVon() {
        assertThat(wordOrder("Die Vorschläge der Kommission wurden von der Gewerkschaft als unzureichend bezeichnet.",
                "bezeichnet", "Die Vorschläge der Kommission")).isEqualTo("der Gewerkschaft");
        assertThat(wordOrder("Frau Berger wird von der Agentur mit den Worten zitiert, sie sei zufrieden.", "zitiert",
                "Frau Berger")).as("whom a quoting verb quotes is the speaker").isEqualTo("Frau Berger");
        assertThat(wordOrder("Von einer großen Gefahr wird auch aus dem Norden berichtet.", "berichtet",
                "dem Norden")).as("after \"von\" a topic, no agent").isEqualTo("dem Norden");
    }

    /** What {@link GermanSpeakers#germanExtent} makes of the phrase {@code chosen} (by text) of cue {@code cue}. */
    private static String extent(String text, String cue, String chosen) {
        Doc d = SEGMENTER.segment(text, "de");
        Mentions m = new EntityFinder().find(d);
        QuoteFinder.Attribution a = attribution(d, cue);
        int first = d.text.indexOf(chosen);
        int k = 0;
        while (d.start[k] < first) {
            k++;
        }
        int e = k;
        while (d.end[e] < first + chosen.length()) {
            e++;
        }
        return text(d, GermanSpeakers.germanExtent(d, m, a, null, new SpeakerRanker.Candidate(k, e + 1, null)));
    }

    @Test
    void aGermanSourceRunsOnThroughUndToASecondSource() {
        assertThat(extent("Nach Angaben der Feuerwehr und der Polizei brannte das Lager aus.", "Angaben",
                "der Feuerwehr")).isEqualTo("der Feuerwehr und der Polizei");
        assertThat(extent("Nach Angaben der Feuerwehr und der Lage im Ort brannte das Lager aus.", "Angaben",
                "der Feuerwehr")).as("no agent after und").isEqualTo("der Feuerwehr");
        assertThat(extent("Die Feuerwehr und die Polizei teilten mit, das Lager sei ausgebrannt.", "teilten",
                "Die Feuerwehr")).isEqualTo("Die Feuerwehr und die Polizei");
    }

    @Test
    void aChoiceInAnotherClauseGivesWayToTheSubjectOfARelativeClauseCue() {
        assertThat(wordOrder("Gesucht wird ein Fahrer, von dem die Polizei glaubt, er sei geflohen.", "glaubt",
                "ein Fahrer")).isEqualTo("die Polizei");
        assertThat(wordOrder("Gesucht wird einen Fahrer, dem die Polizei glaubt, er sei geflohen.", "glaubt",
                "einen Fahrer")).as("a relative pronoun right after the comma too").isEqualTo("die Polizei");
        assertThat(wordOrder("Ein Beamter, den die Zeitung zitiert, sagte, der Fahrer sei geflohen.", "zitiert",
                "Ein Beamter")).as("whom a quoting verb quotes is the speaker").isEqualTo("Ein Beamter");
    }

    @Test
    void aGermanSourceNounGivesWayToAGenitiveNameNoListKnows() {
        Doc d = SEGMENTER.segment("Nach Ansicht Veltoniens ist der Vertrag gültig. Nach Ansicht Eines ist er es "
                + "nicht, nach Ansicht eines anderen schon.", "de");
        Mentions m = new EntityFinder().find(d);
        int first = token(d, "Ansicht");
        SpeakerRanker.Candidate view = new SpeakerRanker.Candidate(first, first + 1, null);
        assertThat(text(d, GermanSpeakers.genitiveSource(d, m, view))).isEqualTo("Veltoniens");
        int second = d.sentFirst[1] + 1;
        SpeakerRanker.Candidate word = new SpeakerRanker.Candidate(second, second + 1, null);
        assertThat(GermanSpeakers.genitiveSource(d, m, word)).as("an article, also seen in lower case, is no name")
                .isSameAs(word);
    }

    @Test
    void aClauseSubjectNeedNotBeAnAgentNounUnlessItIsAbstract() {
        assertThat(wordOrder("Nachdem die Anwältin der Klinik dem Gericht mitgeteilt hatte, dass er fehle, kam er.",
                "mitgeteilt", "dem Gericht")).isEqualTo("die Anwältin der Klinik");
        assertThat(wordOrder("Nachdem die Entscheidung der Klinik dem Gericht mitgeteilt worden war, kam er.",
                "mitgeteilt", "dem Gericht")).as("an abstract head is no subject that speaks")
                .isEqualTo("dem Gericht");
    }

    @Test
    void aChoiceInTheMiddleFieldGivesWayToTheSubjectBeforeTheFiniteVerb() {
        assertThat(wordOrder("Der Stadtrat gab nach der Sitzung des Ausschusses bekannt, die Schule bleibe offen.",
                "bekannt", "der Sitzung des Ausschusses")).isEqualTo("Der Stadtrat");
        assertThat(wordOrder("Das Gericht hat die Polizei für ihr Vorgehen kritisiert.", "kritisiert",
                "die Polizei")).isEqualTo("Das Gericht");
        assertThat(wordOrder("Den Bericht hat die Polizei am Abend bestätigt.", "bestätigt", "die Polizei"))
                .as("an opener marked as the object").isEqualTo("die Polizei");
    }
}
