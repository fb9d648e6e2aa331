package org.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.verbatim.enrich.Annotator;
import org.verbatim.json.AnnotationJson;
import org.verbatim.model.Annotation;
import org.verbatim.model.Timestamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim annotate [--format jsonl] FILE.jsonl|-}: reads lines {@code {id, text, published?, title?}} and
 * writes one line {@code {id, quotes, speakers, entities, time_expressions}} per input line, with offsets into the
 * given {@code text} (see {@link AnnotationJson}). A line that cannot be read yields {@code {id, error}} and the run
 * goes on; the exit code is 1 when any line failed, 0 otherwise.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find quotes, speakers, entities and time expressions in JSONL texts {id, text, published?, "
                + "title?}.")
public final class AnnotateCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "FILE", description = "JSONL input, or - for standard input")
    String input;

    @Option(names = "--format", defaultValue = "jsonl", description = "output format (only jsonl)")
    String format;

    @Option(names = "--opennlp", description = "use OpenNLP's English sentence and token models")
    boolean openNlp;

    private final PrintStream out;

    public AnnotateCommand() {
        this(System.out);
    }

    AnnotateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (!"jsonl".equals(format)) {
            System.err.println("unsupported format: " + format);
            return 2;
        }
        Annotator annotator = new Annotator(openNlp);
        boolean failed = false;
        // the writer wraps standard output, which must stay open: flush, never close
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (BufferedReader r = new BufferedReader(open(input))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = annotateLine(annotator, line);
                failed |= result.has("error");
                w.write(MAPPER.writeValueAsString(result));
                w.write('\n');
            }
        } finally {
            w.flush();
        }
        return failed ? 1 : 0;
    }

    private static Reader open(String input) throws IOException {
        return "-".equals(input) ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }

    /** Standalone entry point (the root command {@code verbatim} registers this class as a subcommand). */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new AnnotateCommand()).execute(args));
    }

    /** One output object for one input line; never throws. */
    public static ObjectNode annotateLine(Annotator annotator, String line) {
        ObjectNode o = MAPPER.createObjectNode();
        JsonNode in;
        try {
            in = MAPPER.readTree(line);
        } catch (IOException e) {
            o.putNull("id");
            o.put("error", "invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return o;
        }
        o.set("id", in.get("id"));
        JsonNode text = in.get("text");
        if (text == null || !text.isTextual()) {
            o.put("error", "missing text");
            return o;
        }
        try {
            Annotation a = annotator.annotate(text.asText(), string(in, "title"), date(string(in, "published")));
            return AnnotationJson.putInto(o, a);
        } catch (RuntimeException e) {
            o.put("error", e.toString());
            return o;
        }
    }

    private static String string(JsonNode in, String key) {
        JsonNode v = in.get(key);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    /** "2024-01-24", "2024-01-24T07:41", "2024-01-24T07:41:00+01:00": the date part; otherwise {@code null}. */
    static LocalDate date(String s) {
        return Timestamp.dayOf(s);
    }
}
