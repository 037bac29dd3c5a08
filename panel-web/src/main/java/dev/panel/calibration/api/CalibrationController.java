package dev.panel.calibration.api;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationService;
import dev.panel.ratings.RatingFilter;
import dev.panel.security.ApiCaller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code GET /api/calibration?dataset=&role=&from=&to=}: agreement, leniency, severity and fair scores over
 * Panel's submitted scorecards (or an imported dataset), for recruiters, hiring managers (their roles) and
 * admins. A statistic the data cannot give is {@code null}, and {@code notes} says why.
 */
@Controller("/api/calibration")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CalibrationController {

    private final CalibrationService calibration;

    CalibrationController(CalibrationService calibration) {
        this.calibration = calibration;
    }

    @Get
    CalibrationResult analyse(@QueryValue @Nullable String dataset, @QueryValue @Nullable Long role, @QueryValue @Nullable String from,
                              @QueryValue @Nullable String to, Authentication authentication) {
        RatingFilter filter = new RatingFilter(null, null, role, RatingFilter.day(from, "from"), RatingFilter.day(to, "to"), dataset);
        return calibration.analyse(ApiCaller.actor(authentication), filter);
    }
}
