package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AuthorBioTest {
    private static final String BIO = "<p>Jane is a travel writer based in Lisbon. When she isn't writing, she hikes"
            + " the coast.</p>";

    @Test
    void aNameLineThatPruningRemovedStillNamesTheBiography() {
        Document doc = Jsoup.parse("<div><p class='title'>Jane Doe</p><h6>Senior Editor</h6><div class='text'>" + BIO
                + "</div></div>");
        Element bio = doc.selectFirst("div.text p");
        List<Element> recent = List.of(doc.selectFirst("p.title"), doc.selectFirst("h6"));
        assertThat(AuthorBio.named(bio)).as("in the tree").isEqualTo("Jane Doe");
        Document far = Jsoup.parse("<h2><strong>Jane Doe</strong></h2><p>Rating: 4.9</p><p>Reviews: 628</p><p>Sold: 12"
                + "</p>" + BIO);
        assertThat(AuthorBio.named(far.selectFirst("p:contains(Lisbon)"), List.of(far.selectFirst("strong"))))
                .as("still in the tree, too far before").isNull();
        doc.selectFirst("p.title").remove(); // as the DOM pass prunes a box it takes for boilerplate
        assertThat(AuthorBio.named(bio)).as("pruned, no memory").isNull();
        assertThat(AuthorBio.named(bio, recent)).as("pruned, remembered").isEqualTo("Jane Doe");
        assertThat(AuthorBio.named(bio, List.of(doc.selectFirst("h6")))).as("no name among them").isNull();
    }

    @Test
    void aBiographyMayOpenWithWhatThePersonDoes() {
        Document doc = Jsoup.parse("<h4>Jane Doe</h4><p>Jane writes about energy and transport. Before that she"
                + " covered city hall.</p><h4>Example Grid</h4><p>Example Grid covers the region. It serves a"
                + " million homes.</p>");
        assertThat(AuthorBio.named(doc.select("p").get(0))).isEqualTo("Jane Doe");
        assertThat(AuthorBio.named(doc.select("p").get(1))).as("no personal pronoun: a thing").isNull();
    }

    @Test
    void aRememberedLineMustBeTheSubjectsName() {
        Document doc = Jsoup.parse("<p class='title'>John Roe</p><div>" + BIO + "</div>");
        Element bio = doc.selectFirst("div p");
        Element other = doc.selectFirst("p.title");
        other.remove();
        assertThat(AuthorBio.named(bio, List.of(other))).isNull();
    }
}
