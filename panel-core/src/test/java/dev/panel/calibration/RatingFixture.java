package dev.panel.calibration;

import dev.panel.calibration.CalibrationResult.CandidateStats;
import dev.panel.calibration.CalibrationResult.CompetencyStats;
import dev.panel.calibration.CalibrationResult.InterviewerStats;

import java.util.ArrayList;
import java.util.List;

/** Small panels written as (candidate, interviewer, competency, level) quadruples on a four-point scale. */
final class RatingFixture {

    private RatingFixture() {
    }

    static List<Rating> ratings(Object... quadruples) {
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < quadruples.length; i += 4) {
            ratings.add(Rating.of((String) quadruples[i], (String) quadruples[i + 1], (String) quadruples[i + 2],
                    (Integer) quadruples[i + 3], 4));
        }
        return ratings;
    }

    static InterviewerStats interviewer(CalibrationResult result, String name) {
        return result.interviewers().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static CandidateStats candidate(CalibrationResult result, String name) {
        return result.candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static CompetencyStats competency(CalibrationResult result, String name) {
        return result.competencies().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
