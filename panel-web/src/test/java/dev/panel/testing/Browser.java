package dev.panel.testing;

import dev.panel.user.User;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.MicronautJunit5Extension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromedriver}) driving Panel as a person would.
 * Without Chromium the browser tests are skipped, unless {@code PANEL_REQUIRE_BROWSER=true} (CI) demands them.
 *
 * <p>It is also the JUnit 5 extension every browser test registers, which opens the window on the test class's
 * server before the first test, saves a screenshot of each failing test and closes every window after the last:
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = Browser.extension();
 * ...
 * browser.signIn(user);                 // signed in, on the user's home page
 * browser.open("/library/plans");       // and Vaadin has finished drawing it
 * </pre>
 * A {@code @MicronautTest} class needs nothing more; a test that starts Panel itself says where with {@link #at(URI)}.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback, TestWatcher {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** The first page of a fresh server builds Vaadin's bootstrap; on a busy machine that can outlast the usual wait. */
    private static final Duration FIRST_PAGE = Duration.ofSeconds(90);
    /** True while any Vaadin client on the page still waits for the server (what Vaadin TestBench's waitForVaadin asks). */
    private static final String VAADIN_BUSY = "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()))";

    private WebDriver driver;
    private URI base;
    private WebDriverWait wait;
    /** The other windows this one opened ({@link #another()}), closed with it. */
    private final List<Browser> others = new ArrayList<>();

    /** How long a step may take to show; PANEL_BROWSER_WAIT_SECONDS raises it on a crowded machine. */
    private static final Duration WAIT = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("PANEL_BROWSER_WAIT_SECONDS", "20")));

    private Browser(URI base) {
        this.base = base;
    }

    /** The extension: a window on the server of the test class, opened when the class starts (register it static). */
    public static Browser extension() {
        return new Browser(null);
    }

    /** A window on {@code base}, opened now; the caller closes it. */
    public static Browser open(URI base) {
        Browser browser = new Browser(base);
        browser.driver();
        return browser;
    }

    /** Points this window at a server the test started itself (a restarted Panel, a cluster's load balancer). */
    public Browser at(URI server) {
        this.base = server;
        return this;
    }

    /** A second window in a session of its own, on the same server, closed when this one closes (or earlier, by the caller). */
    public Browser another() {
        Browser other = open(base());
        others.add(other);
        return other;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (base == null) {
            ApplicationContext panel = context.getRoot().getStore(ExtensionContext.Namespace.create(MicronautJunit5Extension.class))
                    .get(ApplicationContext.class, ApplicationContext.class);
            if (panel != null && panel.isRunning() && panel.containsBean(EmbeddedServer.class)) {
                base = panel.getBean(EmbeddedServer.class).getURI();
                driver();
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The running Chromium, started (and shown its first page) on first use. */
    public WebDriver driver() {
        if (driver == null) {
            driver = start();
            wait = new WebDriverWait(driver, WAIT);
            // Vaadin re-renders parts of a page as the server answers; an element replaced mid-check means "not yet".
            wait.ignoring(StaleElementReferenceException.class);
            driver.get(base().resolve("/login").toString());
            new WebDriverWait(driver, FIRST_PAGE).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        }
        return driver;
    }

    private URI base() {
        if (base == null) {
            throw new IllegalStateException("The browser does not know which server to open: a @MicronautTest class starts one, else call at(URI)");
        }
        return base;
    }

    private static WebDriver start() {
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
        return new ChromeDriver(service, options);
    }

    /** Opens a page of Panel and waits until Vaadin has drawn it (no request to the server still open). */
    public void open(String route) {
        go(route);
        waitForVaadin();
    }

    /** Waits until no Vaadin client on the page waits for the server any more. */
    public void waitForVaadin() {
        waiting().until(d -> Boolean.FALSE.equals(script(VAADIN_BUSY)) && "complete".equals(script("return document.readyState")));
    }

    /** Signs in as a test user (made with {@link LoopFixture#PASSWORD}) in a fresh session, and waits for their home page. */
    public void signIn(User user) {
        forgetSession();
        signIn(user.username(), LoopFixture.PASSWORD);
        waitForHome();
    }

    /** Waits until sign-in has led to a page with a heading, away from the login page. */
    public void waitForHome() {
        waiting().until(d -> !path().equals("/login") && !d.findElements(By.id("home-heading")).isEmpty()
                && d.findElement(By.id("home-heading")).isDisplayed());
    }

    public void go(String path) {
        driver().get(base().resolve(path).toString());
    }

    public WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks an element after scrolling it to the middle of the window, where no header or footer covers it. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public void click(By locator) {
        click(waitFor(locator));
    }

    /** Double-clicks, as an impatient person does on a button that answers slowly. */
    public void doubleClick(By locator) {
        WebElement element = waitFor(locator);
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        new Actions(driver()).doubleClick(waiting().until(ExpectedConditions.elementToBeClickable(element))).perform();
    }

    public void waitForText(By locator, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public void waitForPath(String path) {
        waiting().until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    }

    public String path() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    /** Signs in through the login form, as typed by a person. */
    public void signIn(String username, String password) {
        go("/login");
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    public String cookie(String name) {
        var cookie = driver().manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Replaces the browser's cookies with this session cookie, as someone who copied it would. */
    public void useSessionCookie(String name, String value) {
        driver().manage().deleteAllCookies();
        driver().manage().addCookie(new org.openqa.selenium.Cookie(name, value, "/"));
    }

    public void forgetSession() {
        driver().manage().deleteAllCookies();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(javascript, arguments);
    }

    /** Saves what the window shows as target/screenshots/{name}.png, for looking at a page or a failure. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page wrote to its console since the last call (each message once). */
    public List<String> consoleMessages() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    public WebDriverWait waiting() {
        driver();
        return wait;
    }

    /** Sets the window's size, as a person with a smaller screen has it (the page reflows; nothing reloads). */
    public void resize(int width, int height) {
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    @Override
    public void close() {
        others.forEach(Browser::close);
        others.clear();
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
