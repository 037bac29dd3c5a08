package dev.panel.outcome;

import dev.panel.common.CsvRows;
import dev.panel.ratings.RatingValues;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** The columns of an outcome import and the values of a row as written, before they are matched to hires and checkpoints. */
final class OutcomeCsv {

    static final int TEXT_LIMIT = 320;

    enum Column implements CsvRows.Column {
        CANDIDATE(true), CHECKPOINT(true), COMPETENCY(false), RATING(false), STILL_EMPLOYED(false), DATE(false);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        @Override
        public boolean required() {
            return required;
        }
    }

    /** One row as written: the candidate (an id or an email address), the checkpoint and competency by name. */
    record Written(long row, String candidate, String checkpoint, @Nullable String competency, OutcomeValues values) {
    }

    private OutcomeCsv() {
    }

    static Written written(CsvRows.Row<Column> row, List<String> wrong) {
        String candidate = row.text(Column.CANDIDATE, TEXT_LIMIT, wrong);
        String checkpoint = row.text(Column.CHECKPOINT, Checkpoint.NAME_LIMIT, wrong);
        String competency = row.text(Column.COMPETENCY, TEXT_LIMIT, wrong);
        Integer level = level(row.value(Column.RATING), wrong);
        Boolean employed = stillEmployed(row.value(Column.STILL_EMPLOYED), wrong);
        var date = RatingValues.date(row.value(Column.DATE), wrong);
        LocalDate day = date == null ? null : LocalDate.ofInstant(date, ZoneOffset.UTC);
        return new Written(row.number(), candidate, checkpoint, competency, new OutcomeValues(level, employed, day));
    }

    @Nullable
    private static Integer level(String value, List<String> wrong) {
        if (value.isEmpty()) {
            return null;
        }
        Integer level = RatingValues.wholeNumber(value);
        if (level == null) {
            wrong.add("rating '" + value + "' is not a whole number");
        }
        return level;
    }

    @Nullable
    private static Boolean stillEmployed(String value, List<String> wrong) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> {
                wrong.add("still_employed '" + value + "' is not yes or no");
                yield null;
            }
        };
    }
}
