package dev.panel.notification;

import dev.panel.decision.DecisionService;
import dev.panel.decision.Outcome;
import dev.panel.loop.AssignPanel;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopService;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.testing.MailTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.MailParts;
import dev.panel.testing.MailServer;
import dev.panel.testing.Names;
import dev.panel.testing.TestClock;
import dev.panel.user.AccountLinkService;
import dev.panel.user.AccountService;
import dev.panel.user.Actor;
import dev.panel.user.MyAccountService;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of message against a real SMTP server: once, to the right people, with the right parts. */
@MicronautTest(startApplication = false, transactional = false)
class NotificationMailIT implements MailTest {

    private static final MailServer MAIL = new MailServer();
    private static final String EVIDENCE = "Sketched a sharded queue and named its failure modes";

    @Inject
    LoopFixture fixture;
    @Inject
    LoopService loops;
    @Inject
    LoopOpening opening;
    @Inject
    OutboxSender sender;
    @Inject
    NotificationSchedule schedule;
    @Inject
    NotificationPreferences preferences;
    @Inject
    NotificationRepository notifications;
    @Inject
    MyAccountService accounts;
    @Inject
    DecisionService decisions;
    @Inject
    AccountService people;
    @Inject
    AccountLinkService links;
    @Inject
    TestClock clock;
    @Inject
    dev.panel.privacy.CandidatePrivacy privacy;
    @Inject
    dev.panel.candidate.CandidateService candidates;

    @Override
    public Map<String, String> mailSettings() {
        return MAIL.properties();
    }

    @AfterAll
    void stopMail() {
        MAIL.stop();
    }

    @Test
    void a_panel_hears_of_its_interview_of_a_moved_time_and_of_being_taken_off() throws Exception {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
        User berlin = inZone(panel.get(0), "Europe/Berlin");
        User other = accounts.updateProfile(Actor.of(panel.get(1)), panel.get(1).displayName(), panel.get(1).email(),
                "America/New_York", "de-DE");
        // Europe moves its clocks on 31 March 2030: the invitation is in winter time, the moved interview in summer time
        Instant at = Instant.parse("2030-03-29T12:00:00Z");
        LoopView loop = fixture.open(List.of(new OpenLoop.Assignment(0, at, List.of(berlin.id(), other.id()))));
        long interviewId = loop.interviews().get(0).interview().id();
        sender.deliverDue();

        MailParts invitation = MailParts.of(only(berlin));
        assertThat(MAIL.to(other.email())).hasSize(1);
        assertThat(MailParts.of(MAIL.to(other.email()).get(0)).plain()).as("in the reader's zone, the date in their locale")
                .contains("Freitag, 29. März 2030, 08:00 (America/New_York)");
        assertThat(invitation.subject()).startsWith("Interview: ").contains("Architecture under a deadline");
        assertThat(invitation.plain()).contains("Friday, 29 March 2030, 13:00 (Europe/Berlin)").contains(MailServer.BASE_URL + "/interview/" + interviewId);
        assertThat(invitation.html()).contains("<a href=\"" + MailServer.BASE_URL + "/interview/" + interviewId + "\"");
        assertThat(invitation.leaves()).anyMatch(l -> "invite.ics".equals(l.fileName()));
        Calendar request = CalendarFilesTest.parse(invitation.calendar());
        assertThat(request.<Property>getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        String uid = CalendarFilesTest.property(request, "UID");
        assertThat(uid).isEqualTo("interview-" + interviewId + "-person-" + berlin.id() + "@panel.example.test");
        assertThat(CalendarFilesTest.property(request, "SEQUENCE")).isEqualTo("0");
        assertThat(CalendarFilesTest.property(request, "DTSTART")).isEqualTo("20300329T120000Z");

        Instant later = at.plus(Duration.ofDays(3));
        long version = loops.interview(Actor.of(berlin), interviewId).interview().version();
        opening.assign(recruiter(), interviewId, new AssignPanel(later, List.of(berlin.id(), other.id()), version), false);
        sender.deliverDue();

        List<jakarta.mail.internet.MimeMessage> toBerlin = MAIL.to(berlin.email());
        assertThat(toBerlin).hasSize(2);
        MailParts update = MailParts.of(toBerlin.get(1));
        assertThat(update.subject()).startsWith("Interview moved: ");
        assertThat(update.plain()).contains("now Monday, 1 April 2030, 14:00 (Europe/Berlin) (was Friday, 29 March 2030, 13:00 (Europe/Berlin))");
        Calendar moved = CalendarFilesTest.parse(update.calendar());
        assertThat(CalendarFilesTest.property(moved, "UID")).isEqualTo(uid);
        assertThat(CalendarFilesTest.property(moved, "SEQUENCE")).isEqualTo("1");
        assertThat(CalendarFilesTest.property(moved, "DTSTART")).isEqualTo("20300401T120000Z");
        assertThat(MAIL.to(other.email())).hasSize(2);

        version = loops.interview(Actor.of(berlin), interviewId).interview().version();
        opening.assign(recruiter(), interviewId, new AssignPanel(later, List.of(other.id()), version), false);
        sender.deliverDue();

        toBerlin = MAIL.to(berlin.email());
        assertThat(toBerlin).hasSize(3);
        MailParts cancellation = MailParts.of(toBerlin.get(2));
        assertThat(cancellation.subject()).startsWith("Interview cancelled: ");
        Calendar cancel = CalendarFilesTest.parse(cancellation.calendar());
        assertThat(cancel.<Property>getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(CalendarFilesTest.property(cancel, "UID")).isEqualTo(uid);
        assertThat(CalendarFilesTest.property(cancel, "SEQUENCE")).isEqualTo("2");
        assertThat(MAIL.to(other.email())).as("the one who stays hears nothing new").hasSize(2);
    }

    @Test
    void reminders_come_at_each_lead_time_once_and_not_to_those_who_scored_or_said_no() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.INTERVIEWER);
        User scores = panel.get(0);
        User declines = panel.get(1);
        User plain = panel.get(2);
        preferences.choose(Actor.of(declines), false, true);
        Instant at = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        LoopView loop = fixture.open(List.of(new OpenLoop.Assignment(0, at, panel.stream().map(User::id).toList())));
        long interviewId = loop.interviews().get(0).interview().id();
        sender.deliverDue();

        clock.advance(Duration.between(clock.instant(), at.minus(Duration.ofHours(24)).plusSeconds(60)));
        schedule.run();
        schedule.run();
        sender.deliverDue();

        assertThat(subjects(scores)).filteredOn(s -> s.startsWith("Reminder: ")).hasSize(1).allMatch(s -> s.endsWith("in 24 hours"));
        assertThat(subjects(plain)).filteredOn(s -> s.startsWith("Reminder: ")).hasSize(1);
        assertThat(subjects(declines)).noneMatch(s -> s.startsWith("Reminder: "));

        fixture.submitted(scores, interviewId, EVIDENCE);
        clock.advance(Duration.ofHours(23));
        schedule.run();
        sender.deliverDue();

        assertThat(subjects(plain)).filteredOn(s -> s.startsWith("Reminder: ")).hasSize(2).last().asString().endsWith("in an hour");
        assertThat(subjects(scores)).filteredOn(s -> s.startsWith("Reminder: ")).hasSize(1);
        assertThat(subjects(declines)).noneMatch(s -> s.startsWith("Reminder: "));
    }

    @Test
    void a_late_scorecard_is_nudged_once_and_the_hiring_manager_gets_one_digest_without_what_anyone_wrote() {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.HIRING_MANAGER);
        User done = panel.get(0);
        User late = renamed(panel.get(1), Names.unique("Lately"));
        User manager = inZone(panel.get(2), zoneInDaytime());
        Instant at = clock.instant().minus(Duration.ofDays(3));
        LoopView loop = fixture.open(List.of(new OpenLoop.Assignment(0, at, List.of(done.id(), late.id()))));
        fixture.submitted(done, loop.interviews().get(0).interview().id(), EVIDENCE);

        schedule.run();
        schedule.run();
        sender.deliverDue();

        assertThat(subjects(late)).filteredOn(s -> s.startsWith("Your scorecard is overdue")).hasSize(1);
        assertThat(subjects(done)).noneMatch(s -> s.startsWith("Your scorecard is overdue"));
        List<MailParts> digests = MAIL.to(manager.email()).stream().map(MailParts::of).filter(m -> m.subject().startsWith("Late scorecards")).toList();
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).plain()).contains(late.displayName()).doesNotContain(done.displayName());
        assertThat(digests.get(0).everything()).doesNotContain(EVIDENCE);
    }

    @Test
    void the_last_scorecard_in_tells_the_hiring_manager_and_the_decision_tells_the_recruiter() {
        List<User> staff = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER, Role.HIRING_MANAGER, Role.RECRUITER);
        LoopView loop = fixture.openWithFirstStage(staff.subList(0, 2));
        long interviewId = loop.interviews().get(0).interview().id();
        fixture.submitted(staff.get(0), interviewId, EVIDENCE);
        sender.deliverDue();
        assertThat(subjects(staff.get(2))).noneMatch(s -> s.startsWith("Ready for debrief"));

        fixture.submitted(staff.get(1), interviewId, EVIDENCE);
        sender.deliverDue();
        List<MailParts> ready = MAIL.to(staff.get(2).email()).stream().map(MailParts::of)
                .filter(m -> m.subject().startsWith("Ready for debrief")).toList();
        assertThat(ready).hasSize(1);
        assertThat(ready.get(0).plain()).contains("All 2 scorecards").contains("/loops/" + loop.loop().id() + "/debrief");
        assertThat(ready.get(0).everything()).doesNotContain(EVIDENCE).doesNotContain("Notes:");

        decisions.decide(Actor.of(staff.get(2)), loop.loop().id(), Outcome.HIRE, "Strong on design; the panel agreed on the evidence.");
        sender.deliverDue();
        List<MailParts> decided = MAIL.to(staff.get(3).email()).stream().map(MailParts::of)
                .filter(m -> m.subject().startsWith("Decision recorded")).toList();
        assertThat(decided).hasSize(1);
        assertThat(decided.get(0).subject()).endsWith("Hire");
        assertThat(decided.get(0).everything()).doesNotContain("the panel agreed");
    }

    @Test
    void an_invitation_link_goes_by_mail_and_its_secret_is_not_kept_once_sent() {
        Actor admin = Actor.of(fixture.people(Role.ADMIN).get(0));
        String name = Names.unique("invitee");
        User invitee = people.create(admin, new NewUser(name, "Ines Invitee", name + "@example.org", null, Set.of(Role.INTERVIEWER)));
        AccountLinkService.IssuedLink link = links.invite(admin, invitee.id());
        sender.deliverDue();

        MailParts mail = MailParts.of(only(invitee));
        assertThat(mail.subject()).isEqualTo("You are invited to Panel");
        assertThat(mail.plain()).contains(MailServer.BASE_URL + "/welcome/" + link.token());
        List<Notification> kept = notifications.findByRecipientIdOrderById(invitee.id());
        assertThat(kept).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.facts()).doesNotContainKey(Facts.TOKEN);
        });
    }

    @Test
    void while_the_mail_server_is_down_messages_wait_and_none_is_lost() {
        User interviewer = fixture.people(Role.INTERVIEWER).get(0);
        sender.deliverDue();
        MAIL.stop();
        try {
            fixture.open(List.of(new OpenLoop.Assignment(0, clock.instant().plus(Duration.ofDays(5)), List.of(interviewer.id()))));
            sender.deliverDue();
            Notification waiting = notifications.findByRecipientIdOrderById(interviewer.id()).get(0);
            assertThat(waiting.status()).isEqualTo(NotificationStatus.WAITING);
            assertThat(waiting.attempts()).as("at most the batch's first try counts an attempt").isLessThanOrEqualTo(1);
            assertThat(waiting.lastError()).isNotBlank();
            assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        } finally {
            MAIL.start();
        }
        sender.deliverDue();
        assertThat(MAIL.to(interviewer.email())).as("not yet due again").isEmpty();

        clock.advance(OutboxSender.FIRST_RETRY.plusSeconds(1));
        sender.deliverDue();
        assertThat(MAIL.to(interviewer.email())).hasSize(1);
        assertThat(notifications.findByRecipientIdOrderById(interviewer.id()).get(0).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void deleting_a_candidate_cancels_their_coming_interviews_without_naming_them_and_forgets_their_loops_news() {
        User interviewer = fixture.people(Role.INTERVIEWER).get(0);
        LoopView loop = fixture.open(List.of(new OpenLoop.Assignment(0, clock.instant().plus(Duration.ofDays(6)), List.of(interviewer.id()))));
        String name = candidates.get(loop.loop().candidateId()).name();
        sender.deliverDue();
        assertThat(MAIL.to(interviewer.email())).hasSize(1);

        privacy.delete(recruiter(), loop.loop().candidateId());
        sender.deliverDue();

        List<jakarta.mail.internet.MimeMessage> theirs = MAIL.to(interviewer.email());
        assertThat(theirs).hasSize(2);
        MailParts cancellation = MailParts.of(theirs.get(1));
        assertThat(cancellation.subject()).startsWith("Interview cancelled: Architecture under a deadline interview");
        assertThat(cancellation.calendar()).contains("METHOD:CANCEL");
        assertThat(cancellation.everything()).doesNotContain(name);
        assertThat(notifications.findByRecipientIdOrderById(interviewer.id())).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.PANEL_CANCELLATION))
                .satisfies(n -> assertThat(n.facts().values()).doesNotContain(name));
    }

    private static jakarta.mail.internet.MimeMessage only(User person) {
        List<jakarta.mail.internet.MimeMessage> theirs = MAIL.to(person.email());
        assertThat(theirs).hasSize(1);
        return theirs.get(0);
    }

    private List<String> subjects(User person) {
        return MAIL.to(person.email()).stream().map(m -> MailParts.of(m).subject()).toList();
    }

    private User inZone(User user, String zone) {
        return accounts.updateProfile(Actor.of(user), user.displayName(), user.email(), zone);
    }

    private User renamed(User user, String name) {
        return accounts.updateProfile(Actor.of(user), name, user.email(), null);
    }

    private static Actor recruiter() {
        return new Actor(0, "loop-fixture", Set.of(Role.RECRUITER));
    }

    /** A zone where it is now between 09:00 and 22:00, so that the digest (sent from 08:00 there) is due. */
    private String zoneInDaytime() {
        for (String zone : List.of("UTC", "Asia/Tokyo", "America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "America/New_York")) {
            int hour = clock.instant().atZone(java.time.ZoneId.of(zone)).getHour();
            if (hour >= 9 && hour < 22) {
                return zone;
            }
        }
        throw new IllegalStateException("no zone in daytime");
    }
}
