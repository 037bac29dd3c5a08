package dev.panel.export;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.Rating;
import dev.panel.decision.Outcome;
import dev.panel.drill.CalibratedCompetency;
import dev.panel.ratings.RatingRow;
import dev.panel.xlsx.Column;
import dev.panel.xlsx.StreamedSheet;
import dev.panel.xlsx.XlsxWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The calibration workbook's sheets, in this order: <i>Summary</i>, <i>Interviewers</i>, <i>Competencies</i>,
 * <i>Fair scores</i>, <i>Matrix</i>, <i>Raw</i>, <i>Drills</i>, <i>Questions</i>, <i>Validity</i>, <i>Method</i>. Made from a {@link CalibrationResult};
 * it takes the ratings the result was computed from (under the result's names) for the matrix, then writes, streaming
 * the long sheets (fair scores, matrix, and the ratings read once more for <i>Raw</i>). The small sheets are built with
 * POI and filled last, as they need what the <i>Raw</i> pass collects. No database: {@link CalibrationWorkbook} feeds it
 * from Panel's services, tests and the export benchmark from ratings in memory.
 */
public final class CalibrationSheets {

    static final List<Column> FAIR_SCORES = List.of(Column.text("Candidate"), Column.number("Ratings"), Column.decimal("Raw mean"),
            Column.number("Raw rank"), Column.decimal("Fair score"), Column.decimal("Fair score SE"), Column.number("Fair rank"),
            Column.text("Rank change"), Column.text("Extreme score"));

    private final CalibrationResult result;
    private final RatingMatrix matrix;

    /** Where the ratings came from and what the workbook needs besides them. */
    public record Sources(String ratingsOf, LocalDate from, LocalDate to, Map<String, String> displayNames,
                          Consumer<Consumer<RatingRow>> ratings, Function<Collection<Long>, Map<Long, Outcome>> outcomes,
                          Function<Collection<Long>, Map<Long, List<CalibratedCompetency>>> calibrated) {
    }

    public CalibrationSheets(CalibrationResult result) {
        this.result = result;
        this.matrix = new RatingMatrix(result);
    }

    /** One rating the result was computed from, under the names the result gives. */
    public void addNamed(Rating rating) {
        matrix.add(rating);
    }

    /** Writes the workbook to {@code out} and closes it; returns the ratings written to <i>Raw</i>. Times in UTC. */
    public long write(OutputStream out, Sources sources) {
        return write(out, sources, ZoneOffset.UTC);
    }

    /** The same, with times and the days of the period in the reader's {@code zone}. */
    public long write(OutputStream out, Sources sources, ZoneId zone) {
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(out, zone)) {
            return write(workbook, sources);
        }
    }

    long write(XlsxWorkbook workbook, Sources sources) {
        XSSFSheet summary = workbook.sheet("Summary");
        // streamed, but written last (it needs the Raw pass); its place in the workbook is taken now
        StreamedSheet interviewers = workbook.streamedSheet("Interviewers", InterviewerSheet.columns(result), 1);
        XSSFSheet competencies = workbook.sheet("Competencies");
        fairScores(workbook);
        matrix.write(workbook);
        RawSheet raw = new RawSheet(workbook, sources.displayNames());
        try (raw) {
            sources.ratings().accept(raw::add);
        }
        ReferenceSheets.drills(workbook, workbook.sheet("Drills"), raw.users, raw.competenciesOf,
                raw.users.isEmpty() ? Map.of() : sources.calibrated().apply(raw.users.keySet()));
        ValiditySheets.questions(workbook.sheet("Questions"), workbook.styles(), result);
        ValiditySheets.validity(workbook.sheet("Validity"), workbook.styles(), result);
        ReferenceSheets.method(workbook.sheet("Method"), workbook.styles());
        Map<Long, Outcome> outcomes = raw.recommendations.isEmpty() ? Map.of() : sources.outcomes().apply(raw.loopIds());
        try (interviewers) {
            InterviewerSheet.write(interviewers, result, InterviewerSheet.agreement(raw.recommendations, outcomes, sources.displayNames()));
        }
        ReferenceSheets.competencies(competencies, workbook.styles(), result);
        SummarySheet.write(summary, workbook.styles(), new SummarySheet.Scope(period(sources, raw, workbook.zone()), sources.ratingsOf(),
                List.copyOf(raw.roles), matrixScope()), result);
        return raw.rows();
    }

    private void fairScores(XlsxWorkbook workbook) {
        try (StreamedSheet sheet = workbook.streamedSheet("Fair scores", FAIR_SCORES, 1).colourScale(2, 2).colourScale(4, 4)) {
            for (CandidateStats c : result.candidates()) {
                int moved = c.rankRaw() - c.rankFair();
                sheet.row(c.name(), c.ratings(), c.rawMean(), c.rankRaw(), c.fairScore(), c.fairSe(), c.rankFair(),
                        moved == 0 ? null : (moved > 0 ? "up " : "down ") + Math.abs(moved), c.extreme() ? "yes" : null);
            }
        }
    }

    private String matrixScope() {
        int left = matrix.interviewersLeftOut();
        return left == 0 ? "every interviewer" : "the " + matrix.interviewersShown() + " interviewers with the most ratings; "
                + left + " more are left out (see Interviewers)";
    }

    private static String period(Sources sources, RawSheet raw, ZoneId zone) {
        LocalDate first = raw.first == null ? null : raw.first.atZone(zone).toLocalDate();
        LocalDate last = raw.last == null ? null : raw.last.atZone(zone).toLocalDate();
        String asked = (sources.from() == null ? "any date" : sources.from().toString()) + " to "
                + (sources.to() == null ? "any date" : sources.to().toString());
        return first == null ? asked + " (no dated ratings)" : asked + " (ratings from " + first + " to " + last + ")";
    }
}
