package dev.panel.drill;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * When a drill makes an interviewer calibrated: a quadratic-weighted kappa against the consensus of at least
 * {@code panel.calibration.kappa-bar} (default 0.6, the lower bound of "substantial" agreement in Landis and
 * Koch's 1977 benchmarks), valid for {@code panel.calibration.valid-for-months} (default 12) after the drill closed.
 */
@Singleton
public class CalibrationPolicy {

    public static final double DEFAULT_BAR = 0.6;
    public static final int DEFAULT_MONTHS = 12;

    private final double kappaBar;
    private final int validForMonths;

    public CalibrationPolicy(@Value("${panel.calibration.kappa-bar:0.6}") double kappaBar,
                             @Value("${panel.calibration.valid-for-months:12}") int validForMonths) {
        if (kappaBar <= -1 || kappaBar > 1 || validForMonths < 1) {
            throw new IllegalArgumentException("panel.calibration.kappa-bar must be in (-1, 1] and valid-for-months at least 1");
        }
        this.kappaBar = kappaBar;
        this.validForMonths = validForMonths;
    }

    public double kappaBar() {
        return kappaBar;
    }

    public int validForMonths() {
        return validForMonths;
    }

    public boolean isCalibrated(Double kappa) {
        return kappa != null && kappa >= kappaBar;
    }

    public Instant expiry(Instant achieved) {
        return achieved.atZone(ZoneOffset.UTC).plusMonths(validForMonths).toInstant();
    }
}
