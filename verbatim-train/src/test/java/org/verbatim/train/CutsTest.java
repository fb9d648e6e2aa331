package org.verbatim.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.body.ContentModels;

class CutsTest {
    /**
     * Cross-validation scores the fold models at the shipped cuts: they must be the file's, not the 0.5 that stands
     * in when no file is found (which a resource looked up from the wrong package gives silently).
     */
    @Test
    void theCrossValidationReadsTheCutsThatShip() throws IOException {
        Properties file = new Properties();
        try (InputStream in = CutsTest.class.getResourceAsStream("/org/verbatim/extract/html/models/"
                + "content-cuts.properties")) {
            assertThat(in).as("the shipped cuts").isNotNull();
            file.load(in);
        }
        float[] cuts = Cuts.shipped();
        for (int i = 0; i < cuts.length; i++) {
            String type = ContentModels.TYPES.get(i).label();
            assertThat(cuts[i]).as(type).isEqualTo(Float.parseFloat(file.getProperty(type, "0.5")));
        }
        assertThat(cuts).as("some type's cut is not the default").contains(Float.parseFloat(
                file.getProperty("article")));
        assertThat(file.getProperty("article")).isNotEqualTo("0.5");
    }
}
