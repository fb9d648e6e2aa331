package org.verbatim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.index.ExtraDocuments;
import org.verbatim.index.Ingester;
import org.verbatim.index.SparkOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code verbatim index --from DIR}: loads a Spark job's output into the embedded index without extracting again, so
 * that what a cluster made can be searched and served on one machine. Exit 0 when every row loaded, 1 when some could
 * not be read (listed in rejects.jsonl), 2 on a usage error or an index in use.
 */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Loads the articles of a 'verbatim spark' run into the index, without re-extracting.",
                "Reads articles/ under --from (Parquet or JSON lines); searches, quotes and clusters work as after "
                        + "'ingest'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article loaded (or already there)", "1:some rows could not be read (see "
                + "rejects.jsonl in the index folder)", "2:usage error, or the index is in use"})
public final class IndexCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--from", paramLabel = "DIR", required = true,
            description = "The Spark job's output folder (the one holding articles/ and report.json).")
    Path from;

    @Option(names = "--no-quotes", description = "Index articles only (no quote or entity documents).")
    boolean noQuotes;

    @Override
    public Integer call() throws IOException {
        index.requireNotAFile();
        if (!Files.isDirectory(from)) {
            System.err.println("verbatim index: --from " + from + " is not a folder (see: verbatim index --help)");
            return 2;
        }
        ExtraDocuments extra = noQuotes ? ExtraDocuments.NONE : Ingester.Options.defaults(index.dir).extra();
        SparkOutput.Report r;
        try {
            r = SparkOutput.load(from, index.dir, extra);
        } catch (SparkOutput.NotAnOutput e) {
            System.err.println("verbatim index: " + e.getMessage());
            return 2;
        } catch (org.verbatim.index.IndexException e) {
            System.err.println("verbatim index: " + e.getMessage());
            return 2;
        }
        System.out.println(String.format(Locale.ROOT, "read %d rows: added %d, already there %d, failed %d in %.1f s"
                        + "%nindex: %d articles in %d clusters", r.read(), r.added(), r.duplicates(), r.failed(),
                r.seconds(), r.articles(), r.clusters()));
        if (r.failed() > 0) {
            System.out.println("rejects: " + index.dir.resolve(org.verbatim.index.ArticleIndex.REJECTS));
        }
        return r.failed() == 0 ? 0 : 1;
    }
}
