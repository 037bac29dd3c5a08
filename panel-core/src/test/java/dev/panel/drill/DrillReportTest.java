package dev.panel.drill;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DrillReportTest {

    private static final CalibrationPolicy POLICY = new CalibrationPolicy(0.6, 12);
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void an_interviewer_close_to_the_consensus_is_calibrated_and_a_harsh_one_is_not() {
        List<SampleAnswer> samples = samples(1, 2, 3, 4, 3);
        List<DrillRating> ratings = new ArrayList<>();
        ratings.addAll(submitted(7, samples, 1, 2, 3, 4, 2));
        ratings.addAll(submitted(8, samples, 1, 1, 1, 2, 1));

        DrillReport report = DrillReport.of(1, 4, samples, ratings, POLICY);

        DrillReport.InterviewerResult close = report.interviewers().get(0);
        assertThat(close.interviewerId()).isEqualTo(7);
        // by hand: observed weighted disagreement 1/5; expected from the marginals Var + Var + (mean difference)^2
        // = 1.04 + 1.04 + 0.04 = 2.12 = 53/25; so kappa = 1 - 5/53
        assertThat(close.kappa()).isCloseTo(1 - 5.0 / 53, within(1e-12));
        assertThat(close.calibrated()).isTrue();
        assertThat(close.exactAgreement()).isEqualTo(0.8);
        assertThat(close.meanDeviation()).isEqualTo(-0.2);
        DrillReport.InterviewerResult harsh = report.interviewers().get(1);
        assertThat(harsh.calibrated()).isFalse();
        assertThat(harsh.meanDeviation()).isCloseTo(-1.4, within(1e-12));
        assertThat(harsh.adjacentAgreement()).isEqualTo(0.4);
    }

    @Test
    void a_small_drill_reports_exact_and_adjacent_agreement_instead_of_kappa_and_calibrates_nobody() {
        List<SampleAnswer> samples = samples(1, 3, 4);
        DrillReport report = DrillReport.of(1, 4, samples, submitted(7, samples, 1, 3, 3), POLICY);

        DrillReport.InterviewerResult result = report.interviewers().get(0);
        assertThat(result.smallSample()).isTrue();
        assertThat(result.kappa()).isNull();
        assertThat(result.calibrated()).isFalse();
        assertThat(result.exactAgreement()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.adjacentAgreement()).isEqualTo(1.0);
    }

    @Test
    void an_answer_the_panel_reads_every_which_way_is_flagged_but_one_outlier_is_not() {
        List<SampleAnswer> samples = samples(2, 3, 3, 3, 3);
        List<DrillRating> ratings = new ArrayList<>();
        ratings.addAll(submitted(1, samples, 1, 3, 3, 3, 3));
        ratings.addAll(submitted(2, samples, 2, 3, 3, 3, 3));
        ratings.addAll(submitted(3, samples, 4, 1, 3, 3, 3));
        ratings.addAll(submitted(4, samples, 3, 3, 3, 3, 3));

        DrillReport report = DrillReport.of(1, 4, samples, ratings, POLICY);

        assertThat(report.samples().get(0).spread()).isEqualTo(3);
        assertThat(report.samples().get(0).anchorMayNeedRewording()).isTrue();
        assertThat(report.samples().get(1).spread()).isEqualTo(2);
        assertThat(report.samples().get(1).anchorMayNeedRewording()).isFalse();
        assertThat(report.samples().get(0).counts()).containsEntry(1, 1).containsEntry(4, 1);
    }

    @Test
    void drafts_take_no_part_in_the_report() {
        List<SampleAnswer> samples = samples(1, 2, 3, 4, 3);
        List<DrillRating> draft = submitted(7, samples, 1, 2, 3, 4, 3).stream()
                .map(r -> new DrillRating(r.id(), r.drillId(), r.sampleId(), r.interviewerId(), r.level(), r.evidence(), false, null, NOW, 0L))
                .toList();
        assertThat(DrillReport.of(1, 4, samples, draft, POLICY).interviewers()).isEmpty();
    }

    @Test
    void the_median_of_a_split_panel_rounds_down() {
        assertThat(Consensus.median(List.of(2, 4, 3))).contains(3);
        assertThat(Consensus.median(List.of(2, 4))).contains(3);
        assertThat(Consensus.median(List.of(3, 2))).contains(2);
        assertThat(Consensus.median(List.of())).isEmpty();
    }

    @Test
    void calibration_expires_after_the_configured_months() {
        assertThat(new CalibrationPolicy(0.6, 12).expiry(NOW)).isEqualTo(Instant.parse("2027-11-21T10:00:00Z"));
        assertThat(new CalibrationPolicy(0.8, 6).isCalibrated(0.7)).isFalse();
    }

    private static List<SampleAnswer> samples(int... consensus) {
        List<SampleAnswer> samples = new ArrayList<>();
        for (int i = 0; i < consensus.length; i++) {
            samples.add(new SampleAnswer(100L + i, 1, i + 1, "answer " + i, consensus[i], ConsensusSource.MANAGER, 0L));
        }
        return samples;
    }

    private static List<DrillRating> submitted(long interviewer, List<SampleAnswer> samples, int... levels) {
        List<DrillRating> ratings = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            ratings.add(new DrillRating(null, 1, samples.get(i).id(), interviewer, levels[i], "because", true, NOW, NOW, 0L));
        }
        return ratings;
    }
}
