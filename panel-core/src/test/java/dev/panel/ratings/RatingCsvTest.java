package dev.panel.ratings;

import dev.panel.common.RowProblem;
import dev.panel.scorecard.Recommendation;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RatingCsvTest {

    private final List<ImportedRating> read = new ArrayList<>();

    private RatingCsv.Result read(String csv) {
        return RatingCsv.read(new StringReader(csv), read::add);
    }

    @Test
    void good_rows_are_read_with_a_default_scale_of_four_and_the_optional_columns_in_any_order() {
        RatingCsv.Result result = read("""
                Role,candidate,Interviewer,competency,rating,date,recommendation,scale,stage
                Technical Lead,Ada Park,Sam Reyes,Architecture,3,2024-03-31,Strong hire,,Deep dive
                ,Ben Ode,Sam Reyes,Delivery,5,2024-04-02T09:30:00Z,no,5,
                """);

        assertThat(result.badRows()).isZero();
        assertThat(result.ratings()).isEqualTo(2);
        assertThat(read).containsExactly(
                new ImportedRating(2, "Ada Park", "Sam Reyes", "Architecture", 3, 4, Instant.parse("2024-03-31T00:00:00Z"), "Deep dive",
                        "Technical Lead", Recommendation.STRONG_YES),
                new ImportedRating(3, "Ben Ode", "Sam Reyes", "Delivery", 5, 5, Instant.parse("2024-04-02T09:30:00Z"), null, null,
                        Recommendation.NO));
    }

    @Test
    void every_bad_row_is_named_by_its_row_in_the_file_with_every_reason_and_nothing_after_the_first_is_handed_on() {
        RatingCsv.Result result = read("""
                candidate,interviewer,competency,rating,scale,date,recommendation
                Ada Park,Sam Reyes,Architecture,3,,,
                Ben Ode,,Delivery,5,,,
                
                Cy Lam,Sam Reyes,Delivery,three,,31/03/2024,maybe
                Dee Fox,Sam Reyes,Delivery,2,,,
                Eli Moe,Sam Reyes,Delivery,2,11,,
                """);

        assertThat(result.ratings()).isEqualTo(2);
        assertThat(result.badRows()).isEqualTo(3);
        assertThat(result.problems()).extracting(RowProblem::row).containsExactly(3L, 5L, 7L);
        assertThat(result.problems().get(0).message()).isEqualTo("interviewer is empty; rating 5 is off the scale of 1 to 4.");
        assertThat(result.problems().get(1).message()).contains("rating 'three' is not a whole number", "date '31/03/2024' is not an ISO date",
                "recommendation 'maybe' is not one of");
        assertThat(result.problems().get(2).message()).contains("scale '11' is not a whole number from 2 to 10");
        assertThat(read).extracting(ImportedRating::candidate).containsExactly("Ada Park");
    }

    @Test
    void a_header_without_a_required_column_is_refused_on_row_one_naming_it() {
        RatingCsv.Result result = read("candidate,interviewer,rating\nAda,Sam,3\n");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.message()).startsWith("The header row lacks the required column competency;");
        });
        assertThat(read).isEmpty();
    }

    @Test
    void a_misspelt_optional_column_is_refused_rather_than_silently_ignored() {
        RatingCsv.Result result = read("candidate,interviewer,competency,rating,scales\nAda,Sam,Architecture,3,5\n");

        assertThat(result.problems()).singleElement().extracting(RowProblem::message).asString().startsWith("Unknown column 'scales';");
    }

    @Test
    void a_file_separated_by_semicolons_is_explained() {
        RatingCsv.Result result = read("candidate;interviewer;competency;rating\nAda;Sam;Architecture;3\n");

        assertThat(result.problems()).singleElement().extracting(RowProblem::message).asString().contains("semicolons");
    }

    @Test
    void a_byte_order_mark_and_whole_numbers_saved_as_decimals_are_accepted() {
        RatingCsv.Result result = read("\uFEFFcandidate,interviewer,competency,rating\nAda,Sam,Architecture,3.0\n");

        assertThat(result.badRows()).isZero();
        assertThat(read).singleElement().extracting(ImportedRating::rating).isEqualTo(3);
    }

    @Test
    void a_broken_quote_is_reported_at_the_row_where_the_file_stops_being_csv() {
        RatingCsv.Result result = read("candidate,interviewer,competency,rating\nAda,Sam,Architecture,3\n\"Ben\"x,Sam,Delivery,2\n");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).startsWith("The file is not valid CSV from here on");
        });
    }
}
