package dev.panel.testing;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromedriver}) driving Panel as a person would.
 * Without Chromium the browser tests are skipped, unless {@code PANEL_REQUIRE_BROWSER=true} (CI) demands them.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final URI base;
    private final WebDriverWait wait;

    /** How long a step may take to show; PANEL_BROWSER_WAIT_SECONDS raises it on a crowded machine. */
    private static final Duration WAIT = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("PANEL_BROWSER_WAIT_SECONDS", "20")));

    private Browser(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, WAIT);
        // Vaadin re-renders parts of a page as the server answers; an element replaced mid-check means "not yet".
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static Browser open(URI base) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!"true".equalsIgnoreCase(System.getenv("PANEL_REQUIRE_BROWSER"))) {
            Assumptions.assumeTrue(installed, "Chromium is not installed; browser tests skipped");
        } else if (!installed) {
            throw new IllegalStateException("PANEL_REQUIRE_BROWSER=true but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic");
        // Keeps the page's console, so that tests can read what the browser complained about (CSP violations).
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    public void go(String path) {
        driver.get(base.resolve(path).toString());
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks an element after scrolling it to the middle of the window, where no header or footer covers it. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public void click(By locator) {
        click(waitFor(locator));
    }

    /** Double-clicks, as an impatient person does on a button that answers slowly. */
    public void doubleClick(By locator) {
        WebElement element = waitFor(locator);
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        new Actions(driver).doubleClick(wait.until(ExpectedConditions.elementToBeClickable(element))).perform();
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public void waitForPath(String path) {
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Signs in through the login form, as typed by a person. */
    public void signIn(String username, String password) {
        go("/login");
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Replaces the browser's cookies with this session cookie, as someone who copied it would. */
    public void useSessionCookie(String name, String value) {
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new org.openqa.selenium.Cookie(name, value, "/"));
    }

    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Saves what the window shows as target/screenshots/{name}.png, for looking at a page or a failure. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page wrote to its console since the last call (each message once). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
