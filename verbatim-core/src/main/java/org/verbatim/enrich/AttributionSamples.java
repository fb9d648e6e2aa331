package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Span;

/**
 * Training samples for the learned attribution models, computed by the same code that annotates: segmentation,
 * mentions, candidate attributions (cue word and content span) with their features, and the speaker candidates of
 * each. A trainer labels each sample against gold spans (a cue word inside a gold cue whose content overlaps that
 * attribution's content; a speaker candidate overlapping its gold source) and fits a {@link LinearModel}.
 * Thread-safe.
 */
public final class AttributionSamples {
    /** A model that scores nothing: the candidates' features are recorded as they are computed. */
    private static final LinearModel RECORD = new LinearModel(Map.of());
    private final Segmenter segmenter;
    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder finder;

    /**
     * @param models what the features may use (the learned cue lexicon); the models themselves are not consulted
     */
    public AttributionSamples(QuoteModels models) {
        RuleTokenizer tok = new RuleTokenizer();
        this.segmenter = new Segmenter(new RuleSentenceSplitter(tok), tok);
        this.finder = new QuoteFinder(models);
    }

    /**
     * A candidate attribution: the character spans of its cue word and of its content, its features, and its
     * speaker candidates (empty unless asked for).
     */
    public record CueSample(Span token, Span content, String[] features, List<SpeakerSample> speakers) {
    }

    /** A speaker candidate of an attribution: the character span of the mention or phrase, and its features. */
    public record SpeakerSample(Span span, String[] features) {
    }

    /** Every candidate attribution of {@code text}, read as language {@code lang} ("en", "de"). */
    public List<CueSample> cues(String text, String lang) {
        return cues(text, lang, false);
    }

    /** As {@link #cues(String, String)}, with each candidate's speaker candidates when {@code speakers}. */
    public List<CueSample> cues(String text, String lang, boolean speakers) {
        Doc d = doc(text, lang);
        Mentions m = entities.find(d);
        QuoteFinder.Lang l = finder.lang(d);
        QuoteFinder.Lang recording = new QuoteFinder.Lang(l.lex(), RECORD, null, null);
        CueFeatures f = new CueFeatures();
        List<CueSample> out = new ArrayList<>();
        for (int s = 0; s < d.sentences(); s++) {
            List<String[]> features = new ArrayList<>();
            f.recorder = features;
            List<QuoteFinder.Candidate> cands = finder.candidates(d, m, recording, s, f);
            f.recorder = null;
            for (int k = 0; k < cands.size(); k++) {
                QuoteFinder.Candidate c = cands.get(k);
                List<SpeakerSample> spk = speakers ? speakers(d, m, c) : List.of();
                out.add(new CueSample(new Span(d.start[c.token()], d.end[c.token()]), c.content(), features.get(k),
                        spk));
            }
        }
        return out;
    }

    /** A sentence without attribution of its own after one with a speaker: its span and its features. */
    public record ContinuationSample(Span sentence, String[] features) {
    }

    /**
     * The continuation candidates of {@code text}: the sentences that the given models leave without attribution
     * close after one with a speaker (see the annotator's continuation stage).
     */
    public List<ContinuationSample> continuations(String text, String lang) {
        Doc d = doc(text, lang);
        Mentions m = entities.find(d);
        QuoteFinder.Lang l = finder.lang(d);
        List<Found> found = finder.attributed(d, m, l);
        CueFeatures f = new CueFeatures();
        List<String[]> features = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        f.recorder = features;
        finder.learnedContinuations(d, m, l, found, f, sentences);
        List<ContinuationSample> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            out.add(new ContinuationSample(d.sentenceSpan(sentences.get(k)), features.get(k)));
        }
        return out;
    }

    /** {@code text} segmented as the annotator does it, title-case headlines read as {@link HeadlineCase} says. */
    private Doc doc(String text, String lang) {
        Doc d = segmenter.segment(text, lang);
        return HeadlineCase.apply(d, finder.lang(d).lex());
    }

    private static List<SpeakerSample> speakers(Doc d, Mentions m, QuoteFinder.Candidate c) {
        SpeakerRanker r = new SpeakerRanker();
        Span content = c.side() == 'S' ? null : c.content(); // a whole-sentence report holds its own source
        List<SpeakerRanker.Candidate> cands = SpeakerRanker.candidates(d, m, c.attribution(), content);
        List<String[]> features = new ArrayList<>();
        r.recorder = features;
        for (SpeakerRanker.Candidate s : cands) {
            r.features(d, m, c.attribution(), s, cands.size(), c.side());
        }
        List<SpeakerSample> out = new ArrayList<>();
        for (int k = 0; k < cands.size(); k++) {
            SpeakerRanker.Candidate s = cands.get(k);
            out.add(new SpeakerSample(new Span(d.start[s.first()], d.end[s.last() - 1]), features.get(k)));
        }
        return out;
    }
}
