package com.voiceqa.web.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium, driven by Debian's chromedriver, with a fresh profile, logged in to one dashboard.
 * Chromium and chromedriver come from the same Debian release, so their versions always match and Selenium
 * never needs to download a driver.
 */
final class BrowserSession implements AutoCloseable {

    /** Screenshots of the test steps: test artifacts. */
    static final Path ARTIFACTS = Path.of("target", "screenshots");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 960;

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    BrowserSession(String baseUrl) {
        requireInstalled();
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("voiceqa-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "--lang=zh-CN",
                "--mute-audio", "--autoplay-policy=no-user-gesture-required");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /**
     * Where page screenshots for the documentation go: target/screenshots/pages, or {@code -Dvoiceqa.screenshots.dir}
     * (docs/frontend.md refreshes docs/screenshots that way).
     */
    static Path pageScreenshots() {
        return Path.of(System.getProperty("voiceqa.screenshots.dir", ARTIFACTS.resolve("pages").toString()));
    }

    /** Fails with the fix when the browser is missing, instead of a Selenium stack trace about a driver download. */
    static void requireInstalled() {
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: the browser tests need the Debian packages "
                        + "chromium, chromium-driver and fonts-wqy-microhei (apt-get install -y chromium "
                        + "chromium-driver fonts-wqy-microhei; .ci/run installs them)");
            }
        }
    }

    /** Logs in through the dashboard's login form and waits for the signed-in shell. */
    BrowserSession login(String username, String password) {
        driver.get(baseUrl + "/login.html");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector("#user .user-name"));
        return this;
    }

    /** Opens a dashboard route (e.g. {@code calls/call-0003}) and waits until that page has rendered. */
    void open(String route) {
        String url = baseUrl + "/#/" + route;
        changePage(() -> {
            if (url.equals(driver.getCurrentUrl())) {
                driver.navigate().refresh();
            } else {
                driver.get(url);
            }
        });
    }

    /** Clicks something that leads to another dashboard page and waits until that page has rendered. */
    void clickToPage(WebElement link) {
        changePage(link::click);
    }

    /**
     * Runs a navigation and waits for the new page. A hash change is handled by the page's script after the
     * navigation returns, so first wait for the previous view to be replaced, then for the new one to finish loading.
     */
    private void changePage(Runnable navigation) {
        List<WebElement> previous = driver.findElements(By.cssSelector("#page .view"));
        navigation.run();
        if (!previous.isEmpty()) {
            waiting("the previous page to be replaced").until(ExpectedConditions.stalenessOf(previous.getFirst()));
        }
        waiting("the page " + driver.getCurrentUrl() + " to finish loading")
                .until(d -> !d.findElements(By.cssSelector("#page .view")).isEmpty()
                        && d.findElements(By.cssSelector("#page .view > .loading")).isEmpty());
    }

    WebElement waitFor(By locator) {
        return waiting(locator + " to be visible").until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until condition gives a non-null, non-false value; on timeout the failure names what was awaited. */
    <T> T waitUntil(String what, Function<ChromeDriver, T> condition) {
        return waiting(what).until(d -> condition.apply(driver));
    }

    /** Pages redraw after actions and live events: an element gone stale mid-check is checked again, not a failure. */
    private FluentWait<WebDriver> waiting(String what) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).withMessage(what);
    }

    @SuppressWarnings("unchecked")
    <T> T script(String js, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(js, args);
    }

    ChromeDriver driver() {
        return driver;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Browser console errors since the last call (uncaught exceptions, failed module loads, failed requests). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves a PNG of the whole page (not just the window), up to a height limit, through the DevTools protocol. */
    Path screenshot(Path dir, String name) {
        // Without a scrollbar (captureBeyondViewport) the page lays out to the full window width.
        Number width = script("return Math.max(window.innerWidth, document.documentElement.scrollWidth)");
        Number height = script("return Math.min(3200, document.documentElement.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless; the test result must not depend on cleaning it.
        }
    }
}
