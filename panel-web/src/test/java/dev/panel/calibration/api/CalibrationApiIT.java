package dev.panel.calibration.api;

import dev.panel.calibration.CalibrationAnalysis;
import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.Rating;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The calibration statistics of an imported dataset over REST, checked against the statistics computed directly. */
@MicronautTest(transactional = false)
class CalibrationApiIT implements DatabaseTest {

    /** Soft rates a point above Hard on the same answers; Mid sits between. */
    private static final String PANEL = """
            candidate,interviewer,competency,rating
            Ada,Soft,Architecture,4
            Ada,Hard,Architecture,3
            Ada,Mid,Delivery,3
            Ada,Soft,Delivery,4
            Ben,Soft,Architecture,3
            Ben,Hard,Architecture,2
            Ben,Mid,Delivery,2
            Ben,Hard,Delivery,1
            Cy,Soft,Architecture,2
            Cy,Mid,Architecture,2
            Cy,Hard,Delivery,1
            Cy,Mid,Delivery,1
            Dee,Hard,Architecture,3
            Dee,Mid,Architecture,3
            Dee,Soft,Delivery,4
            Dee,Hard,Delivery,3
            """;

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;
    @Inject
    CalibrationAnalysis analysis;

    PanelClient recruiter;

    @BeforeAll
    void signIn() {
        recruiter = users.person(Role.RECRUITER).client();
    }

    private String imported(String csv) {
        String name = Names.unique("Calibration");
        json.read(recruiter.post("/api/ratings/import?dataset=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "text/csv", csv), 201, Map.class);
        return "/api/calibration?dataset=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static List<Rating> ratingsOf(String csv) {
        return Arrays.stream(csv.strip().split("\n")).skip(1).map(line -> line.split(","))
                .map(f -> Rating.of(f[0], f[1], f[2], Integer.parseInt(f[3]), 4)).toList();
    }

    @Test
    void the_answer_holds_the_statistics_of_the_dataset_and_the_lenient_interviewer_comes_out_lenient() {
        Map<?, ?> answer = json.read(recruiter.get(imported(PANEL)), 200, Map.class);
        CalibrationResult expected = analysis.analyse(ratingsOf(PANEL));

        Map<?, ?> overall = (Map<?, ?>) answer.get("overall");
        assertThat(overall.get("ratings")).isEqualTo(16);
        assertThat(((Number) overall.get("alphaOrdinal")).doubleValue()).isCloseTo(expected.overall().alphaOrdinal(), within(1e-9));
        assertThat(((Number) overall.get("alphaInterval")).doubleValue()).isCloseTo(expected.overall().alphaInterval(), within(1e-9));

        List<?> interviewers = (List<?>) answer.get("interviewers");
        assertThat(interviewers).hasSize(3);
        for (CalibrationResult.InterviewerStats stats : expected.interviewers()) {
            Map<?, ?> sent = interviewers.stream().map(Map.class::cast).filter(m -> stats.name().equals(m.get("name"))).findFirst().orElseThrow();
            assertThat(((Number) sent.get("leniency")).doubleValue()).isCloseTo(stats.leniency(), within(1e-9));
            assertThat(((Number) sent.get("leniencyShrunk")).doubleValue()).isCloseTo(stats.leniencyShrunk(), within(1e-9));
            assertThat(((Number) sent.get("severity")).doubleValue()).isCloseTo(stats.severity(), within(1e-9));
            assertThat(((Number) sent.get("severitySe")).doubleValue()).isCloseTo(stats.severitySe(), within(1e-9));
        }
        Map<?, ?> soft = interviewers.stream().map(Map.class::cast).filter(m -> "Soft".equals(m.get("name"))).findFirst().orElseThrow();
        Map<?, ?> hard = interviewers.stream().map(Map.class::cast).filter(m -> "Hard".equals(m.get("name"))).findFirst().orElseThrow();
        assertThat(((Number) soft.get("leniency")).doubleValue()).isPositive();
        assertThat(((Number) hard.get("leniency")).doubleValue()).isNegative();
        assertThat(((Number) hard.get("severity")).doubleValue()).isGreaterThan(((Number) soft.get("severity")).doubleValue());

        List<?> candidates = (List<?>) answer.get("candidates");
        assertThat(candidates).hasSize(4).allSatisfy(c -> assertThat(((Map<?, ?>) c).keySet().stream().map(String::valueOf).toList())
                .contains("name", "ratings", "rawMean", "fairScore", "fairSe"));
        assertThat(((List<?>) answer.get("competencies")).stream().map(c -> String.valueOf(((Map<?, ?>) c).get("name"))).toList())
                .containsExactlyInAnyOrder("Architecture", "Delivery");
    }

    @Test
    void a_statistic_the_data_cannot_give_is_null_not_a_string() {
        Map<?, ?> answer = json.read(recruiter.get(imported("candidate,interviewer,competency,rating\nAda,Solo,Architecture,3\n")), 200, Map.class);

        Map<?, ?> overall = (Map<?, ?>) answer.get("overall");
        assertThat(overall.containsKey("alphaOrdinal")).isTrue();
        assertThat(overall.get("alphaOrdinal")).isNull();
        assertThat((List<?>) answer.get("notes")).isNotEmpty();
    }

    @Test
    void an_imported_dataset_has_no_question_or_validity_figures_and_the_notes_say_why() {
        Map<?, ?> answer = json.read(recruiter.get(imported(PANEL)), 200, Map.class);

        assertThat((List<?>) answer.get("questions")).isEmpty();
        Map<?, ?> validity = (Map<?, ?>) answer.get("validity");
        assertThat(validity.containsKey("checkpoint")).isTrue();
        assertThat(validity.get("checkpoint")).isNull();
        assertThat(validity.get("hires")).isEqualTo(0);
        assertThat((List<?>) answer.get("notes")).anySatisfy(n -> assertThat(String.valueOf(n)).contains("Question analytics need"))
                .anySatisfy(n -> assertThat(String.valueOf(n)).contains("no later outcomes"));
    }

    @Test
    void interviewers_may_not_read_calibration_and_a_bad_day_is_named() {
        PanelClient interviewer = users.person(Role.INTERVIEWER).client();
        assertThat(interviewer.get("/api/calibration").statusCode()).isEqualTo(403);
        assertThat(json.error(recruiter.get("/api/calibration?from=31/03/2025"), 400).message())
                .isEqualTo("'from' is a day such as 2025-03-31; '31/03/2025' is not.");
    }
}
