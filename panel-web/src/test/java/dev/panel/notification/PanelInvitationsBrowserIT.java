package dev.panel.notification;

import dev.panel.testing.Browser;
import dev.panel.testing.MailTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.MailParts;
import dev.panel.testing.MailServer;
import dev.panel.testing.Names;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hiring manager opens a loop with two interviewers in headless Chromium, then moves its time, then takes one of them
 * off; a real SMTP server receives the invitation, the update and the cancellation, each once, as calendar programs
 * expect them (one UID per interview and person, a rising SEQUENCE, METHOD REQUEST then CANCEL).
 */
@MicronautTest(transactional = false)
class PanelInvitationsBrowserIT implements MailTest {

    private static final MailServer MAIL = new MailServer();

    @Inject
    LoopFixture fixture;
    @Inject
    UserService users;
    @Inject
    OutboxSender sender;

    @RegisterExtension
    static final Browser browser = Browser.extension();
    User manager;
    User ada;
    User bo;

    @Override
    public Map<String, String> mailSettings() {
        return MAIL.properties();
    }

    @BeforeAll
    void open() {
        manager = fixture.people(Role.HIRING_MANAGER).get(0);
        List<User> interviewers = users.createAll(List.of(
                new NewUser(Names.unique("ada"), Names.unique("Ada Invited"), LoopFixture.PASSWORD, Set.of(Role.INTERVIEWER)),
                new NewUser(Names.unique("bo"), Names.unique("Bo Invited"), LoopFixture.PASSWORD, Set.of(Role.INTERVIEWER))));
        ada = interviewers.get(0);
        bo = interviewers.get(1);
        browser.signIn(manager);
    }

    @AfterAll
    void stopMail() {
        MAIL.stop();
    }

    @Test
    void the_panel_is_invited_told_of_the_new_time_and_the_one_taken_off_gets_a_cancellation() throws Exception {
        browser.go("/loops/new");
        browser.waitForText(By.id("open-loop-heading"), "Open a loop");
        browser.click(By.id("new-candidate"));
        String candidate = Names.unique("Cleo Candidate");
        browser.waitFor(By.cssSelector("#new-candidate-name input")).sendKeys(candidate);
        browser.click(By.id("add-candidate"));
        browser.waiting().until(d -> String.valueOf(browser.script("return document.querySelector('#loop-candidate input').value")).startsWith(candidate));
        String plan = fixture.technicalLeadPlan().name();
        browser.driver().findElement(By.cssSelector("#loop-plan input")).sendKeys(plan);
        browser.click(option("vaadin-combo-box-item", "Technical Lead · " + plan));
        browser.waitFor(By.cssSelector(".loop-stage"));

        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(20);
        WebElement stage = browser.driver().findElements(By.cssSelector(".loop-stage")).get(0);
        pickTime(stage, day + "T10:00:00");
        WebElement panel = stage.findElement(By.cssSelector(".interview-panel input"));
        for (User person : List.of(ada, bo)) {
            panel.sendKeys(Keys.chord(Keys.CONTROL, "a"), person.displayName());
            browser.click(option("vaadin-multi-select-combo-box-item", person.displayName()));
        }
        panel.sendKeys(Keys.ESCAPE);
        browser.click(By.id("open-loop"));
        browser.waiting().until(d -> d.findElements(By.id("loop-heading")).stream().anyMatch(e -> e.getText().equals(candidate)));
        browser.screenshot("invitations-loop-opened");
        sender.deliverDue();

        for (User person : List.of(ada, bo)) {
            assertThat(MAIL.to(person.email())).as(person.displayName()).hasSize(1);
            MailParts invitation = MailParts.of(MAIL.to(person.email()).get(0));
            assertThat(invitation.subject()).startsWith("Interview: " + candidate);
            assertThat(invitation.calendar()).contains("METHOD:REQUEST").contains("SEQUENCE:0")
                    .contains("DTSTART:" + day.toString().replace("-", "") + "T100000Z");
        }
        String adaUid = uid(MailParts.of(MAIL.to(ada.email()).get(0)).calendar());

        browser.click(browser.driver().findElements(By.cssSelector(".loop-interview")).get(0).findElement(By.cssSelector(".change-panel")));
        WebElement editing = browser.waitFor(By.cssSelector(".loop-interview[data-stage='0'] .interview-time"));
        pickTime(editing.findElement(By.xpath("./ancestor::*[contains(@class,'loop-interview')]")), day + "T15:30:00");
        browser.click(By.cssSelector(".loop-interview[data-stage='0'] .save-panel"));
        browser.waiting().until(d -> d.findElements(By.cssSelector(".loop-interview[data-stage='0'] .save-panel")).isEmpty());
        sender.deliverDue();

        for (User person : List.of(ada, bo)) {
            assertThat(MAIL.to(person.email())).as(person.displayName()).hasSize(2);
            MailParts update = MailParts.of(MAIL.to(person.email()).get(1));
            assertThat(update.subject()).startsWith("Interview moved: " + candidate);
            assertThat(update.calendar()).contains("METHOD:REQUEST").contains("SEQUENCE:1").contains("T153000Z");
        }
        assertThat(uid(MailParts.of(MAIL.to(ada.email()).get(1)).calendar())).isEqualTo(adaUid);

        browser.click(browser.driver().findElements(By.cssSelector(".loop-interview")).get(0).findElement(By.cssSelector(".change-panel")));
        WebElement again = browser.waitFor(By.cssSelector(".loop-interview[data-stage='0'] .interview-panel input"));
        again.sendKeys(ada.displayName());
        browser.click(option("vaadin-multi-select-combo-box-item", ada.displayName()));
        again.sendKeys(Keys.ESCAPE);
        browser.click(By.cssSelector(".loop-interview[data-stage='0'] .save-panel"));
        browser.waiting().until(d -> d.findElements(By.cssSelector(".loop-interview[data-stage='0'] .save-panel")).isEmpty());
        browser.screenshot("invitations-one-taken-off");
        sender.deliverDue();

        assertThat(MAIL.to(ada.email())).hasSize(3);
        MailParts cancellation = MailParts.of(MAIL.to(ada.email()).get(2));
        assertThat(cancellation.subject()).startsWith("Interview cancelled: " + candidate);
        assertThat(cancellation.calendar()).contains("METHOD:CANCEL").contains("SEQUENCE:2").contains("STATUS:CANCELLED");
        assertThat(uid(cancellation.calendar())).isEqualTo(adaUid);
        assertThat(MAIL.to(bo.email())).as("the one who stays hears nothing new").hasSize(2);
    }

    /** Sets a date-time picker's value as the component holds it (ISO), whatever the reader's date format. */
    private void pickTime(WebElement around, String isoLocal) {
        WebElement picker = around.findElement(By.cssSelector("vaadin-date-time-picker.interview-time"));
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                picker, isoLocal);
        browser.waiting().until(d -> isoLocal.startsWith(String.valueOf(browser.script("return arguments[0].value", picker))));
    }

    private static String uid(String calendar) {
        Matcher uid = Pattern.compile("UID:(\\S+)").matcher(calendar);
        assertThat(uid.find()).isTrue();
        return uid.group(1);
    }

    private WebElement option(String tag, String startingWith) {
        return browser.waiting().until(d -> d.findElements(By.cssSelector(tag)).stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith(startingWith)).findFirst().orElse(null));
    }
}
