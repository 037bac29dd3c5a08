package dev.panel.access;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import dev.panel.access.AccessMatrix.Access;
import dev.panel.access.AccessMatrix.Row;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Vaadin route, opened in headless Chromium by every {@link Principal} with real ids, shows what
 * {@code access-matrix.csv} says: allowed, the view's own content; denied, the login page for anonymous visitors and
 * Vaadin's refusal for the others; hidden, the view's own "not found" page. The routes are every {@code @Route} class
 * compiled into the application, so a new view fails this test until the matrix lists it. One browser session per
 * principal, signed in once.
 */
@MicronautTest(transactional = false)
class ViewAccessMatrixBrowserIT implements DatabaseTest {

    /** A route parameter as the matrix lists it: ":name", perhaps with its optional mark. */
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)\\??");
    /** The headings of the views' own refusals of an id the caller may not see. */
    private static final Pattern REFUSAL_HEADING = Pattern.compile("(?i).*(not found|not available|not your).*");

    enum Shown { LOGIN, REFUSED, HIDDEN, VIEW }

    @Inject
    AccessWorld world;

    /** Each principal gets a window of its own ({@link Browser#another()}); this one only opens them. */
    @RegisterExtension
    static final Browser browsers = Browser.extension();

    final AccessMatrix matrix = AccessMatrix.load();

    @Test
    void every_route_that_runs_is_in_the_matrix_and_every_row_of_the_matrix_runs() {
        assertThat(matrix.differences("view", routes())).as("Vaadin routes against access-matrix.csv").isEmpty();
    }

    @Test
    void every_route_shows_every_principal_what_the_matrix_says() {
        Map<String, Long> ids = Map.of("planId", world.plan.id(), "drillId", world.drillId, "loopId", world.loop.loop().id(),
                "interviewId", world.interviewId, "token", 0L);
        List<String> wrong = new ArrayList<>();
        int visits = 0;
        for (Principal principal : Principal.values()) {
            try (Browser browser = browsers.another()) {
                if (principal != Principal.ANONYMOUS) {
                    browser.signIn(world.user(principal).username(), LoopFixture.PASSWORD);
                    browser.waiting().until(d -> !browser.path().equals("/login"));
                }
                for (Row row : matrix.rows("view")) {
                    String path = path(row.key().substring("VIEW ".length()), ids);
                    browser.go(path);
                    Shown shown = shown(browser);
                    visits++;
                    // the login view is what an anonymous visitor is allowed to see there
                    Shown expected = row.key().equals("VIEW /login") && principal == Principal.ANONYMOUS ? Shown.LOGIN
                            : expected(row.of(principal), principal);
                    if (shown != expected) {
                        wrong.add(row.key() + " as " + principal.column() + " (" + path + "): expected " + expected + ", saw " + shown
                                + " at " + browser.path() + ": " + abbreviated(browser.driver().findElement(By.tagName("body")).getText()));
                    }
                }
            }
        }
        System.out.println("View access matrix: " + matrix.rows("view").size() + " routes x " + Principal.values().length + " principals, "
                + visits + " visits");
        assertThat(wrong).as("routes that did not show what access-matrix.csv says").isEmpty();
    }

    private static Shown expected(Access access, Principal principal) {
        return switch (access) {
            case ALLOW -> Shown.VIEW;
            case DENY -> principal == Principal.ANONYMOUS ? Shown.LOGIN : Shown.REFUSED;
            case HIDDEN -> principal == Principal.ANONYMOUS ? Shown.LOGIN : Shown.HIDDEN;
        };
    }

    /** What the page settled on: the login form, Vaadin's refusal, a view's "not found" heading, or a view's own heading. */
    private static Shown shown(Browser browser) {
        // the previous page's heading stays until Vaadin has answered for the new one
        browser.waitForVaadin();
        try {
            return browser.waiting().until(driver -> {
                try {
                    return settled(browser, driver);
                } catch (org.openqa.selenium.WebDriverException replaced) {
                    // the page was replaced while it was read (Chromium: "does not belong to the document"): not settled yet
                    if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                        return null;
                    }
                    throw replaced;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("The page at " + browser.path() + " settled on nothing recognisable: "
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }

    /** One look at the page: what it shows, or null while it is still loading. */
    private static Shown settled(Browser browser, org.openqa.selenium.WebDriver driver) {
        if (browser.path().equals("/login")) {
            // the login page's heading shows before its form: wait for the form
            return driver.findElements(By.id("vaadinLoginUsername")).isEmpty() ? null : Shown.LOGIN;
        }
        // Panel's own page for a route the role may not open (app.ui.NotAllowedView)
        List<WebElement> refusal = driver.findElements(By.id("error-heading"));
        if (!refusal.isEmpty()) {
            return refusal.get(0).getText().equals("Not allowed") ? Shown.REFUSED : null;
        }
        List<WebElement> headings = driver.findElements(By.cssSelector("h1"));
        if (headings.isEmpty()) {
            return null;
        }
        return REFUSAL_HEADING.matcher(headings.get(0).getText()).matches() ? Shown.HIDDEN : Shown.VIEW;
    }

    /** The route with each parameter replaced by the matrix world's id of that kind. */
    /** The template with each parameter replaced by its id. */
    static String path(String template, Map<String, Long> ids) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Long id = ids.get(m.group(1));
            if (id == null) {
                throw new IllegalStateException("No id for the route parameter " + m.group(1) + " of " + template);
            }
            m.appendReplacement(path, String.valueOf(id));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Every {@code @Route} view compiled into the application, as "VIEW /template". */
    private static List<String> routes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.panel").stream()
                .filter(c -> c.isAnnotatedWith(Route.class))
                .map(c -> "VIEW /" + c.getAnnotationOfType(Route.class).value().replaceAll("\\([^/]*\\)", ""))
                .toList();
    }

    private static String abbreviated(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
