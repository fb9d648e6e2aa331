package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.html.FundusCorpusTest;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * Every author string of every fundus page and every wcxb-dev page (all 1,358, of seven page types) is name-like;
 * each corpus is skipped, with a message, when {@code ../shared} lacks it.
 *
 * <p>The checks are written here, independently of {@link AuthorReader}'s own filters. An author must not:
 * <ul>
 *   <li>start with a byline label ("By", "Von", "Par", "Por", "Door", "Av", "Text", "Autor", "Author"...);</li>
 *   <li>hold a joining word ("and", "und", "et", "og", "och") or a list separator (comma, semicolon, ampersand,
 *       slash, pipe, bullet): two names in one string;</li>
 *   <li>hold an e-mail address or an {@code @handle}, a URL or a host name ({@code ://}, {@code www.}, a dotted
 *       ending such as {@code .com}, {@code .de}), a colon (a "Label:"), brackets or quotes;</li>
 *   <li>hold a digit (dates, times, counters such as "3 Min");</li>
 *   <li>hold a role, desk or label word: staff, reporter, correspondent, editor, writer, contributor, redaktion,
 *       newsroom, desk, team, news, nachrichten, updated, published, minute(s), read, share, follow, photo, foto,
 *       agencies, bio, clinician, director, manager, coordinator, consultant, founder, CEO, marketing, expert (the
 *       non-names seen on held-out pages: "Full Bio", "Clinician"), and the ranks and trades forums and shops print
 *       beside or instead of a name: member, user, partner, dealer, leader, winemaker, horticulturalist, student;</li>
 *   <li>be a lone function word ("Our");</li>
 *   <li>be in capitals only (three letters or more): an acronym or shouted boilerplate;</li>
 *   <li>be the publication: equal to the page's site name, or contained in its host name;</li>
 *   <li>be a news agency (those belong in {@code agencies});</li>
 *   <li>be longer than 60 characters or 5 words.</li>
 * </ul>
 */
class FundusAuthorNamesTest {
    private static final Pattern LABEL = Pattern.compile("(?iu)^(by|von|par|por|door|av|af|di|text|autor|author"
            + "|auteur|written)\\b");
    private static final Pattern JOINER = Pattern.compile("(?iu)(^|\\s)(and|und|et|og|och)(\\s|$)|[,;&/|•·]");
    private static final Pattern CONTACT = Pattern.compile("(?i)@|://|www\\.|\\.(com|de|at|ch|org|net|co|uk|fr|es"
            + "|it|nl|be|tr|in|jp|kr|za|is|li|tv)\\b|[:\\[\\](){}<>\"“”«»]");
    private static final Pattern ROLE = Pattern.compile("(?iu)(^|[\\s-])(staff|reporters?|correspondents?|editors?"
            + "|writers?|contributors?|redaktion|newsroom|desk|team|news|nachrichten|updated|published|minutes?|read"
            + "|share|follow|photo|foto|agencies|bio|clinician|directors?|managers?|coordinator|consultant|founder"
            + "|ceo|marketing|expert|members?|users?|partners?|dealers?|leaders?|winemakers?|horticultur(al)?ists?|students?)"
            + "($|[\\s-])");
    /** A lone function word is nobody's name ("Our" left of "Our Editors"). */
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?iu)our|the|by|and|of|full|more|all|his|her");

    @Test
    void everyFundusAuthorIsNameLike() throws IOException {
        Path fundus = FundusCorpusTest.shared().resolve("corpora/fundus");
        Assumptions.assumeTrue(Files.isRegularFile(fundus.resolve("gold.jsonl")),
                "shared corpora not found at " + fundus.toAbsolutePath() + ": skipping the author names test");
        ObjectMapper m = new ObjectMapper();
        HtmlExtractor ex = new HtmlExtractor(Pages.CLOCK);
        List<String> bad = new ArrayList<>();
        int authors = 0;
        for (String line : Files.readAllLines(fundus.resolve("gold.jsonl"))) {
            JsonNode g = m.readTree(line);
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(fundus.resolve(g.get("file").asText())))) {
                html = in.readAllBytes();
            }
            String url = g.get("url").asText();
            Article a = ex.extract(Page.html(g.get("id").asText(), url, html));
            for (String name : a.authors()) {
                authors++;
                String why = problem(name, a.siteName(), url);
                if (why != null) {
                    bad.add(g.get("id").asText() + ": '" + name + "' " + why);
                }
            }
        }
        assertThat(authors).as("authors found on the corpus").isGreaterThan(200);
        assertThat(bad).isEmpty();
    }

    @Test
    void everyWcxbAuthorIsNameLike() throws IOException {
        Path wcxb = FundusCorpusTest.shared().resolve("corpora/wcxb-dev");
        Assumptions.assumeTrue(Files.isRegularFile(wcxb.resolve("folds.tsv")),
                "wcxb-dev not found at " + wcxb.toAbsolutePath() + ": skipping its author names test");
        ObjectMapper m = new ObjectMapper();
        HtmlExtractor ex = new HtmlExtractor(Pages.CLOCK);
        List<String> bad = new ArrayList<>();
        int authors = 0;
        int credits = 0;
        List<Path> golds;
        try (var files = Files.list(wcxb.resolve("ground-truth"))) {
            golds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path gold : golds) {
            JsonNode g = m.readTree(gold.toFile());
            String id = g.get("file_id").asText();
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(wcxb.resolve("html/" + id + ".html.gz")))) {
                html = in.readAllBytes();
            }
            String url = g.path("url").asText();
            Article a = ex.extract(Page.html(id, url, html));
            for (String name : a.authors()) {
                authors++;
                String why = problem(name, a.siteName(), url);
                if (why != null) {
                    bad.add(id + ": '" + name + "' " + why);
                }
            }
            credits += a.credits().size();
            for (String credit : a.credits()) {
                if (a.authors().contains(credit) || NewsAgencies.standard().isAgency(credit)) {
                    bad.add(id + ": credit '" + credit + "' is also an author or an agency");
                }
            }
        }
        assertThat(golds).as("wcxb-dev pages").hasSize(1358);
        assertThat(authors).as("authors found on the corpus").isGreaterThan(300);
        assertThat(credits).as("team and organisation credits found").isGreaterThan(50);
        assertThat(bad).isEmpty();
    }

    /** Why {@code name} is not name-like, or {@code null}. */
    static String problem(String name, String siteName, String url) {
        if (name.length() > 60 || name.split("\\s+").length > 5) {
            return "is too long";
        }
        if (LABEL.matcher(name).find()) {
            return "starts with a label";
        }
        if (JOINER.matcher(name).find()) {
            return "holds several names";
        }
        if (CONTACT.matcher(name).find()) {
            return "holds a contact, URL, label or bracket";
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            return "holds a digit";
        }
        if (ROLE.matcher(name).find()) {
            return "holds a role or label word";
        }
        if (FUNCTION_WORD.matcher(name).matches()) {
            return "is a function word";
        }
        if (name.length() >= 3 && name.codePoints().anyMatch(Character::isUpperCase)
                && name.codePoints().noneMatch(Character::isLowerCase)) {
            return "is in capitals only";
        }
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (siteName != null && n.equals(siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))) {
            return "is the site name";
        }
        if (n.length() >= 3 && Publication.hostOf(url).replaceAll("[^\\p{L}\\p{N}]", "").contains(n)) {
            return "is in the host name";
        }
        return NewsAgencies.standard().isAgency(name) ? "is a news agency" : null;
    }

    @Test
    void theChecksRejectWhatTheyShould() {
        String url = "https://www.example-news.com/a";
        for (String s : List.of("By Jane Doe", "Jane Doe and John Roe", "Jane Doe, Reporter", "jane@example.com",
                "@janedoe", "Updated 3 May 2024", "3 Minute Read", "Staff", "Example News", "example-news.com",
                "JANE DOE", "AP", "Reuters", "Text: Jane Doe", "Full Bio", "Our", "Clinician", "Marketing Director",
                "Content Marketing Coordinator", "Everfit Team", "Podium Staff", "Gold Member", "Super User",
                "Authorized Dealer", "Volunteer Section Leader", "Head Winemaker", "Master Horticulturalist",
                "Medical Student", "Former Member")) {
            assertThat(problem(s, "Example News", url)).as(s).isNotNull();
        }
        assertThat(problem("Jan van der Berg", "Example News", url)).isNull();
        assertThat(problem("Anna Giulia Fink", "Example News", url)).isNull();
    }
}
