package org.verbatim.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.verbatim.language.LanguageDetector;
import org.verbatim.eval.Corpora;
import org.verbatim.eval.CrossValidator;
import org.verbatim.eval.Evaluation;
import org.verbatim.eval.TextEval;
import org.verbatim.extract.common.ArticleSanitizer;
import org.verbatim.extract.TextExtractor;
import org.verbatim.extract.text.LineModels;
import org.verbatim.extract.text.ScrapedTextParser;
import org.verbatim.model.Page;

/**
 * {@code ./verbatim eval --suite text --cv}: for each of the five folds (wcxb-dev by domain; fundus and readability by
 * site, spread over the same folds), trains the text path's models on the other four folds with the shipped settings
 * and the shipped way of keeping lines, extracts the fold's rendered pages through the whole text path with them, and
 * scores all folds' predictions together as the {@code text} suite does, under {@code text_cv.*}.
 */
public final class TextCrossValidator implements CrossValidator {
    @Override
    public String suite() {
        return TextEval.PREFIX;
    }

    @Override
    public Evaluation.Report crossValidate(Corpora corpora, Evaluation.Progress progress, Path predictions) {
        TextData.Set data;
        try {
            data = TextData.build(corpora, null, System.err::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TextCv.Result cv = TextCv.run(data.pages(), new TextTrainer(TextTrainer.Settings.DEFAULT,
                System.err::println), System.err::println);
        LineModels.Choice choice = LineModels.shipped().choice();
        TextExtractor[] extractors = new TextExtractor[TextData.FOLDS];
        for (int k = 0; k < extractors.length; k++) {
            extractors[k] = new TextExtractor(new ScrapedTextParser(TextData.REFERENCE, cv.models(k, choice)),
                    LanguageDetector.standard());
        }
        Map<String, Integer> folds = new HashMap<>();
        for (TextData.Page p : data.pages()) {
            folds.put(p.key(), p.fold());
        }
        TextEval.Extraction extraction = p -> ArticleSanitizer.sanitize(extractors[folds.get(p.key())].extract(
                Page.text(p.url(), p.url(), p.text().getBytes(StandardCharsets.UTF_8))));
        Map<String, Double> figures = new LinkedHashMap<>();
        ObjectNode details = new ObjectMapper().createObjectNode();
        TextEval.score(TextEval.PREFIX + "_cv", data.rendered(), extraction, progress, figures, details);
        return new Evaluation.Report(figures, details);
    }
}
