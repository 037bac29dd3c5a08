package dev.panel.export.api;

import dev.panel.export.CalibrationWorkbook;
import dev.panel.export.ScorecardExport;
import dev.panel.ratings.RatingFilter;
import dev.panel.security.ApiCaller;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;
import dev.panel.user.MyAccountService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Spreadsheet downloads. The workbook is written into the response as the ratings are read, so a large export
 * starts arriving at once and never sits whole in memory; refusals (role, loop, bad dates) are answered before.
 * There is no browser behind a token: times, and the days of {@code from} and {@code to}, are in the zone of the
 * caller's account, else UTC, and the workbook's headers name it.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ScorecardExport scorecards;
    private final CalibrationWorkbook calibration;
    private final MyAccountService accounts;

    ExportController(ScorecardExport scorecards, CalibrationWorkbook calibration, MyAccountService accounts) {
        this.scorecards = scorecards;
        this.calibration = calibration;
        this.accounts = accounts;
    }

    /** Scorecards of a loop, a candidate, or a role, optionally within dates (ISO days, both included, in the account's zone). */
    @Get("/exports/scorecards")
    HttpResponse<Writable> scorecards(@QueryValue @Nullable Long loop, @QueryValue @Nullable Long candidate, @QueryValue @Nullable Long role,
                                      @QueryValue @Nullable String from, @QueryValue @Nullable String to, Authentication authentication) {
        Actor actor = ApiCaller.actor(authentication);
        ZoneId zone = ReaderTime.ofAccount(accounts.me(actor)).zone();
        RatingFilter filter = new RatingFilter(loop, candidate, role, RatingFilter.day(from, "from"), RatingFilter.day(to, "to"), null)
                .inZone(zone);
        scorecards.check(actor, filter);
        return xlsx(out -> scorecards.write(actor, filter, zone, out), ScorecardExport.FILE_NAME);
    }

    /**
     * The calibration workbook of Panel's submitted scorecards, or of an imported dataset, optionally of one role and
     * within dates (ISO days, both included, in the account's zone).
     */
    @Get("/calibration/workbook")
    HttpResponse<Writable> calibrationWorkbook(@QueryValue @Nullable String dataset, @QueryValue @Nullable Long role,
                                               @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                               Authentication authentication) {
        Actor actor = ApiCaller.actor(authentication);
        ZoneId zone = ReaderTime.ofAccount(accounts.me(actor)).zone();
        RatingFilter filter = new RatingFilter(null, null, role, RatingFilter.day(from, "from"), RatingFilter.day(to, "to"), dataset)
                .inZone(zone);
        calibration.check(actor, filter);
        return xlsx(out -> calibration.write(actor, filter, zone, out), CalibrationWorkbook.FILE_NAME);
    }

    /** A workbook written into the response as it is made, so that a large one starts arriving at once. */
    private static HttpResponse<Writable> xlsx(Consumer<OutputStream> write, String fileName) {
        Writable workbook = new Writable() {
            @Override
            public void writeTo(OutputStream out, @Nullable java.nio.charset.Charset charset) {
                write.accept(out);
            }

            @Override
            public void writeTo(Writer out) {
                throw new UnsupportedOperationException("An xlsx workbook is bytes");
            }
        };
        return HttpResponse.ok(workbook).contentType(MediaType.of(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
