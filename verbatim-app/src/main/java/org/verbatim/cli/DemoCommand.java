package org.verbatim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim demo}: extracts a news page bundled with Verbatim (written for the project, with a cookie banner,
 * navigation, share bar, related links, a newsletter box, an author bio and comments) and shows the clean article.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts a bundled example news page and shows the clean result.")
final class DemoCommand implements Callable<Integer> {
    static final String PAGE = "/org/verbatim/demo/harbour-bridge.html";
    static final String URL = "https://courier.example/news/2025/03/harbour-bridge-closure";

    @Option(names = {"-f", "--format"}, defaultValue = "markdown", paramLabel = "FORMAT",
            description = "json | jsonl | markdown | text | html (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        byte[] html;
        try (InputStream in = DemoCommand.class.getResourceAsStream(PAGE)) {
            html = in.readAllBytes();
        }
        Article a = Verbatim.extract(html, URL).withSource("demo:harbour-bridge.html");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(OutputFormat.parse(format).render(a));
        if (OutputFormat.parse(format) == OutputFormat.MARKDOWN) {
            out.printf("%n---%nExtracted %d blocks, %d characters of body from a %d-byte page"
                    + " (try: ./verbatim extract --format json FILE_OR_URL).%n", a.blocks().size(), a.text().length(),
                    html.length);
        }
        return 0;
    }
}
