package org.verbatim.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.verbatim.cli.Main;

/** {@code verbatim demo --no-serve}: ingests the bundled corpus from the class path and reports it. */
class DemoCommandTest {

    @Test
    void demoIngestsTheBundledCorpus() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Main.run("demo", "--no-serve");
        } finally {
            System.setOut(old);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        int pages = DemoIndex.demoPages().size();
        assertThat(code).as(text).isZero();
        assertThat(text).contains(pages + " pages ingested").contains(pages + " articles in the index")
                .containsPattern("quotes: [1-9]\\d*");
    }
}
