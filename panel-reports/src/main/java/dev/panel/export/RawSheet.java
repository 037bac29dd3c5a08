package dev.panel.export;

import dev.panel.ratings.RatingRow;
import dev.panel.scorecard.Recommendation;
import dev.panel.xlsx.Column;
import dev.panel.xlsx.StreamedSheet;
import dev.panel.xlsx.XlsxWorkbook;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The <i>Raw</i> sheet, one row per rating as it streams in, and what the other sheets need from that pass and
 * the analysis does not keep: the roles and the period the ratings span, each interviewer's scorecards with a
 * recommendation on a loop of Panel's own (for agreement with the final decision), and the competencies each of
 * Panel's interviewers rated (for the <i>Drills</i> sheet). Holds one entry per scorecard, never per rating.
 */
final class RawSheet implements AutoCloseable {

    static final List<Column> COLUMNS = List.of(Column.text("Candidate"), Column.text("Role"), Column.text("Stage"),
            Column.text("Interviewer"), Column.text("Competency"), Column.number("Rating"), Column.number("Scale"),
            Column.text("Recommendation"), Column.dateTime("Date"));
    private static final String USER_KEY = "user:";

    /** One interviewer's recommendation on one loop. */
    record Recommended(String interviewerKey, long loopId, Recommendation recommendation) {
    }

    private final StreamedSheet sheet;
    private final Map<String, String> displayNames;
    final Set<String> roles = new TreeSet<>();
    final Set<Recommended> recommendations = new HashSet<>();
    final Map<Long, String> users = new HashMap<>();
    final Map<Long, Set<String>> competenciesOf = new HashMap<>();
    Instant first;
    Instant last;
    private Recommended previous;

    RawSheet(XlsxWorkbook workbook, Map<String, String> displayNames) {
        this.sheet = workbook.streamedSheet("Raw", COLUMNS);
        this.displayNames = displayNames;
    }

    void add(RatingRow row) {
        String candidate = displayNames.getOrDefault(row.candidateKey(), row.candidate());
        String interviewer = displayNames.getOrDefault(row.interviewerKey(), row.interviewer());
        sheet.row(candidate, row.role(), row.stage(), interviewer, row.competency(), row.value(), row.scaleMax(),
                row.recommendation() == null ? null : row.recommendation().label(), row.submittedAt());
        if (row.role() != null) {
            roles.add(row.role());
        }
        if (row.submittedAt() != null) {
            first = first == null || row.submittedAt().isBefore(first) ? row.submittedAt() : first;
            last = last == null || row.submittedAt().isAfter(last) ? row.submittedAt() : last;
        }
        if (row.loopId() != null && row.recommendation() != null) {
            Recommended recommended = new Recommended(row.interviewerKey(), row.loopId(), row.recommendation());
            // a scorecard's ratings come one after another: skip the repeats without a set lookup
            if (!recommended.equals(previous)) {
                recommendations.add(recommended);
                previous = recommended;
            }
        }
        if (row.interviewerKey().startsWith(USER_KEY)) {
            long id = Long.parseLong(row.interviewerKey().substring(USER_KEY.length()));
            users.putIfAbsent(id, interviewer);
            competenciesOf.computeIfAbsent(id, k -> new TreeSet<>()).add(row.competency());
        }
    }

    Set<Long> loopIds() {
        Set<Long> ids = new HashSet<>();
        recommendations.forEach(r -> ids.add(r.loopId()));
        return ids;
    }

    long rows() {
        return sheet.rows();
    }

    @Override
    public void close() {
        sheet.close();
    }
}
