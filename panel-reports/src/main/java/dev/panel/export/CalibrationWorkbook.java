package dev.panel.export;

import dev.panel.calibration.CalibrationService;
import dev.panel.decision.DecisionService;
import dev.panel.drill.CalibratedStatusService;
import dev.panel.ratings.RatingFilter;
import dev.panel.ratings.RatingService;
import dev.panel.user.Actor;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The calibration workbook of the ratings a caller may read (Panel's submitted scorecards or an imported dataset,
 * narrowed by role and dates): the analysis of {@link CalibrationService} laid out by {@link CalibrationSheets}, with
 * hiring decisions and drill statuses beside it. The ratings are read twice in one read-only transaction: once for
 * the analysis (which needs them all), once streamed into the <i>Raw</i> sheet.
 */
@Singleton
public class CalibrationWorkbook {

    public static final String FILE_NAME = "calibration.xlsx";

    private final CalibrationService calibration;
    private final RatingService ratings;
    private final DecisionService decisions;
    private final CalibratedStatusService drills;

    CalibrationWorkbook(CalibrationService calibration, RatingService ratings, DecisionService decisions, CalibratedStatusService drills) {
        this.calibration = calibration;
        this.ratings = ratings;
        this.decisions = decisions;
        this.drills = drills;
    }

    /** Refuses what {@link #write} would refuse, before a byte is written (see {@link RatingService#checkAccess}). */
    public void check(Actor actor, RatingFilter filter) {
        ratings.checkAccess(actor, filter);
    }

    /** {@link #write(Actor, RatingFilter, ZoneId, OutputStream)} with times in UTC. */
    public long write(Actor actor, RatingFilter filter, OutputStream out) {
        return write(actor, filter, ZoneOffset.UTC, out);
    }

    /**
     * Writes the workbook to {@code out} (and closes it), with times and days in the reader's {@code zone}, records the
     * export in the audit log, and returns the number of ratings.
     */
    public long write(Actor actor, RatingFilter filter, ZoneId zone, OutputStream out) {
        check(actor, filter);
        long count = writeWorkbook(actor, filter, zone, out);
        ratings.recordExport(actor, FILE_NAME, filter, count);
        return count;
    }

    /** Both reads in one read-only transaction: one consistent snapshot on MySQL. (Protected, so that it is intercepted.) */
    @ReadOnly
    protected long writeWorkbook(Actor actor, RatingFilter filter, ZoneId zone, OutputStream out) {
        CalibrationSheets[] sheets = new CalibrationSheets[1];
        CalibrationService.Analysed analysed = calibration.analyse(actor, filter, result -> {
            sheets[0] = new CalibrationSheets(result);
            return sheets[0]::addNamed;
        });
        return sheets[0].write(out, new CalibrationSheets.Sources(filter.describe(), filter.from(), filter.to(), analysed.displayNames(),
                sink -> ratings.each(actor, filter, sink), ids -> decisions.outcomes(actor, ids), drills::calibrated), zone);
    }
}
