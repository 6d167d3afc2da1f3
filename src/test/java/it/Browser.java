package it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, driven through its chromedriver: the dashboard as a user's browser sees it. Each
 * browser has a profile of its own (a fresh localStorage). Without chromium the test is skipped, saying so; with
 * {@code CI} set it fails instead (.ci/run installs chromium and chromium-driver).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** A desktop-sized browser whose language is {@code language} (e.g. {@code en-US}, {@code de-DE}). */
    public static Browser open(String language) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String message = "chromium or chromedriver is not installed: apt-get install chromium chromium-driver."
                    + " Skipping the browser test.";
            if (inCi()) {
                throw new IllegalStateException(message.replace("Skipping", "CI is set: not skipping"));
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=" + language,
                "--accept-lang=" + language,
                "--window-size=1280,900");
        Path downloads = createTempDirectory();
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        language,
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    /** The folder the browser saves downloads in: its own, new for each browser. */
    public Path downloads() {
        return downloads;
    }

    public void open(URI address) {
        driver.get(address.toString());
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Waits until an element matches the CSS selector and is shown, and returns it. */
    public WebElement await(String css) {
        return Await.value("element " + css + " in " + url(), WAIT, () -> {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs JavaScript in the page; what it returns comes back as Java values (strings, lists, maps, longs). */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Turns the mouse wheel over the element's centre: a negative {@code deltaY} scrolls up (away from the user). */
    public void wheel(WebElement element, int deltaY) {
        new Actions(driver)
                .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(element), 0, deltaY)
                .perform();
    }

    /** Presses the mouse on the element's centre with Shift held and drags it {@code dx} pixels sideways. */
    public void shiftDrag(WebElement element, int dx) {
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .moveToElement(element)
                .clickAndHold()
                .moveByOffset(dx / 2, 0)
                .moveByOffset(dx - dx / 2, 0)
                .release()
                .keyUp(Keys.SHIFT)
                .perform();
    }

    /** The page's console messages at the level of errors (exceptions, failed loads) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Writes what the browser shows to target/screenshots/{name}.png, for review. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("lux-browser-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inCi() {
        String property = System.getProperty("CI");
        String variable = System.getenv("CI");
        return (property != null && !property.isBlank() && !property.equals("false"))
                || (variable != null && !variable.isBlank() && !variable.equals("false"));
    }
}
