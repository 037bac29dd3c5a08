package dev.panel.ratings;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.panel.common.RowProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any file given to the ratings import is either read or refused row by row, never with an exception; what is read
 * is a valid rating and reads back the same when written out again. In a plain {@code mvn test} Jazzer replays the
 * inputs under resources/dev/panel/ratings/RatingCsvFuzzTestInputs (seeds and every crash found so far);
 * {@code JAZZER_FUZZ=1} fuzzes for new ones (see the README).
 */
class RatingCsvFuzzTest {

    private static final String HEADER = "candidate,interviewer,competency,rating,scale,date,stage,role,recommendation";

    @FuzzTest(maxDuration = "5m")
    void any_file_is_read_or_refused_row_by_row_and_what_is_read_reads_back_the_same(@NotNull String file) {
        List<ImportedRating> handedOn = new ArrayList<>();

        RatingCsv.Result result = RatingCsv.read(new StringReader(file), handedOn::add);

        long records = file.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
        assertThat(result.badRows()).isGreaterThanOrEqualTo(result.problems().size());
        assertThat(result.problems().isEmpty()).as("a refusal names its rows").isEqualTo(result.badRows() == 0);
        assertThat(result.problems()).hasSizeLessThanOrEqualTo(RatingCsv.LISTED_PROBLEMS);
        for (RowProblem problem : result.problems()) {
            assertThat(problem.row()).as("a row of the file: %s", problem).isBetween(1L, records + 1);
            assertThat(problem.message()).isNotBlank().endsWith(".");
        }
        assertThat((long) handedOn.size()).isLessThanOrEqualTo(result.ratings());
        handedOn.forEach(RatingCsvFuzzTest::assertValid);
        if (result.badRows() == 0) {
            assertThat((long) handedOn.size()).isEqualTo(result.ratings());
            assertThat(readBack(handedOn)).as("accepted rows read back unchanged").isEqualTo(withoutRows(handedOn));
        }
    }

    private static void assertValid(ImportedRating rating) {
        assertThat(rating.sourceRow()).isGreaterThanOrEqualTo(2);
        for (String required : new String[] {rating.candidate(), rating.interviewer(), rating.competency()}) {
            assertThat(required).isNotBlank().hasSizeLessThanOrEqualTo(RatingCsv.TEXT_LIMIT).isEqualTo(required.strip());
        }
        assertThat(rating.scale()).isBetween(2, RatingValues.MAX_SCALE);
        assertThat(rating.rating()).isBetween(1, rating.scale());
    }

    /** The accepted ratings written as a fresh file in Panel's own column order, and read again. */
    private static List<ImportedRating> readBack(List<ImportedRating> ratings) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord((Object[]) HEADER.split(","));
            for (ImportedRating r : ratings) {
                csv.printRecord(r.candidate(), r.interviewer(), r.competency(), r.rating(), r.scale(),
                        r.ratedAt() == null ? "" : r.ratedAt().toString(), orEmpty(r.stage()), orEmpty(r.role()),
                        r.recommendation() == null ? "" : r.recommendation().label());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImportedRating> again = new ArrayList<>();
        RatingCsv.Result result = RatingCsv.read(new StringReader(out.toString()), again::add);
        assertThat(result.problems()).as("the file Panel wrote from accepted rows:\n%s", out).isEmpty();
        return withoutRows(again);
    }

    private static List<ImportedRating> withoutRows(List<ImportedRating> ratings) {
        return ratings.stream().map(r -> new ImportedRating(0, r.candidate(), r.interviewer(), r.competency(), r.rating(), r.scale(),
                r.ratedAt(), r.stage(), r.role(), r.recommendation())).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
