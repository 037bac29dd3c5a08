package dev.panel.ratings;

import dev.panel.common.RowProblem;
import dev.panel.scorecard.Recommendation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads historical ratings in long format (one rating a row, a header row naming the columns) with Commons CSV.
 * Rows are read one at a time: good ones go to the sink until the first bad one; after that the rest are only
 * checked, so that the answer can name every bad row while nothing of a bad file is kept.
 */
final class RatingCsv {

    static final int TEXT_LIMIT = 200;
    /** The answer lists at most this many bad rows, and says how many there were in all. */
    static final int LISTED_PROBLEMS = 1000;

    enum Column {
        CANDIDATE(true), INTERVIEWER(true), COMPETENCY(true), RATING(true), SCALE(false), DATE(false), STAGE(false), ROLE(false),
        RECOMMENDATION(false);

        final boolean required;

        Column(boolean required) {
            this.required = required;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a read went: good rows, bad rows, and what was wrong with the first {@link #LISTED_PROBLEMS} bad ones. */
    record Result(long ratings, long badRows, List<RowProblem> problems) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private RatingCsv() {
    }

    static Result read(Reader csv, Consumer<ImportedRating> sink) {
        long lastRow = 0;
        long ratings = 0;
        long bad = 0;
        List<RowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new Result(0, 1, List.of(new RowProblem(1, "The file is empty; its first row names the columns: "
                        + columnList() + ".")));
            }
            Map<Column, Integer> columns;
            try {
                columns = header(records.next());
            } catch (HeaderProblem problem) {
                return new Result(0, 1, List.of(new RowProblem(1, problem.getMessage())));
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRow = record.getRecordNumber();
                if (isBlank(record)) {
                    continue;
                }
                List<String> wrong = new ArrayList<>();
                ImportedRating rating = rating(record, columns, wrong);
                if (wrong.isEmpty()) {
                    ratings++;
                    if (bad == 0) {
                        sink.accept(rating);
                    }
                } else {
                    bad++;
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(new RowProblem(record.getRecordNumber(), String.join("; ", wrong) + "."));
                    }
                }
            }
            return new Result(ratings, bad, problems);
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a malformed quote as an IOException whose message names the line.
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(new RowProblem(lastRow + 1, "The file is not valid CSV from here on (" + why
                    + "); a quote inside a quoted value is written twice (\"\")."));
            return new Result(ratings, bad + 1, problems);
        }
    }

    private static Map<Column, Integer> header(CSVRecord header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Column column = Arrays.stream(Column.values()).filter(c -> c.label().equals(name)).findFirst().orElse(null);
            if (column == null) {
                unknown.add("'" + header.get(i).strip() + "'");
            } else if (columns.put(column, i) != null) {
                throw new HeaderProblem("The column '" + name + "' appears twice in the header row.");
            }
        }
        if (header.size() == 1 && header.get(0).contains(";")) {
            throw new HeaderProblem("The header row has a single column; Panel reads comma-separated files, and this one "
                    + "seems to use semicolons. Save it as CSV with commas.");
        }
        if (!unknown.isEmpty()) {
            throw new HeaderProblem("Unknown column " + String.join(", ", unknown) + "; the columns are " + columnList() + ".");
        }
        List<String> missing = Arrays.stream(Column.values()).filter(c -> c.required && !columns.containsKey(c)).map(Column::label).toList();
        if (!missing.isEmpty()) {
            throw new HeaderProblem("The header row lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the columns are " + columnList() + ".");
        }
        return columns;
    }

    private static ImportedRating rating(CSVRecord record, Map<Column, Integer> columns, List<String> wrong) {
        int widest = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (record.size() > widest + 1 && !allBlankFrom(record, widest + 1)) {
            wrong.add("it has " + record.size() + " values, but the header names " + (widest + 1) + " columns");
        }
        String candidate = text(record, columns, Column.CANDIDATE, wrong);
        String interviewer = text(record, columns, Column.INTERVIEWER, wrong);
        String competency = text(record, columns, Column.COMPETENCY, wrong);
        int scale = RatingValues.scale(value(record, columns, Column.SCALE), wrong);
        int rating = RatingValues.rating(value(record, columns, Column.RATING), scale, wrong);
        Instant date = RatingValues.date(value(record, columns, Column.DATE), wrong);
        String stage = text(record, columns, Column.STAGE, wrong);
        String role = text(record, columns, Column.ROLE, wrong);
        Recommendation recommendation = RatingValues.recommendation(value(record, columns, Column.RECOMMENDATION), wrong);
        return new ImportedRating(record.getRecordNumber(), candidate, interviewer, competency, rating, scale, date, stage, role,
                recommendation);
    }

    private static String value(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        return record.get(index).strip();
    }

    private static String text(CSVRecord record, Map<Column, Integer> columns, Column column, List<String> wrong) {
        String value = value(record, columns, column);
        if (value.isEmpty()) {
            if (column.required) {
                wrong.add(column.label() + " is empty");
            }
            return null;
        }
        if (value.length() > TEXT_LIMIT) {
            wrong.add(column.label() + " is longer than " + TEXT_LIMIT + " characters");
        }
        return value;
    }

    private static boolean isBlank(CSVRecord record) {
        return allBlankFrom(record, 0);
    }

    private static boolean allBlankFrom(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String columnList() {
        return Arrays.stream(Column.values()).map(c -> c.label() + (c.required ? "" : " (optional)")).collect(Collectors.joining(", "));
    }

    private static final class HeaderProblem extends RuntimeException {
        HeaderProblem(String message) {
            super(message, null, false, false);
        }
    }
}
