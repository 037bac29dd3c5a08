package dev.panel.outcome;

import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditLog;
import dev.panel.candidate.CandidateService;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.RowProblem;
import dev.panel.decision.Outcome;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.HireFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

@MicronautTest(startApplication = false, transactional = false)
class OutcomeImportIT implements DatabaseTest {

    @Inject
    OutcomeImportService imports;
    @Inject
    OutcomeService outcomes;
    @Inject
    HireFixture hires;
    @Inject
    LoopFixture fixture;
    @Inject
    CandidateService candidates;
    @Inject
    AuditLog audit;

    User interviewer;
    Actor manager;
    Actor recruiter;

    @BeforeAll
    void people() {
        List<User> people = fixture.people(Role.INTERVIEWER, Role.HIRING_MANAGER, Role.RECRUITER);
        interviewer = people.get(0);
        manager = Actor.of(people.get(1));
        recruiter = Actor.of(people.get(2));
    }

    private List<OutcomeView> of(LoopView hire) {
        return outcomes.of(recruiter, hire.loop().candidateId()).get(0).outcomes();
    }

    private static FrozenPlan.Focus focus(LoopView loop) {
        return loop.loop().planSnapshot().stages().get(0).focus().get(0);
    }

    @Test
    void a_good_file_stores_every_row_by_candidate_id_or_email_with_competencies_by_name_and_is_audit_logged() {
        LoopView first = hires.hired(interviewer, manager);
        LoopView second = hires.hired(interviewer, manager);
        String email = Names.unique("hire") + "@example.com";
        long byEmail = candidates.create(recruiter, "Emailed Hire", email).id();
        // The emailed candidate needs a hire of their own: a loop on them, scored and decided.
        LoopView third = hires.hiredCandidate(byEmail, interviewer, manager);
        String csv = "Candidate,Checkpoint,Competency,Rating,Still_Employed,Date\n"
                + first.loop().candidateId() + ",90-day review,,4,yes,2025-03-31\n"
                + first.loop().candidateId() + ",90-day review," + focus(first).name().toUpperCase() + ",2,,\n"
                + second.loop().candidateId() + ",1-year performance,,,no,\n"
                + email + ",90-Day Review,,5,1,\n";

        OutcomeImportService.Imported imported = imports.importCsv(recruiter, new StringReader(csv));

        assertThat(imported).isEqualTo(new OutcomeImportService.Imported(4, 3));
        assertThat(of(first)).extracting(OutcomeView::competency, OutcomeView::level, OutcomeView::stillEmployed)
                .containsExactly(tuple(null, 4, true), tuple(focus(first).name(), 2, null));
        assertThat(of(first).get(0).observedOn()).hasToString("2025-03-31");
        assertThat(of(second)).extracting(OutcomeView::checkpoint, OutcomeView::level, OutcomeView::stillEmployed)
                .containsExactly(tuple("1-year performance", null, false));
        assertThat(of(third)).extracting(OutcomeView::level).containsExactly(5);
        assertThat(audit.about("candidate:" + first.loop().candidateId())).extracting(AuditEvent::action)
                .filteredOn("outcome.recorded"::equals).hasSize(2);
        assertThat(audit.about("outcomes")).extracting(AuditEvent::detail).contains("4 outcomes of 3 candidates");
    }

    @Test
    void a_file_with_bad_rows_stores_nothing_and_names_every_bad_row_with_its_reasons() {
        LoopView hire = hires.hired(interviewer, manager);
        LoopView rejected = hires.decided(interviewer, manager, Outcome.NO_HIRE);
        long id = hire.loop().candidateId();
        String csv = "candidate,checkpoint,competency,rating,still_employed\n"
                + id + ",90-day review,,4,yes\n"
                + id + ",90-day review,,9,\n"
                + id + ",Annual review,,3,\n"
                + rejected.loop().candidateId() + ",90-day review,,3,\n"
                + id + ",1-year performance,Juggling,3,maybe\n"
                + "\n"
                + "Ada Park,90-day review,,,\n"
                + id + ",90-day review,,2,\n";

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () -> imports.importCsv(recruiter, new StringReader(csv)));

        assertThat(refusal.getMessage()).isEqualTo("6 rows are not valid, so nothing was imported. Correct them and import the file again.");
        assertThat(refusal.rows()).extracting(RowProblem::row).containsExactly(3L, 4L, 5L, 6L, 8L, 9L);
        List<String> messages = refusal.rows().stream().map(RowProblem::message).toList();
        assertThat(messages.get(0)).isEqualTo("the rating 9 is off the scale of \"90-day review\", which runs from 1 to 5.");
        assertThat(messages.get(1)).startsWith("checkpoint 'Annual review' is not one of 90-day review, 1-year performance");
        assertThat(messages.get(2)).contains("was not hired");
        assertThat(messages.get(3)).contains("still_employed 'maybe' is not yes or no", "competency 'Juggling' is not in the plan");
        assertThat(messages.get(4)).isEqualTo("candidate 'Ada Park' is neither a candidate's id nor an email address.");
        assertThat(messages.get(5)).isEqualTo("row 2 gives the same outcome (candidate, checkpoint and competency).");
        assertThat(of(hire)).as("the good first row was rolled back with the rest").isEmpty();
    }

    @Test
    void importing_an_outcome_again_changes_it() {
        LoopView hire = hires.hired(interviewer, manager);
        String header = "candidate,checkpoint,rating\n";
        imports.importCsv(manager, new StringReader(header + hire.loop().candidateId() + ",90-day review,2\n"));

        imports.importCsv(manager, new StringReader(header + hire.loop().candidateId() + ",90-day review,3\n"));

        assertThat(of(hire)).extracting(OutcomeView::level).containsExactly(3);
        assertThat(audit.about("candidate:" + hire.loop().candidateId())).extracting(AuditEvent::action).contains("outcome.changed");
    }

    @Test
    void a_header_without_the_checkpoint_column_and_a_file_without_rows_are_refused() {
        InvalidInputException noColumn = catchThrowableOfType(InvalidInputException.class,
                () -> imports.importCsv(recruiter, new StringReader("candidate,rating\n1,3\n")));
        assertThat(noColumn.rows()).singleElement().extracting(RowProblem::message).asString()
                .startsWith("The header row lacks the required column checkpoint;");

        assertThatThrownBy(() -> imports.importCsv(recruiter, new StringReader("candidate,checkpoint\n")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no outcomes under it");
    }

    @Test
    void interviewers_may_not_import_outcomes() {
        assertThatThrownBy(() -> imports.importCsv(Actor.of(interviewer), new StringReader("candidate,checkpoint\n")))
                .isInstanceOf(ForbiddenException.class);
    }
}
