package dev.panel.question.ui;

import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.testing.Browser;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A hiring manager adds a question to the bank through the form and finds it again with the filters. */
@MicronautTest(transactional = false)
class QuestionBankBrowserIT implements DatabaseTest {

    @Inject
    LoopFixture fixture;
    @Inject
    QuestionService questions;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User manager;

    @BeforeAll
    void open() {
        manager = fixture.people(Role.HIRING_MANAGER).get(0);
    }

    @Test
    void a_hiring_manager_adds_a_question_and_finds_it_by_its_text() {
        browser.signIn(manager);
        browser.go("/library/questions");
        browser.waitFor(By.id("question-grid"));
        browser.click(By.id("new-question"));

        String marker = Names.unique("zebra");
        String text = "How would you split the " + marker + " monolith, and what would you leave alone?";
        browser.waitFor(By.cssSelector("#question-text textarea")).sendKeys(text);
        choose("#question-kind", "Technical / architecture");
        choose("#question-level", "Deep technical");
        WebElement competencies = browser.driver().findElement(By.cssSelector("#question-form vaadin-multi-select-combo-box input"));
        competencies.sendKeys("Architecture and technical");
        WebElement option = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith("Architecture and technical")).findFirst().orElse(null));
        browser.click(option);
        competencies.sendKeys(Keys.ESCAPE);
        browser.driver().findElement(By.cssSelector("#question-signal textarea")).sendKeys("Judgement about boundaries and migration cost.");
        WebElement minutes = browser.driver().findElement(By.cssSelector("#question-minutes input"));
        minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "15");
        browser.click(By.id("save-question"));

        browser.waiting().withMessage(() -> "the form shows: " + browser.script(
                        "return Array.from(document.querySelectorAll('#question-form [invalid], vaadin-notification-card'))"
                                + ".map(e => e.id + ':' + (e.errorMessage || e.innerText)).join(' | ')"))
                .until(d -> !questions.page(new QuestionFilter(null, null, null, null, marker), 0, 5).isEmpty());
        QuestionView saved = questions.page(new QuestionFilter(null, null, null, null, marker), 0, 5).get(0);
        assertThat(saved.question().text()).isEqualTo(text);
        assertThat(saved.question().kind()).isEqualTo(QuestionKind.TECHNICAL);
        assertThat(saved.question().minutes()).isEqualTo(15);
        assertThat(saved.competencyIds()).hasSize(1);

        browser.waitFor(By.cssSelector("#question-filter-text input")).sendKeys(marker);
        browser.waiting().until(d -> {
            List<WebElement> cells = d.findElements(By.cssSelector("#question-grid vaadin-grid-cell-content"));
            return cells.stream().anyMatch(c -> c.getText().contains(marker))
                    && cells.stream().noneMatch(c -> c.getText().startsWith("Tell me about"));
        });
    }

    private void choose(String select, String item) {
        browser.click(By.cssSelector(select));
        WebElement option = browser.waiting().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().equals(item)).findFirst().orElse(null));
        browser.click(option);
    }
}
