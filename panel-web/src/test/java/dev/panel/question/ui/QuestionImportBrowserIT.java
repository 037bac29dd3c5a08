package dev.panel.question.ui;

import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.Requirement;
import dev.panel.role.RoleView;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hiring manager pastes a page, unticks a question, imports the rest to a role and finds them in the bank. */
@MicronautTest(transactional = false)
class QuestionImportBrowserIT implements DatabaseTest {

    /** Where the screenshots go when PANEL_SCREENSHOTS names a directory; none are taken otherwise. */
    private static final String SCREENSHOTS = System.getenv("PANEL_SCREENSHOTS");

    @Inject
    LoopFixture people;
    @Inject
    LibraryFixture library;
    @Inject
    QuestionService questions;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User manager;
    String word;
    RoleView role;
    long competency;

    @BeforeAll
    void open() {
        manager = people.people(Role.HIRING_MANAGER).get(0);
        word = LibraryFixture.uniqueWord();
        competency = library.competencyNamed("Launch " + word + " readiness");
        role = library.role(new Requirement(competency, 3, true));
        library.question("How do you plan " + word + " rollouts?", QuestionKind.TECHNICAL, QuestionLevel.INTERMEDIATE, 10,
                List.of(competency), List.of());
    }

    @Test
    void a_hiring_manager_pastes_a_page_unticks_one_question_and_finds_the_others_in_the_bank() throws IOException {
        browser.forgetSession();
        browser.signIn(manager);
        browser.go("/library/questions");
        browser.click(By.id("import-questions"));
        browser.waitForText(By.id("home-heading"), "Import questions");

        browser.waitFor(By.cssSelector("#import-text textarea")).sendKeys("""
                Intermediate questions

                1. How do you plan %1$s rollouts?
                2. How would you test a %1$s migration before launch?
                Assess rehearsal and rollback thinking.
                3. Tell me about a time a %1$s launch went wrong.
                Why they ask: to see ownership of a %1$s launch.
                Related: 12 launch checklists you can download
                4. “Describe the %1$s readiness review you would run.”
                """.formatted(word));
        browser.click(By.id("import-preview"));
        browser.waitFor(By.id("import-text-4"));
        assertThat(browser.driver().findElement(By.id("import-warnings")).getText()).contains("(#1, #4)", "choose technical");
        browser.click(By.id("import-kind-4"));
        WebElement situational = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().equals("Situational scenario")).findFirst().orElse(null));
        browser.click(situational);
        browser.script("arguments[0].scrollIntoView({block: 'start'});", browser.driver().findElement(By.cssSelector("#import-grid")));
        screenshot("import-preview.png");

        assertThat(checked("import-include-1")).as("the bank already has question 1").isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("#import-grid .import-duplicate"))).singleElement()
                .satisfies(e -> assertThat(e.getText()).contains("Already in the bank"));
        assertThat(checked("import-include-2")).isTrue();
        assertThat(browser.driver().findElement(By.id("import-warnings")).getText()).contains("Ignored 1 line");
        browser.click(By.id("import-include-3"));
        assertThat(checked("import-include-3")).isFalse();

        WebElement roleInput = browser.waitFor(By.cssSelector("#import-role input"));
        roleInput.sendKeys(role.role().name());
        WebElement option = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().equals(role.role().name())).findFirst().orElse(null));
        browser.click(option);
        browser.click(By.id("import-confirm"));
        browser.waiting().withMessage(() -> "the page shows: " + browser.script(
                        "return Array.from(document.querySelectorAll('vaadin-notification-card')).map(e => e.innerText).join(' | ')"));

        browser.waitForText(By.id("import-result"), "Imported 2 questions into the bank for " + role.role().name() + ".");
        screenshot("import-result.png");
        List<QuestionView> imported = questions.page(new QuestionFilter(role.role().id(), null, null, null, word), 0, 10);
        assertThat(imported).extracting(v -> v.question().text()).containsExactlyInAnyOrder(
                "How would you test a " + word + " migration before launch?", "Describe the " + word + " readiness review you would run.");
        assertThat(imported).filteredOn(v -> v.question().text().startsWith("Describe")).singleElement()
                .satisfies(v -> assertThat(v.question().kind()).isEqualTo(QuestionKind.SITUATIONAL));
        assertThat(imported).allSatisfy(v -> {
            assertThat(v.question().level()).isEqualTo(QuestionLevel.INTERMEDIATE);
            // suggested from the text: which ones depends on the whole bank of the shared test database
            assertThat(v.competencyIds()).isNotEmpty();
        });
        assertThat(questions.count(new QuestionFilter(null, null, null, null, word + " launch went wrong"))).isZero();

        browser.go("/library/questions");
        browser.waitFor(By.cssSelector("#question-filter-text input")).sendKeys(word);
        browser.waiting().until(d -> d.findElements(By.cssSelector("#question-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("How would you test a " + word + " migration before launch?")));
        screenshot("import-bank.png");
    }

    @Test
    void an_uploaded_markdown_file_is_read_like_a_pasted_page() throws IOException {
        Path file = Files.createTempFile("questions", ".md");
        Files.writeString(file, """
                ## Technical questions

                How would you shard the %1$s ledger?
                Assess data modelling under growth.
                """.formatted(word));
        browser.forgetSession();
        browser.signIn(manager);
        browser.go("/library/questions/import");
        WebElement upload = browser.waitFor(By.id("import-upload"));
        WebElement input = (WebElement) browser.script("return arguments[0].querySelector('input[type=file]') "
                + "|| arguments[0].shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(file.toString());

        browser.waitFor(By.id("import-text-1"));
        assertThat(browser.driver().findElement(By.cssSelector("#import-text-1 textarea")).getAttribute("value"))
                .isEqualTo("How would you shard the " + word + " ledger?");
        assertThat(browser.driver().findElement(By.id("import-grid")).getText()).contains("Signal: Assess data modelling under growth.");
        Files.delete(file);
    }

    private boolean checked(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("checked") != null;
    }

    private void screenshot(String name) throws IOException {
        if (SCREENSHOTS != null) {
            Path to = Path.of(SCREENSHOTS, name);
            Files.createDirectories(to.getParent());
            Files.write(to, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        }
    }
}
