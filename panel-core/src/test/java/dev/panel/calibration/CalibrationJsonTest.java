package dev.panel.calibration;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import static dev.panel.calibration.RatingFixture.ratings;
import static org.assertj.core.api.Assertions.assertThat;

/** The result serialises directly to the JSON that issue 6 names for GET /api/calibration. */
class CalibrationJsonTest {

    @Test
    void the_result_has_the_field_names_of_the_calibration_api() throws Exception {
        CalibrationResult result = new CalibrationAnalysis().analyse(ratings(
                "alice", "ann", "design", 4, "alice", "ben", "design", 3,
                "bob", "ann", "design", 2, "bob", "ben", "design", 2));

        String json = ObjectMapper.getDefault().writeValueAsString(result);

        assertThat(json).contains("\"overall\":{\"ratings\":4", "\"alphaOrdinal\":", "\"alphaInterval\":",
                "\"competencies\":[{\"name\":\"design\",\"ratings\":4", "\"mean\":",
                "\"interviewers\":[{\"name\":\"ann\",\"ratings\":2", "\"leniency\":0.5", "\"leniencyShrunk\":",
                "\"severity\":", "\"severitySe\":",
                "\"candidates\":[{\"name\":\"alice\",\"ratings\":2,\"rawMean\":3.5", "\"fairScore\":", "\"fairSe\":",
                "\"converged\":true");
        // a statistic the data cannot give (halo needs two ratings in one scorecard) is written as the string "NaN"
        assertThat(json).contains("\"halo\":\"NaN\"");
    }
}
