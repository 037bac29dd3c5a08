package dev.panel.common;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The one way Panel reads an uploaded file of rows (ratings, outcomes), with Commons CSV: a header row naming the
 * columns in any order, then one record a row. Rows are read one at a time: good ones go to the sink until the first
 * bad one; after that the rest are only checked, so that the answer can name every bad row while nothing of a bad
 * file is kept. A spreadsheet comes here as CSV too (reports' SheetAsCsv), row numbers kept.
 */
public final class CsvRows {

    /** The answer lists at most this many bad rows, and says how many there were in all. */
    public static final int LISTED_PROBLEMS = 1000;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    /** A column of a file kind (an enum), named in the header by its constant's name in lower case. */
    public interface Column {
        String name();

        boolean required();

        default String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Turns one row into what is stored, adding to {@code wrong} each thing wrong with it. */
    @FunctionalInterface
    public interface RowReader<C extends Enum<C> & Column, T> {
        T read(Row<C> row, List<String> wrong);
    }

    /** How a read went: good rows, bad rows, and what was wrong with the first {@link #LISTED_PROBLEMS} bad ones. */
    public record Result(long good, long badRows, List<RowProblem> problems) {

        /** The refusal of a file with bad rows, in words; the rows themselves go with it. */
        public InvalidInputException refusal() {
            String listed = badRows > problems.size() ? " The first " + problems.size() + " are listed." : "";
            return new InvalidInputException((badRows == 1 ? "1 row is" : badRows + " rows are") + " not valid, so nothing was imported. Correct "
                    + (badRows == 1 ? "it" : "them") + " and import the file again." + listed, problems);
        }
    }

    /** One record, its values found by column. */
    public static final class Row<C extends Enum<C> & Column> {
        private final CSVRecord record;
        private final Map<C, Integer> columns;

        private Row(CSVRecord record, Map<C, Integer> columns) {
            this.record = record;
            this.columns = columns;
        }

        /** The row's number as a spreadsheet shows it (the header is row 1). */
        public long number() {
            return record.getRecordNumber();
        }

        /** The value, stripped; "" when the column is absent or the cell empty. */
        public String value(C column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return "";
            }
            return record.get(index).strip();
        }

        /** The value as text of at most {@code limit} characters; null when empty, which is wrong for a required column. */
        public String text(C column, int limit, List<String> wrong) {
            String value = value(column);
            if (value.isEmpty()) {
                if (column.required()) {
                    wrong.add(column.label() + " is empty");
                }
                return null;
            }
            if (value.length() > limit) {
                wrong.add(column.label() + " is longer than " + limit + " characters");
            }
            return value;
        }
    }

    private CsvRows() {
    }

    public static <C extends Enum<C> & Column, T> Result read(Reader csv, Class<C> kind, RowReader<C, T> reader, Consumer<T> sink) {
        long lastRow = 0;
        long good = 0;
        long bad = 0;
        List<RowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new Result(0, 1, List.of(new RowProblem(1, "The file is empty; its first row names the columns: "
                        + columnList(kind) + ".")));
            }
            Map<C, Integer> columns;
            try {
                columns = header(records.next(), kind);
            } catch (HeaderProblem problem) {
                return new Result(0, 1, List.of(new RowProblem(1, problem.getMessage())));
            }
            int widest = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastRow = record.getRecordNumber();
                if (allBlankFrom(record, 0)) {
                    continue;
                }
                List<String> wrong = new ArrayList<>();
                if (record.size() > widest + 1 && !allBlankFrom(record, widest + 1)) {
                    wrong.add("it has " + record.size() + " values, but the header names " + (widest + 1) + " columns");
                }
                T row = reader.read(new Row<>(record, columns), wrong);
                if (wrong.isEmpty()) {
                    good++;
                    if (bad == 0) {
                        sink.accept(row);
                    }
                } else {
                    bad++;
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(new RowProblem(record.getRecordNumber(), String.join("; ", wrong) + "."));
                    }
                }
            }
            return new Result(good, bad, problems);
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a malformed quote as an IOException whose message names the line.
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            problems.add(new RowProblem(lastRow + 1, "The file is not valid CSV from here on (" + why
                    + "); a quote inside a quoted value is written twice (\"\")."));
            return new Result(good, bad + 1, problems);
        }
    }

    private static <C extends Enum<C> & Column> Map<C, Integer> header(CSVRecord header, Class<C> kind) {
        Map<C, Integer> columns = new EnumMap<>(kind);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            C column = EnumSet.allOf(kind).stream().filter(c -> c.label().equals(name)).findFirst().orElse(null);
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
            throw new HeaderProblem("Unknown column " + String.join(", ", unknown) + "; the columns are " + columnList(kind) + ".");
        }
        List<String> missing = EnumSet.allOf(kind).stream().filter(c -> c.required() && !columns.containsKey(c)).map(Column::label).toList();
        if (!missing.isEmpty()) {
            throw new HeaderProblem("The header row lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the columns are " + columnList(kind) + ".");
        }
        return columns;
    }

    private static boolean allBlankFrom(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static <C extends Enum<C> & Column> String columnList(Class<C> kind) {
        return EnumSet.allOf(kind).stream().map(c -> c.label() + (c.required() ? "" : " (optional)")).collect(Collectors.joining(", "));
    }

    private static final class HeaderProblem extends RuntimeException {
        HeaderProblem(String message) {
            super(message, null, false, false);
        }
    }
}
