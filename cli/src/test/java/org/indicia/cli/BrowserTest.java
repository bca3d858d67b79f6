package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.indicia.Detector;
import org.indicia.ReloadingDetector;
import org.indicia.cli.serve.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The review report and the service page in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): one mark per stretch of evidence over the right characters, filters
 * that work, and hostile ads that add no element and run no script. Skipped with a message where
 * Chromium is missing, except under {@code CI=true}, where that fails. Screenshots go to {@code
 * target/screenshots} (copied to {@code docs/} with {@code -Dindicia.screenshots=../docs}).
 */
class BrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What a page built by Indicia may contain; anything else came from somewhere else. */
  private static final List<String> TAGS = List.of("html", "head", "meta", "title", "style", "body",
      "header", "h1", "h2", "p", "br", "div", "fieldset", "legend", "label", "input", "span",
      "main", "article", "mark", "ul", "li", "code", "strong", "form", "textarea", "select",
      "option", "button", "section", "table", "caption", "tbody", "tr", "th", "td");
  private static final String HOSTILE =
      "</textarea></div><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
          + "<a href=\"javascript:window.pwned=3\" onclick=\"window.pwned=4\">x</a>"
          + "<style>body{display:none}</style>"
          + " We keep your passport until the debt is repaid. Recruitment fee of 900 euros.";

  private static ChromeDriver driver;

  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() {
    File chromium = executable("INDICIA_CHROMIUM", "/usr/bin/chromium");
    File chromedriver = executable("INDICIA_CHROMEDRIVER", "/usr/bin/chromedriver");
    if (chromium == null || chromedriver == null) {
      String why = "browser tests need Chromium and chromedriver (Debian: apt-get install chromium"
          + " chromium-driver; or set INDICIA_CHROMIUM and INDICIA_CHROMEDRIVER)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(why + "; CI=true, so this fails instead of skipping");
      }
      System.err.println("BrowserTest skipped: " + why);
      Assumptions.abort("skipped: " + why);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1200,1400",
        "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  private static File executable(String env, String fallback) {
    String path = System.getenv(env) != null ? System.getenv(env) : fallback;
    File f = new File(path);
    return f.canExecute() ? f : null;
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void report_marksTheEvidence_filtersWork_andHostileAdsChangeNothing() throws Exception {
    Path in = dir.resolve("ads.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("..", "samples", "ads.jsonl")));
    lines.add(JSON.createObjectNode().put("id", "hostile <b onmouseover=alert(1)>")
        .put("lang", "en").put("text", HOSTILE).toString());
    lines.add(JSON.createObjectNode().put("id", "evasion").put("lang", "en")
        .put("text", "We k33p your p4ssp0rt until the d.e.b.t is repaid.").toString());
    Files.write(in, lines);
    Path report = dir.resolve("report.html");
    Cli.Run html = Cli.run("scan", in.toString(), "--format", "html", "--output", report.toString());
    assertThat(html.code()).as(html.toString()).isZero();
    Cli.Run jsonl = Cli.run("scan", in.toString());

    driver.get(report.toUri().toString());
    assertThat(driver.getTitle()).isEqualTo("Indicia review: ads.jsonl");
    assertUntouched();
    // The style sheet applied (its CSP hash is right): marks have their category colour.
    WebElement firstMark = driver.findElement(By.cssSelector("article mark"));
    assertThat(firstMark.getCssValue("background-color")).isNotIn("rgba(0, 0, 0, 0)", "transparent");

    int documents = 0;
    int high = 0;
    for (String line : jsonl.outLines()) {
      JsonNode rec = JSON.readTree(line);
      documents++;
      high += rec.get("level").asText().equals("HIGH") ? 1 : 0;
      assertMarks(rec);
    }
    assertThat(driver.findElements(By.cssSelector("article.doc"))).hasSize(documents);
    assertThat(driver.findElement(By.xpath("//article[.//span[@class='doc-id' and"
        + " text()='evasion']]//mark[contains(@class,'evaded')]"))).isNotNull();

    // Tooltip on keyboard focus: the mark's ::after shows its indicator.
    js("arguments[0].focus()", firstMark);
    assertThat((Boolean) js("return document.activeElement === arguments[0]", firstMark)).isTrue();
    assertThat((String) js("return getComputedStyle(arguments[0], '::after').content", firstMark))
        .contains(firstMark.getAttribute("data-indicator").split(" ")[0]);
    screenshot("report.png");

    // Filters: HIGH only, then one category, then all again.
    driver.findElement(By.cssSelector("label:has(#f-lv-HIGH)")).click();
    assertThat(visibleArticles()).hasSize(high).allMatch(a -> a.getAttribute("class").contains("lv-HIGH"));
    driver.findElement(By.id("f-lv-ALL")).click();
    driver.findElement(By.id("f-cat-DEBT_BONDAGE")).click();
    List<WebElement> debt = visibleArticles();
    assertThat(debt).isNotEmpty().allMatch(a -> a.getAttribute("class").contains("has-DEBT_BONDAGE"));
    assertThat(debt.size()).isLessThan(documents);
    driver.findElement(By.id("f-cat-ALL")).click();
    assertThat(visibleArticles()).hasSize(documents);
  }

  /** Every span of the record lies in one mark of its article, and marks cover only spans. */
  private static void assertMarks(JsonNode rec) {
    @SuppressWarnings("unchecked")
    Map<String, Object> page = (Map<String, Object>) js(
        "const a = [...document.querySelectorAll('article.doc')].find("
            + "x => x.querySelector('.doc-id').textContent === arguments[0]);"
            + "const t = a.querySelector('.text');"
            + "return {text: t.textContent, marks: [...t.querySelectorAll('mark')].map(m => ({"
            + " start: +m.dataset.start, end: +m.dataset.end, text: m.textContent,"
            + " indicators: m.dataset.indicator, nested: m.querySelectorAll('*').length}))};",
        rec.get("id").asText());
    String text = (String) page.get("text");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> marks = (List<Map<String, Object>>) page.get("marks");
    List<int[]> spans = new ArrayList<>();
    for (JsonNode f : rec.get("findings")) {
      for (JsonNode s : f.get("spans")) {
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        assertThat(text.substring(start, end)).isEqualTo(s.get("text").asText());
        spans.add(new int[] {start, end});
        assertThat(marks).as("a mark holding %s of %s", s, rec.get("id")).anyMatch(m ->
            ((Number) m.get("start")).intValue() <= start && end <= ((Number) m.get("end")).intValue()
                && ((String) m.get("indicators")).contains(f.get("indicator").asText()));
      }
    }
    spans.sort(Comparator.comparingInt(s -> s[0]));
    int regions = 0;
    int end = -1;
    for (int[] s : spans) {
      if (s[0] >= end) {
        regions++;
      }
      end = Math.max(end, s[1]);
    }
    assertThat(marks).as("marks of %s", rec.get("id")).hasSize(regions);
    for (Map<String, Object> m : marks) {
      int s = ((Number) m.get("start")).intValue();
      int e = ((Number) m.get("end")).intValue();
      assertThat(m.get("text")).isEqualTo(text.substring(s, e));
      assertThat(((Number) m.get("nested")).intValue()).isZero();
    }
  }

  private static List<WebElement> visibleArticles() {
    return driver.findElements(By.cssSelector("article.doc")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  /** No script ran and no element or attribute came from ad text. */
  private static void assertUntouched() {
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(js("return document.scripts.length")).isEqualTo(0L);
    @SuppressWarnings("unchecked")
    List<String> tags = (List<String>) js("return [...new Set([...document.querySelectorAll('*')]"
        + ".map(e => e.localName))]");
    assertThat(TAGS).containsAll(tags);
    assertThat(js("return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
        + ".filter(a => a.name.startsWith('on') || a.value.includes('javascript:')).length"))
        .isEqualTo(0L);
    assertThat(js("return document.querySelectorAll('style').length")).isEqualTo(1L);
    assertThat(driver.findElement(By.tagName("body")).isDisplayed()).isTrue();
  }

  @Test
  void servicePage_showsTheEvidence_andHostileTextStaysText() throws Exception {
    Server.PackSource source = () -> Detector.builder().withBuiltInPacks();
    try (Server server = Server.start(new Server.Config("127.0.0.1", 0, 1 << 20, 10, 2),
        ReloadingDetector.of(source.builder().build()), source, l -> {})) {
      driver.get(server.uri().toString());
      assertThat(driver.getTitle()).isEqualTo("Indicia screening");
      String text = "\n" + HOSTILE + "\nContact on WhatsApp only.";
      WebElement area = driver.findElement(By.id("text"));
      js("arguments[0].value = arguments[1]", area, text); // sendKeys would type slowly
      driver.findElement(By.cssSelector("#lang option[value=en]")).click();
      submit();

      assertThat(driver.getTitle()).isEqualTo("Indicia screening");
      assertUntouched();
      assertThat(driver.findElement(By.id("text")).getDomProperty("value")).isEqualTo(text);
      String shown = (String) js("return document.querySelector('article .text').textContent");
      assertThat(shown).isEqualTo(text);
      List<WebElement> marks = driver.findElements(By.cssSelector("article mark"));
      assertThat(marks).isNotEmpty();
      for (WebElement m : marks) {
        int s = Integer.parseInt(m.getAttribute("data-start"));
        int e = Integer.parseInt(m.getAttribute("data-end"));
        assertThat(js("return arguments[0].textContent", m)).isEqualTo(text.substring(s, e));
      }
      assertThat(driver.findElement(By.cssSelector("article .badge")).getText())
          .isIn("MEDIUM", "HIGH");
      assertThat(driver.findElements(By.cssSelector(".explanation tr"))).hasSizeGreaterThan(2);

      js("arguments[0].value = arguments[1]", driver.findElement(By.id("text")),
          "Work in Canada! Recruitment fee of 900 euros, deducted from your wages. We keep your"
              + " passport until the debt is repaid. Contact on WhatsApp only.");
      submit();
      assertThat(driver.findElement(By.cssSelector("article .badge")).getText()).isEqualTo("HIGH");
      screenshot("serve.png");
    }
  }

  /** Submits the form and waits until the answer page has replaced this one. */
  private static void submit() throws InterruptedException {
    js("window.indiciaOldPage = true"); // a new page does not have it
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        if (Boolean.TRUE.equals(js("return window.indiciaOldPage === undefined"
            + " && document.readyState === 'complete'"))) {
          return;
        }
      } catch (WebDriverException e) {
        // navigating: the old document is going away; ask again
      }
      if (System.nanoTime() > deadline) {
        Assertions.fail("the service page did not answer the form within 20 s");
      }
      Thread.sleep(20);
    }
  }

  private static void screenshot(String name) throws Exception {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Path out = Path.of("target", "screenshots");
    Files.createDirectories(out);
    Files.copy(shot, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    String docs = System.getProperty("indicia.screenshots");
    if (docs != null) {
      Files.copy(shot, Path.of(docs).resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
