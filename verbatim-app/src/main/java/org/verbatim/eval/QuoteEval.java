package org.verbatim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.enrich.Annotator;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;
import org.verbatim.model.Timestamp;
import org.verbatim.model.Where;

/**
 * Scores the annotator's quotes on a PolNeAR-format corpus (e.g. {@code shared/corpora/polnear/dev.jsonl}) with the
 * metric of {@code shared/corpora/README.md}, in agreement with {@code shared/tools/score_quotes.py}.
 *
 * <p>Predictions use the quote span, the speaker's canonical name as {@code speaker_text} (so "he" resolved to
 * Donald Trump is judged as Trump) and the mention's offsets. Only quotes in the text (not the title) are scored.
 *
 * <p>Usage: {@code QuoteEval GOLD.jsonl [--pred PRED.jsonl] [--opennlp]}; {@code --pred} writes the predictions in
 * the reference scorer's input format.
 */
public final class QuoteEval {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuoteEval() {
    }

    /**
     * The figures of one evaluation run (rates in [0, 1]).
     *
     * @param docs              documents scored
     * @param predicted         predicted quotes
     * @param gold              gold attributions
     * @param precision         predicted quotes overlapping a gold quote / predicted
     * @param recall            gold attributions overlapped by a prediction / gold
     * @param f1                harmonic mean of the two
     * @param exactPrecision    as {@code precision} with both ends within 2 characters
     * @param exactRecall       as {@code recall} with both ends within 2 characters
     * @param exactF1           harmonic mean of the exact figures
     * @param quotedRecall      recall over direct and mixed gold quotes
     * @param directRecall      recall over direct gold quotes
     * @param speakerAccuracy   matched pairs whose gold source is named and whose predicted speaker has its last name
     * @param namedPairs        matched pairs with a named gold source
     * @param mentionAccuracy   matched pairs with a gold source whose predicted mention overlaps it
     * @param unnamedMentionAcc matched pairs with an unnamed gold source (he, officials) whose mention overlaps it
     * @param breakdown         figures by kind and speaker kind, and confusion counts
     */
    public record Result(int docs, int predicted, int gold, double precision, double recall, double f1,
                         double exactPrecision, double exactRecall, double exactF1, double quotedRecall,
                         double directRecall, double speakerAccuracy, int namedPairs, double mentionAccuracy,
                         double unnamedMentionAcc, Breakdown breakdown) {

        static Result of(QuoteScorer.Counts c) {
            double p = ratio(c.tpPredOverlap, c.nPred);
            double r = ratio(c.hitOverlap[0], c.nGold[0]);
            double ep = ratio(c.tpPredStrict, c.nPred);
            double er = ratio(c.hitStrict[0], c.nGold[0]);
            return new Result(c.docs, c.nPred, c.nGold[0], p, r, harmonic(p, r), ep, er, harmonic(ep, er),
                    ratio(c.hitOverlap[1], c.nGold[1]), ratio(c.hitOverlap[2], c.nGold[2]),
                    ratio(c.nameOk, c.named), c.named, ratio(c.mentionOk, c.goldHasSource),
                    ratio(c.unnamedMentionOk, c.unnamed), c.breakdown);
        }

        /** A few lines for people. */
        public String describe() {
            return String.format("docs %d, predicted %d, gold %d%n"
                            + "overlap: P %.3f R %.3f F1 %.3f (recall quoted %.3f, direct %.3f)%n"
                            + "exact(+-2): P %.3f R %.3f F1 %.3f%n"
                            + "speaker: name accuracy %.3f of %d named pairs; mention overlap %.3f; "
                            + "unnamed mention %.3f",
                    docs, predicted, gold, precision, recall, f1, quotedRecall, directRecall, exactPrecision,
                    exactRecall, exactF1, speakerAccuracy, namedPairs, mentionAccuracy, unnamedMentionAcc);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double harmonic(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Annotates every document of {@code goldJsonl} and scores it; when {@code predOut} is given, writes there. */
    public static Result evaluate(Path goldJsonl, Annotator annotator, Path predOut) throws IOException {
        List<QuoteScorer.Doc> docs = new ArrayList<>();
        BufferedWriter w = predOut == null ? null : Files.newBufferedWriter(predOut, StandardCharsets.UTF_8);
        try (BufferedReader r = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = MAPPER.readTree(line);
                String text = d.get("text").asText();
                Annotation a = annotator.annotate(text, textOrNull(d, "title"), Timestamp.dayOf(textOrNull(d, "date")));
                List<QuoteScorer.Pred> preds = predictions(a);
                docs.add(new QuoteScorer.Doc(d.get("doc_id").asText(), text, gold(d.get("quotes")), preds));
                if (w != null) {
                    w.write(predLine(d.get("doc_id").asText(), preds, textQuotes(a)));
                    w.newLine();
                }
            }
        } finally {
            if (w != null) {
                w.close();
            }
        }
        return Result.of(QuoteScorer.score(docs));
    }

    /** Annotates and scores documents already read (PolNeAR-format JSON objects). */
    public static Result evaluate(List<JsonNode> gold, Annotator annotator) {
        List<QuoteScorer.Doc> docs = new ArrayList<>();
        for (JsonNode d : gold) {
            String text = d.get("text").asText();
            Annotation a = annotator.annotate(text, textOrNull(d, "title"), Timestamp.dayOf(textOrNull(d, "date")));
            docs.add(new QuoteScorer.Doc(d.get("doc_id").asText(), text, gold(d.get("quotes")), predictions(a)));
        }
        return Result.of(QuoteScorer.score(docs));
    }

    static List<QuoteScorer.Pred> predictions(Annotation a) {
        List<QuoteScorer.Pred> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.where() != Where.TEXT) {
                continue;
            }
            String name = q.speaker() == null ? null : q.speaker().name();
            Integer ms = q.speakerMention() == null ? null : q.speakerMention().span().start();
            Integer me = q.speakerMention() == null ? null : q.speakerMention().span().end();
            out.add(new QuoteScorer.Pred(q.span().start(), q.span().end(), name, ms, me, name, q.kind().id()));
        }
        return out;
    }

    static List<QuoteScorer.Gold> gold(JsonNode quotes) {
        List<QuoteScorer.Gold> out = new ArrayList<>();
        for (JsonNode q : quotes) {
            String src = q.hasNonNull("speaker_text") ? q.get("speaker_text").asText() : null;
            out.add(new QuoteScorer.Gold(spans(q.get("quote_spans")), src, spans(q.get("speaker_spans")),
                    q.get("kind").asText()));
        }
        return out;
    }

    private static List<int[]> spans(JsonNode a) {
        List<int[]> out = new ArrayList<>();
        if (a != null && !a.isNull()) {
            for (JsonNode s : a) {
                out.add(new int[] {s.get(0).asInt(), s.get(1).asInt()});
            }
        }
        return out;
    }

    private static List<Quote> textQuotes(Annotation a) {
        return a.quotes().stream().filter(q -> q.where() == Where.TEXT).toList();
    }

    /** One line for the reference scorer, plus {@code kind} and {@code cue} for error analysis. */
    private static String predLine(String id, List<QuoteScorer.Pred> preds, List<Quote> quotes) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("doc_id", id);
        ArrayNode qs = o.putArray("quotes");
        for (int i = 0; i < preds.size(); i++) {
            QuoteScorer.Pred p = preds.get(i);
            ObjectNode q = qs.addObject();
            q.put("kind", quotes.get(i).kind().id());
            q.put("cue", quotes.get(i).cue());
            q.put("quote_start", p.start());
            q.put("quote_end", p.end());
            q.put("speaker_text", p.speakerText());
            if (p.speakerStart() == null) {
                q.putNull("speaker_start");
                q.putNull("speaker_end");
            } else {
                q.put("speaker_start", p.speakerStart());
                q.put("speaker_end", p.speakerEnd());
            }
            q.put("canonical_speaker", p.canonicalSpeaker());
        }
        return MAPPER.writeValueAsString(o);
    }

    private static String textOrNull(JsonNode d, String key) {
        return d.hasNonNull(key) ? d.get(key).asText() : null;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: QuoteEval GOLD.jsonl [--pred PRED.jsonl] [--opennlp]");
            System.exit(2);
        }
        Path pred = null;
        boolean openNlp = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--pred") && i + 1 < args.length) {
                pred = Path.of(args[++i]);
            } else if (args[i].equals("--opennlp")) {
                openNlp = true;
            }
        }
        System.out.println(evaluate(Path.of(args[0]), new Annotator(openNlp), pred).describe());
    }
}
