package org.verbatim.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.eval.Corpora;
import org.verbatim.eval.CrossValidator;
import org.verbatim.eval.Evaluation;
import org.verbatim.eval.WcxbCorpus;
import org.verbatim.eval.WcxbEval;
import org.verbatim.extract.ArticleSanitizer;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.html.ContentModels;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * {@code ./verbatim eval --suite wcxb --cv}: for each wcxb-dev fold, trains the extractor's models on the other four
 * folds and on the tuning corpora (fundus, readability) with the shipped settings and cuts, extracts the fold's pages
 * through the whole extractor with them, and scores all folds' predictions together as {@code wcxb_cv.*}.
 */
public final class WcxbCrossValidator implements CrossValidator {
    @Override
    public Evaluation.Report crossValidate(Corpora corpora, Evaluation.Progress progress) {
        List<WcxbCorpus.Page> pages = WcxbCorpus.load(corpora.shared());
        List<SegmentData.Item> items = SegmentData.build(TrainingPage.all(corpora),
                d -> progress.update("features", d, 0));
        float[] cuts = Cuts.shipped();
        Map<String, Article> predicted = new LinkedHashMap<>();
        Map<String, Article> scoredAll = new LinkedHashMap<>();
        ExtractorTrainer trainer = new ExtractorTrainer(ExtractorTrainer.Settings.DEFAULT, System.err::println);
        for (int k = 0; k < WcxbCorpus.FOLDS; k++) {
            final int fold = k;
            List<SegmentData.Item> train = items.stream().filter(i -> i.page().fold() != fold).toList();
            System.err.println("fold " + k + ": training on " + train.size() + " pages");
            ContentModels models = trainer.train(train).models(cuts);
            HtmlExtractor extractor = new HtmlExtractor(models);
            HtmlExtractor always = new HtmlExtractor(models.withoutPreCheck());
            pages.stream().filter(p -> p.fold() == fold).parallel().forEach(p -> {
                Page page = Page.html(p.url(), p.url(), p.bytes());
                Article a = ArticleSanitizer.sanitize(extractor.extract(page));
                Article b = ArticleSanitizer.sanitize(always.extract(page));
                synchronized (predicted) {
                    predicted.put(p.id(), a);
                    scoredAll.put(p.id(), b);
                }
            });
            progress.update("cross-validation", k + 1, WcxbCorpus.FOLDS);
        }
        List<Article> inOrder = new ArrayList<>();
        List<Article> allScored = new ArrayList<>();
        for (WcxbCorpus.Page p : pages) {
            inOrder.add(predicted.get(p.id()));
            allScored.add(scoredAll.get(p.id()));
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        ObjectNode details = new ObjectMapper().createObjectNode();
        WcxbEval.score("wcxb_cv", pages, inOrder, figures, details);
        // the same models scoring every page (no pre-check): what the cheap path costs in quality
        Map<String, Double> scored = new LinkedHashMap<>();
        WcxbEval.score("wcxb_cv_scored", pages, allScored, scored, new ObjectMapper().createObjectNode());
        scored.forEach((k, v) -> {
            if (k.endsWith(".f1") && !k.contains("fold")) {
                figures.put(k, v);
            }
        });
        return new Evaluation.Report(figures, details);
    }
}
