package dev.panel.plan.ui;

import dev.panel.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/** The plan builder as a person uses it in the browser: fill a stage's fields, pick focus and questions, read the gate. */
final class BuilderPage {

    private final Browser browser;

    BuilderPage(Browser browser) {
        this.browser = browser;
    }

    WebElement stage(int index) {
        return browser.waiting().until(d -> {
            List<WebElement> stages = d.findElements(By.cssSelector("#stage-list .stage-editor"));
            return stages.size() > index ? stages.get(index) : null;
        });
    }

    int stageCount() {
        return browser.driver().findElements(By.cssSelector("#stage-list .stage-editor")).size();
    }

    void type(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input"));
        browser.click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    void name(int stage, String name) {
        type(stage(stage).findElement(By.cssSelector(".stage-name")), name);
    }

    void minutes(int stage, int minutes) {
        type(stage(stage).findElement(By.cssSelector(".stage-minutes")), String.valueOf(minutes));
    }

    void interviewers(int stage, int count) {
        type(stage(stage).findElement(By.cssSelector(".stage-interviewers")), String.valueOf(count));
    }

    String stageName(int stage) {
        return stage(stage).findElement(By.cssSelector(".stage-name input")).getAttribute("value");
    }

    /** Adds a focus competency by typing its name and picking it from the list. */
    void focus(int stage, String competency) {
        WebElement input = stage(stage).findElement(By.cssSelector(".stage-focus input"));
        browser.click(input);
        input.sendKeys(competency);
        pick("vaadin-multi-select-combo-box-item", competency);
        input.sendKeys(Keys.ESCAPE);
    }

    /** Adds a question from the stage's picker, found by a piece of its text. */
    void question(int stage, String text) {
        WebElement input = stage(stage).findElement(By.cssSelector(".question-picker input"));
        browser.click(input);
        input.sendKeys(text);
        pick("vaadin-combo-box-item", text);
        browser.waiting().until(d -> stage(stage).findElements(By.cssSelector(".stage-question")).stream()
                .anyMatch(q -> q.getText().contains(text)));
    }

    private void pick(String itemTag, String text) {
        WebElement item = browser.waiting().until(d -> d.findElements(By.cssSelector(itemTag)).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
        browser.click(item);
    }

    String budget(int stage) {
        return stage(stage).findElement(By.cssSelector(".stage-budget")).getText();
    }

    List<String> problems() {
        return browser.driver().findElements(By.cssSelector("#gate-problems li")).stream().map(WebElement::getText).toList();
    }

    boolean publishEnabled() {
        return browser.driver().findElement(By.id("publish-plan")).getAttribute("disabled") == null;
    }

    void waitForProblem(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage(() -> "gate problems: " + problems())
                .until(d -> problems().stream().anyMatch(p -> p.contains(text)));
    }

    /** A 1280x800 picture of the page as it is now, in target/screenshots, for a person to look at. */
    void screenshot(String name) {
        // The window's size includes the browser's frame: grow it until the page itself is 1280x800.
        long frameWidth = (Long) browser.script("return window.outerWidth - window.innerWidth;");
        long frameHeight = (Long) browser.script("return window.outerHeight - window.innerHeight;");
        browser.driver().manage().window().setSize(new Dimension(1280 + (int) frameWidth, 800 + (int) frameHeight));
        Path target = Path.of("target", "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
