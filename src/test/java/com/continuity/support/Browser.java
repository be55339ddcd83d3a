package com.continuity.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A headless Chromium driven through chromedriver (Debian's packages; Selenium Manager never runs, so nothing is
 * downloaded), with the few gestures the Vaadin views need. Every gesture waits for its element and for the Vaadin
 * client to finish its round trip, never for a fixed time.
 */
public final class Browser implements AutoCloseable {

    /** Where {@link #saveEvidence} puts screenshots and page sources. */
    public static final Path EVIDENCE = Path.of("target", "browser");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** True while the Vaadin client has a request in flight (TestBench asks the same question). */
    private static final String VAADIN_BUSY = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            return Object.values(flow.clients).some(c => typeof c.isActive === 'function' && c.isActive());""";

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory("continuity-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the app ({@code /services}) and waits until Vaadin has rendered it. */
    public Browser open(String path) {
        driver.get(base + path);
        settle();
        return this;
    }

    /** Logs in through the Vaadin login form at /login and waits until the app's frame shows the user. */
    public Browser login(String username, String password) {
        open("/login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form vaadin-text-field[name=username] input")));
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("vaadin-login-form vaadin-password-field[name=password] input"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
        settle();
        return this;
    }

    /** The displayed element with this id. */
    public WebElement element(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The native input inside the Vaadin field with this id. */
    public WebElement input(String id) {
        return centre(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input"))));
    }

    /** Replaces the text of a Vaadin field and leaves it, so its value reaches the server. */
    public Browser type(String id, String text) {
        WebElement input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
        settle();
        return this;
    }

    /** Replaces the text of a field without leaving it (a filter that reacts while one types). */
    public Browser typeWithoutLeaving(String id, String text) {
        WebElement input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        return this;
    }

    /**
     * Picks an item of a ComboBox or MultiSelectComboBox by its label: types the label, waits for the filtered
     * list, presses Enter, waits until the component holds the item, and closes the list.
     */
    public Browser choose(String id, String label) {
        WebElement host = element(id);
        WebElement input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(label);
        wait.until(d -> (Boolean) js("""
                const c = arguments[0];
                return c.opened && !c.loading && (c.filteredItems || [])
                    .some(i => (i && i.label !== undefined ? i.label : i) === arguments[1]);""", host, label));
        input.sendKeys(Keys.ENTER);
        wait.until(d -> (Boolean) js("""
                const c = arguments[0], label = arguments[1];
                const has = i => (i && i.label !== undefined ? i.label : i) === label;
                if (Array.isArray(c.selectedItems)) { return c.selectedItems.some(has); }
                return has(c.selectedItem);""", host, label));
        // a multi-select list stays open for the next pick; leave the field so it closes and covers nothing
        input.sendKeys(Keys.TAB);
        wait.until(d -> !(Boolean) js("return arguments[0].opened", host));
        settle();
        return this;
    }

    public Browser click(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        centre(element).click();
        settle();
        return this;
    }

    /** Scrolls the element to the middle of its scrolling container (the app layout scrolls, not the window). */
    private WebElement centre(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        return element;
    }

    /** Waits until some displayed element holds this text (in the light DOM, where Vaadin puts slotted text). */
    public WebElement waitForText(String text) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[text()[contains(., " + xpathLiteral(text) + ")]]")));
    }

    /** Waits until the grid with this id shows a cell whose whole text is {@code text}. */
    public WebElement waitForGridCell(String gridId, String text) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//vaadin-grid[@id="
                + xpathLiteral(gridId) + "]/vaadin-grid-cell-content[normalize-space(.)=" + xpathLiteral(text) + "]")));
    }

    /** True when an element with this id is in the page and displayed (Vaadin hides invisible components). */
    public boolean isDisplayed(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * True when the Vaadin field with this id is read-only (Vaadin reflects it as the host's readonly attribute).
     * Waits for the element's presence only: a field scrolled out of the app layout is not "visible" to Selenium.
     */
    public boolean isReadOnly(String id) {
        WebElement host = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        return (Boolean) js("return arguments[0].hasAttribute('readonly')", host);
    }

    /**
     * True when some button reads exactly {@code label} and is rendered (neither it nor an ancestor hidden), wherever
     * it is scrolled to; buttons of repeated rows have no id.
     */
    public boolean isButtonDisplayed(String label) {
        return (Boolean) js("""
                return Array.from(document.querySelectorAll('vaadin-button'))
                    .some(b => b.textContent.trim() === arguments[0] && b.checkVisibility());""", label);
    }

    /** Waits until the Vaadin client has no request in flight. */
    public void settle() {
        wait.until(d -> "complete".equals(js("return document.readyState")) && !(Boolean) js(VAADIN_BUSY));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot and the page source as target/browser/{name}.png and .html. */
    public void saveEvidence(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            screenshot(EVIDENCE.resolve(safe + ".png"));
            Files.writeString(EVIDENCE.resolve(safe + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            Files.writeString(EVIDENCE.resolve(safe + ".log"), driver.getCurrentUrl() + "\n" + String.join("\n",
                    driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(Object::toString).toList()),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("could not save browser evidence for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is no failure
            }
        }
    }

    static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        if (!s.contains("\"")) {
            return "\"" + s + "\"";
        }
        return "concat('" + String.join("', \"'\", '", List.of(s.split("'", -1))) + "')";
    }
}
