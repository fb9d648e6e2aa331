package org.verbatim.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end tests in real headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver};
 * skipped when absent): search, article, speaker and extract pages, a hostile page whose payloads must not run, and
 * a screenshot of each page under {@code target/screenshots/}.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("verbatim.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("verbatim.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "screenshots");
    static TestServer ts;
    static WebDriver driver;
    static Path profile;

    static final String MISSING = "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is missing "
            + "(apt-get install chromium chromium-driver; .ci/run installs them)";

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    @BeforeAll
    static void start() throws IOException {
        if (!available()) {
            System.out.println(MISSING);
            return; // each test is then skipped, with the message, by requireBrowser()
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        profile = Files.createTempDirectory("verbatim-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        ts = new TestServer();
        Files.createDirectories(SHOTS);
    }

    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(driver != null, MISSING);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (ts != null) {
            ts.close();
        }
        if (profile != null) {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    static void shot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void searchThenArticleThenSpeaker() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(ts.base + "/?q=" + URLEncoder.encode("Kestrel Bridge", StandardCharsets.UTF_8));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li")));
        List<WebElement> marks = driver.findElements(By.cssSelector("ol.hits mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText().toLowerCase()).isIn("kestrel", "bridge");
        assertThat(driver.findElements(By.cssSelector(".facets a"))).isNotEmpty();
        shot("search");

        driver.findElement(By.cssSelector("ol.hits li a.hit-title")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("quote-list")));
        assertThat(driver.findElements(By.cssSelector(".body .q"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#quote-list li"))).isNotEmpty();
        List<WebElement> chips = driver.findElements(By.cssSelector("ul.chips a.chip"));
        assertThat(chips).isNotEmpty();
        assertThat(driver.findElement(By.id("source-link")).getAttribute("href")).startsWith("https://");
        shot("article");

        String speaker = chips.get(0).getText().replaceAll("\\s*\\(\\d+\\)$", "");
        chips.get(0).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("speaker-quotes")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualToIgnoringCase(speaker);
        assertThat(driver.findElements(By.cssSelector("#chart rect.bar"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#speaker-quotes li"))).isNotEmpty();
        shot("speaker");
    }

    @Test
    void extractPastedText() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(ts.base + "/extract");
        WebElement input = await().until(ExpectedConditions.elementToBeClickable(By.id("extract-input")));
        input.sendKeys("Council shuts the old bridge\n\nBy Ann Lee\n\n“We had no choice, given the state of the "
                + "girders,” the mayor, John Smith, said on Monday. Traders said they would lose money all summer.");
        driver.findElement(By.id("extract-button")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#extract-result dl.kv")));
        assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("Council shuts the old bridge");
        assertThat(driver.findElement(By.cssSelector("#extract-result .chips")).getText()).contains("John Smith");
        assertThat(driver.findElements(By.cssSelector("#extract-result .body .q"))).isNotEmpty();
        shot("extract");
    }

    @Test
    void keyboardAndPhoneWidth() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(ts.base + "/?q=drought");
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li")));
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = driver.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Skip to content");
        Number scrollWidth = (Number) js("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no horizontal scrolling at phone width").isLessThanOrEqualTo(390);
        shot("search-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void hostilePageRunsNothing() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(ts.base + "/?q=" + URLEncoder.encode("Hostileton", StandardCharsets.UTF_8));
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li")));
        assertNothingRan();
        String title = driver.findElement(By.cssSelector("ol.hits a.hit-title")).getText();
        assertThat(title).contains("<script>");
        driver.findElement(By.cssSelector("ol.hits a.hit-title")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("quote-list")));
        assertNothingRan();
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("<script>window.__pwned='title'</script>");
        assertThat(driver.findElements(By.cssSelector("#quote-list li"))).isNotEmpty();
        shot("hostile-article");
        List<WebElement> chips = driver.findElements(By.cssSelector("ul.chips a.chip"));
        if (!chips.isEmpty()) {
            chips.get(0).click();
            await().until(ExpectedConditions.presenceOfElementLocated(By.id("speaker-quotes")));
            assertNothingRan();
        }
        driver.get(ts.base + "/extract");
        WebElement input = await().until(ExpectedConditions.elementToBeClickable(By.id("extract-input")));
        String page = new String(TestServer.resource("hostile.html"), StandardCharsets.UTF_8);
        js("document.getElementById('extract-input').value = arguments[0]".replace("arguments[0]",
                "atob('" + java.util.Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8))
                        + "')"));
        assertThat(input.getAttribute("value")).startsWith("<!doctype html>");
        driver.findElement(By.id("extract-button")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#extract-result dl.kv")));
        assertNothingRan();
    }

    /** No payload ran: no flag, no changed title, no alert, no injected element, no javascript: link. */
    static void assertNothingRan() {
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(driver.getTitle()).as("the payload sets the title to 'pwned'").isNotEqualTo("pwned")
                .endsWith("Verbatim");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.cssSelector("main script, main img, main svg:not(#chart), main iframe")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript' i], [onerror], [onload], [onclick], "
                + "[onmouseover]"))).isEmpty();
    }
}
