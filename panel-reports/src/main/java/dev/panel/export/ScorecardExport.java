package dev.panel.export;

import dev.panel.common.InvalidInputException;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingRow;
import dev.panel.ratings.RatingService;
import dev.panel.user.Actor;
import dev.panel.xlsx.Column;
import dev.panel.xlsx.StreamedSheet;
import dev.panel.xlsx.XlsxWorkbook;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * The scorecard export: a "Ratings" sheet with one row per rating of submitted scorecards (never a draft), then one
 * sheet per candidate with their panel side by side. Both are written as the ratings are read, in two passes over
 * one read-only transaction, so the export holds one candidate's ratings at most.
 */
@Singleton
public class ScorecardExport {

    public static final String FILE_NAME = "scorecards.xlsx";
    static final List<Column> LONG_SHEET = List.of(Column.text("Candidate"), Column.text("Role"), Column.text("Stage"),
            Column.text("Interviewer"), Column.text("Competency"), Column.number("Rating"), Column.number("Scale"),
            Column.text("Recommendation"), Column.longText("Evidence", 80), Column.dateTime("Submitted at"));

    private final RatingService ratings;

    ScorecardExport(RatingService ratings) {
        this.ratings = ratings;
    }

    /** Refuses what {@link #write} would refuse, before a byte is written (see {@link RatingService#checkAccess}). */
    public void check(Actor actor, RatingFilter filter) {
        if (filter.dataset() != null) {
            throw new InvalidInputException("The scorecard export is of Panel's own scorecards; imported datasets are in the calibration workbook.");
        }
        ratings.checkAccess(actor, filter);
    }

    /** {@link #write(Actor, RatingFilter, ZoneId, OutputStream)} with times in UTC. */
    public long write(Actor actor, RatingFilter filter, OutputStream out) {
        return write(actor, filter, ZoneOffset.UTC, out);
    }

    /**
     * Writes the workbook to {@code out} (and closes it), with times in the reader's {@code zone}, records the export
     * in the audit log, and returns the number of ratings.
     */
    public long write(Actor actor, RatingFilter filter, ZoneId zone, OutputStream out) {
        check(actor, filter);
        long count = writeWorkbook(actor, filter, zone, out);
        ratings.recordExport(actor, FILE_NAME, filter, count);
        return count;
    }

    /** Both passes in one read-only transaction: one consistent snapshot on MySQL. (Protected, so that it is intercepted.) */
    @ReadOnly
    protected long writeWorkbook(Actor actor, RatingFilter filter, ZoneId zone, OutputStream out) {
        return writeWorkbook(sink -> ratings.each(actor, filter, sink), zone, out);
    }

    /** The workbook of whatever {@code rows} gives, read twice (the long sheet, then the panels); the benchmark feeds it too. */
    static long writeWorkbook(ToLongFunction<Consumer<RatingRow>> rows, OutputStream out) {
        return writeWorkbook(rows, ZoneOffset.UTC, out);
    }

    static long writeWorkbook(ToLongFunction<Consumer<RatingRow>> rows, ZoneId zone, OutputStream out) {
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(out, zone)) {
            long count;
            try (StreamedSheet sheet = workbook.streamedSheet("Ratings", LONG_SHEET)) {
                count = rows.applyAsLong(row -> sheet.row(row.candidate(), row.role(), row.stage(), row.interviewer(),
                        row.competency(), row.value(), row.scaleMax(), row.recommendation() == null ? null : row.recommendation().label(),
                        row.evidence(), row.submittedAt()));
            }
            PanelSheets panels = new PanelSheets(workbook);
            rows.applyAsLong(panels::add);
            panels.finish();
            return count;
        }
    }
}
