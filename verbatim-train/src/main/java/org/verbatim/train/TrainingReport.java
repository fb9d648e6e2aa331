package org.verbatim.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verbatim.eval.BodyMetric;
import org.verbatim.eval.WcxbMetric;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.extract.html.body.PageFeatures;

/** The training report written beside the models ({@code TRAINING.md}). */
final class TrainingReport {
    private TrainingReport() {
    }

    static String extractor(List<SegmentData.Item> items, ExtractorTrainer.Result r, List<float[]> oofSecond,
                            float[] cuts, double[] tuned, ExtractorTrainer.Settings s, double seconds, Path dir,
                            String digest) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Extractor models: training report\n\n");
        md.append("Written by `./verbatim train extractor` (module verbatim-train, XGBoost ")
                .append(ml.dmlc.xgboost4j.java.XGBoost.class.getPackage().getImplementationVersion() == null ? ""
                        : ml.dmlc.xgboost4j.java.XGBoost.class.getPackage().getImplementationVersion())
                .append("; seeded, 2 threads, histogram method: the same data give the same bytes). ")
                .append(String.format("Took %.0f s.%n%n", seconds));
        md.append("## Data\n\n");
        Map<String, int[]> counts = new TreeMap<>();
        for (SegmentData.Item it : items) {
            int[] c = counts.computeIfAbsent(it.page().corpus() + " / " + it.page().type(), k -> new int[2]);
            c[0]++;
            c[1] += it.segments();
        }
        md.append("| corpus / page type | pages | segments |\n|---|---|---|\n");
        counts.forEach((k, c) -> md.append("| ").append(k).append(" | ").append(c[0]).append(" | ").append(c[1])
                .append(" |\n"));
        md.append("\nLicences: wcxb-dev (Web Content Extraction Benchmark, Murrough Foley 2026) is CC-BY-4.0; the "
                + "fundus gold comes from the fundus project's per-publisher parsers; the readability test pages "
                + "and their expected output are Mozilla Readability's test suite (Apache-2.0). The pages themselves "
                + "belong to their publishers and are not shipped: only the trees and word weights learned from them are.\n\n");
        md.append("Training data digest (the settings and every page's features, words and gold coverage; "
                + "`./verbatim train extractor --check` recomputes it, and a test fails when the models were trained "
                + "on other features): `").append(digest).append("`, also in `")
                .append(TrainingDigest.FILE).append("`.\n\n");
        md.append("A segment is labelled content when at least half of its word trigrams (or, under three words, its "
                + "words as a run) occur in the page's gold main text.\n\n");
        md.append("## Models\n\n| file | what | trees | features | bytes | sha-256 |\n|---|---|---|---|---|---|\n");
        row(md, dir, "page-words.txt", "page type from the page's words (maximum entropy, OpenNLP MAXENT_QN, L2 "
                + WordTrainer.L2 + ", words on at least " + WordTrainer.CUTOFF + " pages): words, not trees", 0,
                r.types().words().size());
        row(md, dir, "page-types.trees", "page type read by the content rules (softmax over "
                + ContentModels.TYPES.size() + " types, over the page row and the word model's out-of-fold "
                + "probabilities)", r.pageTypes().trees(), PageFeatures.typeNames().size());
        row(md, dir, "page-types-links.trees", "page type reported (Article.pageType, ingest's skip; softmax over "
                + ContentModels.TYPES.size() + " types, over the same row and the page's link features; the mean "
                + "probabilities of " + s.reportedSeeds() + " boosters trained alike but for their seed; never moves the "
                + "body)", r.types().reported().trees(), PageFeatures.reportedTypeNames().size());
        row(md, dir, "content-segments.trees", "segment is content (first stage)", r.segments().trees(),
                PageFeatures.segmentNames().size());
        row(md, dir, "content-stacked.trees", "segment is content (second stage: first stage's view of the "
                + "surroundings)", r.stacked().trees(), PageFeatures.stackedNames().size());
        md.append(String.format("%nSettings: %s.%n%n", s));
        md.append("## Cuts (tuned on wcxb-dev folds 0-3, out-of-fold second stage)\n\n| page type | cut | mean F1 "
                + "at the cut |\n|---|---|---|\n");
        for (int t = 0; t < cuts.length; t++) {
            md.append(String.format("| %s | %.2f | %.4f |%n", ContentModels.TYPES.get(t).label(), cuts[t],
                    tuned[t]));
        }
        md.append("\n## Out-of-fold figures (segments kept at the cut of their gold page type)\n\n");
        md.append("Each page scored by models that did not see it (wcxb-dev by its domain fold, the other corpora by "
                + "a hash of their id); wcxb-dev with its bag-of-words metric, fundus and readability with the "
                + "article-extraction benchmark's shingle metric. These are segment-level figures; the figures of "
                + "the whole extractor are `./verbatim eval --suite wcxb --cv`.\n\n");
        md.append("| corpus / page type | pages | F1 |\n|---|---|---|\n");
        oof(items, oofSecond, cuts).forEach((k, v) -> md.append(String.format("| %s | %.0f | %.4f |%n", k, v[1],
                v[0] / v[1])));
        return md.toString();
    }

    /** A row of a report's table of shipped files: name, what it is, trees, features, bytes, digest prefix. */
    static void row(StringBuilder md, Path dir, String file, String what, int trees, int features)
            throws IOException {
        Path f = dir.resolve(file);
        md.append("| ").append(file).append(" | ").append(what).append(" | ").append(trees).append(" | ")
                .append(features).append(" | ").append(Files.size(f)).append(" | `")
                .append(TrainExtractorCommand.sha256(f), 0, 16).append("` |\n");
    }

    private static Map<String, double[]> oof(List<SegmentData.Item> items, List<float[]> p, float[] cuts) {
        Map<String, double[]> out = new LinkedHashMap<>();
        Map<String, double[]> sorted = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            SegmentData.Item it = items.get(i);
            float cut = cuts[ExtractorTrainer.typeClass(it.page().type())];
            StringBuilder kept = new StringBuilder();
            for (int s = 0; s < p.get(i).length; s++) {
                if (p.get(i)[s] >= cut) {
                    kept.append(it.features().texts().get(s)).append("\n\n");
                }
            }
            double f1 = it.page().corpus().equals("wcxb")
                    ? WcxbMetric.body(kept.toString(), it.page().gold(), List.of(), List.of()).f1()
                    : BodyMetric.score("", it.page().gold(), kept.toString()).f1();
            double[] a = sorted.computeIfAbsent(it.page().corpus() + " / " + it.page().type(), k -> new double[2]);
            a[0] += f1;
            a[1]++;
        }
        out.putAll(sorted);
        return out;
    }
}
