package org.verbatim.enrich.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIdTest {
    @Test
    void trackingParametersFragmentsCaseAndDefaultPortsDoNotChangeTheId() {
        String id = DocumentId.of("https://news.example/story/1?page=2", "abc");
        assertThat(DocumentId.of("HTTPS://News.Example:443/story/1?utm_source=rss&page=2&fbclid=x#comments", "abc"))
                .isEqualTo(id).hasSize(32);
        assertThat(DocumentId.of("https://news.example/story/1?page=3", "abc")).isNotEqualTo(id);
        assertThat(DocumentId.of("https://news.example/story/1?page=2", "abd")).isNotEqualTo(id);
    }

    @Test
    void canonicalUrlsKeepPathAndMeaningfulParameters() {
        assertThat(DocumentId.canonicalUrl("http://A.example:8080/x/Y?id=5&ref=home"))
                .isEqualTo("http://a.example:8080/x/Y?id=5");
        assertThat(DocumentId.canonicalUrl("https://a.example?utm_medium=x")).isEqualTo("https://a.example/");
        assertThat(DocumentId.canonicalUrl(null)).isEmpty();
        assertThat(DocumentId.canonicalUrl("not a url")).isEqualTo("not a url");
    }
}
