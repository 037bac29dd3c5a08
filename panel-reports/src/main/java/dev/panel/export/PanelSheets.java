package dev.panel.export;

import dev.panel.ratings.RatingRow;
import dev.panel.xlsx.Column;
import dev.panel.xlsx.StreamedSheet;
import dev.panel.xlsx.XlsxWorkbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sheet per candidate: competencies down, the panel across (an interviewer on two stages gets a column for
 * each), the ratings in between with a colour scale, and each competency's mean and spread, so that disagreement
 * stands out. Rows arrive ordered by candidate, so only the current candidate's ratings are held.
 */
final class PanelSheets {

    private final XlsxWorkbook workbook;
    private final List<RatingRow> current = new ArrayList<>();

    PanelSheets(XlsxWorkbook workbook) {
        this.workbook = workbook;
    }

    void add(RatingRow row) {
        if (!current.isEmpty() && !current.get(0).candidateKey().equals(row.candidateKey())) {
            writeCandidate();
        }
        current.add(row);
    }

    void finish() {
        if (!current.isEmpty()) {
            writeCandidate();
        }
    }

    private void writeCandidate() {
        Set<String> interviewerStages = new LinkedHashSet<>();
        Map<String, Set<String>> stagesOf = new LinkedHashMap<>();
        for (RatingRow row : current) {
            interviewerStages.add(seat(row));
            stagesOf.computeIfAbsent(row.interviewerKey(), k -> new LinkedHashSet<>()).add(String.valueOf(row.stage()));
        }
        List<String> seats = List.copyOf(interviewerStages);
        Map<String, Map<String, Integer>> byCompetency = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (RatingRow row : current) {
            byCompetency.computeIfAbsent(row.competency(), k -> new LinkedHashMap<>()).put(seat(row), row.value());
            titles.putIfAbsent(seat(row), stagesOf.get(row.interviewerKey()).size() > 1
                    ? row.interviewer() + " (" + row.stage() + ")" : row.interviewer());
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Competency"));
        seats.forEach(seat -> columns.add(Column.number(titles.get(seat))));
        columns.add(Column.decimal("Mean"));
        columns.add(Column.number("Spread"));
        try (StreamedSheet sheet = workbook.streamedSheet(current.get(0).candidate(), columns, 1).colourScale(1, seats.size())) {
            byCompetency.forEach((competency, ratings) -> sheet.row(matrixRow(competency, ratings, seats)));
        }
        current.clear();
    }

    private static Object[] matrixRow(String competency, Map<String, Integer> ratings, List<String> seats) {
        Object[] values = new Object[seats.size() + 3];
        values[0] = competency;
        for (int i = 0; i < seats.size(); i++) {
            values[i + 1] = ratings.get(seats.get(i));
        }
        values[seats.size() + 1] = ratings.values().stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
        values[seats.size() + 2] = ratings.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                - ratings.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return values;
    }

    /** An interviewer on one stage: their column. */
    private static String seat(RatingRow row) {
        return row.interviewerKey() + "|" + row.stage();
    }
}
