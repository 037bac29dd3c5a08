package dev.panel.app;

import dev.panel.loop.LoopView;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.PanelClient;
import dev.panel.testing.ScorecardCalls;
import dev.panel.testing.SignedIn;
import dev.panel.testing.StatementCounter;
import dev.panel.testing.TestDatabase;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Requests held to a budget of statements sent to the database, counted by the driver, so that a change that adds a
 * read to them, or a read per row, is noticed. An autosave is the request Panel serves most (every interviewer's page,
 * every few seconds): measured with bench/scoring.sh when it was cut from 13 statements to 6, the server's p99 under
 * 200 interviewers went from about 50 ms to under 20 ms.
 */
@MicronautTest(transactional = false)
class StatementBudgetIT implements DatabaseTest {

    /** The token check, then the transaction: begin, read the scorecard, write it, commit, end. */
    static final int AUTOSAVE_BUDGET = 6;

    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = DatabaseTest.super.getProperties();
        if (TestDatabase.isMySql()) {
            properties.put("datasources.default.data-source-properties.queryInterceptors", StatementCounter.class.getName());
        }
        return properties;
    }

    @Test
    void an_autosave_sends_the_database_at_most_six_statements() {
        assumeTrue(TestDatabase.isMySql(), "the statements are counted by MySQL Connector/J");
        SignedIn interviewer = users.people(Role.INTERVIEWER).get(0);
        LoopView loop = fixture.openWithFirstStage(List.of(interviewer.user()));
        ScorecardCalls calls = new ScorecardCalls(interviewer.client(), json);
        long questionId = loop.interviews().get(0).stage().questionIds().get(0);
        Scorecard card = calls.mine(loop.interviews().get(0).interview().id());
        card = save(calls, card, questionId, "First words."); // the first save stores the draft by its interview
        card = save(calls, card, questionId, "First words."); // the first save by its id may fill the caches of frozen stages and rubrics

        int saves = 10;
        long before = StatementCounter.sent();
        StringBuilder note = new StringBuilder("First words.");
        for (int i = 0; i < saves; i++) {
            note.append(" Then ").append(i).append('.');
            card = save(calls, card, questionId, note.toString());
        }
        long sent = StatementCounter.sent() - before;

        assertThat(card.notes()).containsExactly(new Note(questionId, note.toString()));
        assertThat(sent).as("statements sent for %d autosaves", saves).isPositive().isLessThanOrEqualTo((long) AUTOSAVE_BUDGET * saves);
    }

    @Test
    void the_list_of_loops_costs_the_same_statements_however_many_loops_there_are() {
        assumeTrue(TestDatabase.isMySql(), "the statements are counted by MySQL Connector/J");
        List<SignedIn> people = users.people(Role.RECRUITER, Role.INTERVIEWER);
        PanelClient recruiter = people.get(0).client();
        fixture.openWithFirstStage(List.of(people.get(1).user()));
        long fewer = statementsFor(() -> json.readList(recruiter.get("/api/loops"), 200, LoopView.class));
        int before = json.readList(recruiter.get("/api/loops"), 200, LoopView.class).size();

        List<Long> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(fixture.openWithFirstStage(List.of(people.get(1).user())).loop().id());
        }
        List<LoopView> listed = json.readList(recruiter.get("/api/loops"), 200, LoopView.class);
        long more = statementsFor(() -> json.readList(recruiter.get("/api/loops"), 200, LoopView.class));

        assertThat(listed).hasSize(before + 5);
        assertThat(listed).filteredOn(loop -> opened.contains(loop.loop().id())).hasSize(5).allSatisfy(loop -> {
            assertThat(loop.interviews()).extracting(interview -> interview.interview().stageIndex())
                    .containsExactlyElementsOf(IntStream.range(0, loop.loop().planSnapshot().stages().size()).boxed().toList());
            assertThat(loop.interviews().get(0).panelistIds()).containsExactly(people.get(1).id());
        });
        assertThat(more).as("statements to list %d loops, against %d for %d loops", before + 5, fewer, before)
                .isPositive().isEqualTo(fewer);
    }

    private static long statementsFor(Runnable request) {
        long before = StatementCounter.sent();
        request.run();
        return StatementCounter.sent() - before;
    }

    private Scorecard save(ScorecardCalls calls, Scorecard basedOn, long questionId, String text) {
        return json.read(calls.save(basedOn, new ScorecardContent(List.of(new Note(questionId, text)), basedOn.ratings(), null)), 200, Scorecard.class);
    }
}
