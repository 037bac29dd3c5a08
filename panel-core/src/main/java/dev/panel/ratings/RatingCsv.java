package dev.panel.ratings;

import dev.panel.common.CsvRows;
import dev.panel.common.RowProblem;
import dev.panel.scorecard.Recommendation;

import java.io.Reader;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads historical ratings in long format (one rating a row, a header row naming the columns) through
 * {@link CsvRows}, which names every bad row and hands on nothing after the first.
 */
final class RatingCsv {

    static final int TEXT_LIMIT = 200;
    /** The answer lists at most this many bad rows, and says how many there were in all. */
    static final int LISTED_PROBLEMS = CsvRows.LISTED_PROBLEMS;

    enum Column implements CsvRows.Column {
        CANDIDATE(true), INTERVIEWER(true), COMPETENCY(true), RATING(true), SCALE(false), DATE(false), STAGE(false), ROLE(false),
        RECOMMENDATION(false);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        @Override
        public boolean required() {
            return required;
        }
    }

    /** How a read went: good rows, bad rows, and what was wrong with the first {@link #LISTED_PROBLEMS} bad ones. */
    record Result(long ratings, long badRows, List<RowProblem> problems) {
    }

    private RatingCsv() {
    }

    static Result read(Reader csv, Consumer<ImportedRating> sink) {
        CsvRows.Result result = CsvRows.read(csv, Column.class, RatingCsv::rating, sink);
        return new Result(result.good(), result.badRows(), result.problems());
    }

    private static ImportedRating rating(CsvRows.Row<Column> row, List<String> wrong) {
        String candidate = row.text(Column.CANDIDATE, TEXT_LIMIT, wrong);
        String interviewer = row.text(Column.INTERVIEWER, TEXT_LIMIT, wrong);
        String competency = row.text(Column.COMPETENCY, TEXT_LIMIT, wrong);
        int scale = RatingValues.scale(row.value(Column.SCALE), wrong);
        int rating = RatingValues.rating(row.value(Column.RATING), scale, wrong);
        Instant date = RatingValues.date(row.value(Column.DATE), wrong);
        String stage = row.text(Column.STAGE, TEXT_LIMIT, wrong);
        String role = row.text(Column.ROLE, TEXT_LIMIT, wrong);
        Recommendation recommendation = RatingValues.recommendation(row.value(Column.RECOMMENDATION), wrong);
        return new ImportedRating(row.number(), candidate, interviewer, competency, rating, scale, date, stage, role, recommendation);
    }
}
