package org.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.index.ArticleSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verbatim speakers}: the speakers of the index with their number of quotes, most quoted first. */
@Command(name = "speakers", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists speakers with their number of quotes, most quoted first.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "2:bad option or no index"})
public final class SpeakersCommand implements Callable<Integer> {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Speakers shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text | jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws Exception {
        int n = index.positive("--limit", limit);
        return index.read(s -> print(s.speakers(n)));
    }

    private int print(Map<String, Long> speakers) {
        boolean jsonl = format.toLowerCase(Locale.ROOT).startsWith("json");
        ObjectMapper m = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        speakers.forEach((name, n) -> out.println(jsonl
                ? m.createObjectNode().put("speaker", name).put("quotes", n).toString()
                : String.format(Locale.ROOT, "%6d  %s", n, name)));
        out.flush();
        return 0;
    }
}
