package dev.panel.ratings;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.RowProblem;
import dev.panel.scorecard.Recommendation;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(startApplication = false, transactional = false)
class RatingImportIT implements DatabaseTest {

    private static final String GOOD = """
            candidate,interviewer,competency,rating,scale,date,stage,role,recommendation
            Ada Park,Sam Reyes,Architecture,3,,2024-03-01,Deep dive,Technical Lead,hire
            Ada Park,Lee Chan,Architecture,4,,2024-03-02,Deep dive,Technical Lead,strong hire
            Ben Ode,Sam Reyes,Delivery,2,5,2024-05-10,People,Head of Engineering,no hire
            """;

    @Inject
    RatingImportService imports;
    @Inject
    RatingService ratings;
    @Inject
    LoopFixture fixture;
    @Inject
    AuditLog audit;

    Actor manager;

    @BeforeAll
    void people() {
        manager = Actor.of(fixture.people(Role.HIRING_MANAGER).get(0));
    }

    private List<RatingRow> read(RatingFilter filter) {
        List<RatingRow> rows = new ArrayList<>();
        ratings.each(manager, filter, rows::add);
        return rows;
    }

    @Test
    void an_imported_dataset_is_read_back_in_file_order_with_every_column_and_is_in_the_audit_log() {
        String name = Names.unique("Greenhouse 2024");

        RatingDataset dataset = imports.importCsv(manager, name, new StringReader(GOOD));

        assertThat(dataset.ratingCount()).isEqualTo(3);
        List<RatingRow> rows = read(RatingFilter.dataset(name));
        assertThat(rows).containsExactly(
                new RatingRow(name + ":Ada Park", "Ada Park", null, "Technical Lead", "Deep dive", name + ":Sam Reyes", "Sam Reyes",
                        "Architecture", null, 3, 4, Recommendation.YES, null, Instant.parse("2024-03-01T00:00:00Z")),
                new RatingRow(name + ":Ada Park", "Ada Park", null, "Technical Lead", "Deep dive", name + ":Lee Chan", "Lee Chan",
                        "Architecture", null, 4, 4, Recommendation.STRONG_YES, null, Instant.parse("2024-03-02T00:00:00Z")),
                new RatingRow(name + ":Ben Ode", "Ben Ode", null, "Head of Engineering", "People", name + ":Sam Reyes", "Sam Reyes",
                        "Delivery", null, 2, 5, Recommendation.NO, null, Instant.parse("2024-05-10T00:00:00Z")));
        assertThat(audit.about("dataset:" + dataset.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ratings.imported");
            assertThat(e.actor()).isEqualTo(manager.username());
            assertThat(e.detail()).contains("3 ratings");
        });
        assertThat(ratings.datasets(manager)).extracting(RatingDataset::name).contains(name);
    }

    @Test
    void a_dataset_is_filtered_by_dates() {
        String name = Names.unique("Lever export");
        imports.importCsv(manager, name, new StringReader(GOOD));

        List<RatingRow> march = read(new RatingFilter(null, null, null, LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-31"), name));

        assertThat(march).extracting(RatingRow::interviewer).containsExactly("Lee Chan");
    }

    @Test
    void a_file_with_a_bad_row_imports_nothing_and_names_every_bad_row() {
        String name = Names.unique("Bad file");
        String csv = GOOD + "Cy Lam,Sam Reyes,Architecture,7,,,,,\nDee Fox,,Architecture,2,,,,,\n";

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> imports.importCsv(manager, name, new StringReader(csv)));

        assertThat(refusal.getMessage()).startsWith("2 rows are not valid, so nothing was imported.");
        assertThat(refusal.rows()).containsExactly(
                new RowProblem(5, "rating 7 is off the scale of 1 to 4."),
                new RowProblem(6, "interviewer is empty."));
        assertThatThrownBy(() -> read(RatingFilter.dataset(name))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_second_dataset_of_the_same_name_is_a_conflict_that_names_the_first() {
        String name = Names.unique("Twice");
        imports.importCsv(manager, name, new StringReader(GOOD));

        assertThatThrownBy(() -> imports.importCsv(manager, name, new StringReader(GOOD)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("A dataset named \"" + name + "\" was imported by " + manager.username());
        assertThat(read(RatingFilter.dataset(name))).hasSize(3);
    }

    @Test
    void interviewers_may_not_import() {
        Actor interviewer = Actor.of(fixture.people(Role.INTERVIEWER).get(0));

        assertThatThrownBy(() -> imports.importCsv(interviewer, Names.unique("Nope"), new StringReader(GOOD)))
                .isInstanceOf(ForbiddenException.class);
    }

    /** More rows than one JDBC batch and one read page, so that both cross their boundaries. */
    @Test
    void a_large_file_is_stored_in_batches_and_read_back_whole_in_order() {
        String name = Names.unique("Large");
        int count = DatasetRatings.BATCH * 2 + DatasetRatings.PAGE + 7;
        StringBuilder csv = new StringBuilder("candidate,interviewer,competency,rating\n");
        for (int i = 0; i < count; i++) {
            csv.append("Candidate ").append(i / 8).append(",Interviewer ").append(i % 13).append(",Competency ").append(i % 8)
                    .append(',').append(1 + i % 4).append('\n');
        }

        assertThat(imports.importCsv(manager, name, new StringReader(csv.toString())).ratingCount()).isEqualTo(count);

        List<RatingRow> rows = read(RatingFilter.dataset(name));
        assertThat(rows).hasSize(count);
        assertThat(rows.get(count - 1).candidate()).isEqualTo("Candidate " + (count - 1) / 8);
        assertThat(rows.get(count - 1).value()).isEqualTo(1 + (count - 1) % 4);
    }
}
