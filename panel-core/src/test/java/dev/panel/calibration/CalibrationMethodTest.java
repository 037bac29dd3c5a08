package dev.panel.calibration;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The Method sheet's text: every statistic the result carries is described, with a reference to read. */
class CalibrationMethodTest {

    @Test
    void every_statistic_has_plain_words_and_a_dated_reference() {
        assertThat(CalibrationMethod.values()).allSatisfy(method -> {
            assertThat(method.statistic()).isNotBlank();
            assertThat(method.description()).hasSizeGreaterThan(80);
            assertThat(method.reference()).containsPattern("\\(?(19|20)\\d\\d\\)?|Descriptive");
        });
        assertThat(Arrays.stream(CalibrationMethod.values()).map(CalibrationMethod::statistic))
                .anyMatch(s -> s.contains("Krippendorff")).anyMatch(s -> s.contains("ICC"))
                .anyMatch(s -> s.contains("Fair score")).anyMatch(s -> s.contains("Halo"));
    }

    @Test
    void the_shrinkage_the_method_sheet_describes_is_the_one_the_code_uses() {
        assertThat(CalibrationMethod.LENIENCY_SHRUNK.description())
                .contains("n / (n + " + (int) Leniency.LAMBDA + ")");
    }
}
