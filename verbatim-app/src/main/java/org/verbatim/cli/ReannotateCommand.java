package org.verbatim.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.verbatim.enrich.Annotator;
import org.verbatim.index.ArticleIndex;
import org.verbatim.index.ArticleSearch;
import org.verbatim.index.IndexException;
import org.verbatim.index.QuoteDocuments;
import org.verbatim.pipeline.PagePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code verbatim reannotate --index DIR}: runs the current annotation (quotes, speakers, entities, time expressions)
 * again over every article an index stores, from the stored text, so that better models reach existing indexes
 * without the original pages. Ids, clusters and extraction are kept.
 */
@Command(name = "reannotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Annotates every stored article of an index again with the current models.",
                "The original pages are not needed; ids, clusters and extracted text stay."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a read or write error (the index keeps its last commit)",
                "2:usage error, no index, an outdated index or an index in use"})
final class ReannotateCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--opennlp", description = "Use OpenNLP's English sentence and token models.")
    boolean openNlp;

    @Override
    public Integer call() {
        index.requireNotAFile();
        long before;
        try (ArticleSearch s = ArticleSearch.open(index.dir)) {
            before = s.quoteCount();
        } catch (IndexException e) {
            System.err.println("verbatim reannotate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("verbatim reannotate: " + Errors.describe(e));
            return 1;
        }
        PagePath path = PagePath.standard(java.time.Clock.systemUTC()).withAnnotator(new Annotator(openNlp));
        Progress progress = Progress.forTerminal();
        long articles;
        long after;
        try (ArticleIndex w = ArticleIndex.open(index.dir, new QuoteDocuments(), ArticleIndex.DEFAULT_COMMIT_EVERY)) {
            articles = w.reannotate(path::annotate,
                    (done, total) -> progress.update("reannotate", (int) done, (int) Math.max(total, done)));
        } catch (IndexException e) {
            System.err.println("verbatim reannotate: " + e.getMessage());
            return 2;
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("verbatim reannotate: " + Errors.describe(e) + "; the index keeps its last commit");
            return 1;
        }
        try (ArticleSearch s = ArticleSearch.open(index.dir)) {
            after = s.quoteCount();
        } catch (IOException e) {
            System.err.println("verbatim reannotate: " + Errors.describe(e));
            return 1;
        }
        System.out.printf("reannotated %d articles: %d quotes (before: %d)%n", articles, after, before);
        return 0;
    }
}
