package org.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.verbatim.enrich.Annotator;
import org.verbatim.json.AnnotationJson;
import org.verbatim.model.Annotation;
import org.verbatim.model.Timestamp;
import org.verbatim.pipeline.PagePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim annotate [--format jsonl] FILE.jsonl|-}: reads lines {@code {id, text, published?, title?,
 * language?}} (a BCP-47 tag; detected when absent), annotates each through the per-page path's annotation stage, and
 * writes one line {@code {id, quotes, speakers, entities, time_expressions}} per input line, with offsets into the
 * given {@code text} (see {@link AnnotationJson}), plus {@code warnings} when the text was over the annotation budget
 * (only its first part is annotated). The input is read as bytes and each line decoded on its own, so a line that is
 * not UTF-8, not JSON, has no text or is longer than {@value #MAX_LINE_BYTES} bytes yields {@code {id, error}} and the
 * run goes on. Exit code 0 when every line was annotated, 1 when some failed or the output could not be written, 2 for
 * a usage error (an input file that does not exist or is a folder); file errors are one line on standard error.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find quotes, speakers, entities and time expressions in JSONL texts {id, text, published?, "
                + "title?, language?}.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was annotated", "1:some lines failed ({id, error} lines), or a read or write "
                + "error", "2:usage error (no such input file)"})
public final class AnnotateCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Longest input line read; a longer one is skipped with an error line (texts are annotated up to a budget). */
    static final int MAX_LINE_BYTES = 32 * 1024 * 1024;

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
    public Integer call() {
        if (!"jsonl".equals(format)) {
            System.err.println("verbatim annotate: unsupported format: " + format);
            return 2;
        }
        InputStream in;
        try {
            in = open(input);
        } catch (NoSuchFileException e) {
            System.err.println("verbatim annotate: cannot read " + input + ": no such file");
            return 2;
        } catch (IOException e) {
            System.err.println("verbatim annotate: cannot read " + input + ": " + Errors.reason(e));
            return Files.isDirectory(Path.of(input)) ? 2 : 1;
        }
        PagePath annotator = PagePath.standard(java.time.Clock.systemUTC()).withAnnotator(new Annotator(openNlp));
        boolean failed = false;
        // the writer wraps standard output, which must stay open: flush, never close
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (Lines lines = new Lines(in, MAX_LINE_BYTES)) {
            for (Lines.Line line; (line = lines.next()) != null; ) {
                ObjectNode result = annotateLine(annotator, line);
                if (result == null) {
                    continue; // a blank line
                }
                failed |= result.has("error");
                w.write(MAPPER.writeValueAsString(result));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            flushQuietly(w);
            System.err.println("verbatim annotate: cannot read " + input + ": " + Errors.reason(e));
            return 1;
        }
        if (out.checkError()) {
            System.err.println("verbatim annotate: cannot write the output (a closed pipe or a full disk)");
            return 1;
        }
        return failed ? 1 : 0;
    }

    private static void flushQuietly(Writer w) {
        try {
            w.flush();
        } catch (IOException e) {
            // already failing: the read error is the one reported
        }
    }

    private static InputStream open(String input) throws IOException {
        if ("-".equals(input)) {
            return System.in;
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            throw new IOException("is a folder, not a file");
        }
        return Files.newInputStream(p);
    }

    /** One output object for one input line, or {@code null} for a blank line; never throws. */
    static ObjectNode annotateLine(PagePath annotator, Lines.Line line) {
        if (line.tooLong()) {
            ObjectNode o = MAPPER.createObjectNode();
            o.putNull("id");
            o.put("error", "line " + line.number() + " is longer than " + MAX_LINE_BYTES + " bytes: skipped");
            return o;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line.bytes())).toString();
        } catch (CharacterCodingException e) {
            ObjectNode o = MAPPER.createObjectNode();
            // the id, when the rest of the line still reads as JSON
            String lenient = new String(line.bytes(), StandardCharsets.UTF_8);
            try {
                JsonNode in = MAPPER.readTree(lenient);
                o.set("id", in.get("id"));
            } catch (IOException | RuntimeException ignored) {
                o.putNull("id");
            }
            o.put("error", "line " + line.number() + " is not valid UTF-8 (at byte " + firstBadByte(line.bytes())
                    + ")");
            return o;
        }
        if (text.isBlank()) {
            return null;
        }
        return annotateLine(annotator, text);
    }

    private static int firstBadByte(byte[] b) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        d.decode(in, out, true);
        return in.position();
    }

    /** Standalone entry point (the root command {@code verbatim} registers this class as a subcommand). */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new AnnotateCommand()).execute(args));
    }

    /** One output object for one input line; never throws. */
    public static ObjectNode annotateLine(PagePath annotator, String line) {
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
            Annotation a = annotator.annotateText(text.asText(), string(in, "title"), date(string(in, "published")),
                    string(in, "language"));
            AnnotationJson.putInto(o, a);
            if (!a.warnings().isEmpty()) {
                a.warnings().forEach(o.putArray("warnings")::add);
            }
            return o;
        } catch (RuntimeException | StackOverflowError e) {
            o.put("error", "internal error: " + e);
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
