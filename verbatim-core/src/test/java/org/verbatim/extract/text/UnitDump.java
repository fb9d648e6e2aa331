package org.verbatim.extract.text;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Diagnostics, run only when VERBATIM_DUMP_FILE names a text file: prints each unit with its class. */
class UnitDump {
    @Test
    void dump() throws Exception {
        String file = System.getenv("VERBATIM_DUMP_FILE");
        Assumptions.assumeTrue(file != null, "diagnostics only: set VERBATIM_DUMP_FILE");
        ScrapedTextParser parser = new ScrapedTextParser(java.time.Clock.systemUTC());
        for (Unit u : parser.units(Files.readString(Path.of(file)))) {
            String t = u.text();
            System.out.printf("%4d %-11s %6.2f %s%n", u.index(), u.kind(), ArticleLayout.weight(u),
                    t.length() > 110 ? t.substring(0, 110) + "..." : t);
        }
    }
}
