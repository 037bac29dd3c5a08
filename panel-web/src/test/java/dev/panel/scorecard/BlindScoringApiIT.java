package dev.panel.scorecard;

import dev.panel.testing.ApiJson;
import dev.panel.testing.BlindPanel;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.PanelClient;
import dev.panel.testing.ScorecardCalls;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blind scoring through every REST path: a panelist who has not submitted, whatever other role they hold (hiring
 * manager, recruiter, admin), learns nothing of a co-panelist's ratings, notes, evidence, amendments or
 * recommendation, nor the decision, from any endpoint; once they have submitted, they do.
 */
@MicronautTest(transactional = false)
class BlindScoringApiIT implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    BlindPanel panel;
    @Inject
    ApiJson json;

    @Test
    void a_panelist_who_has_not_submitted_learns_nothing_of_the_others_through_any_endpoint_whatever_their_role() {
        BlindPanel.Scene scene = panel.scene();

        scene.stillScoring().forEach((who, user) -> {
            PanelClient client = signedIn(user);
            new ScorecardCalls(client, json).started(scene.interviewId());  // their own draft is stored, as when they start scoring
            Map<String, String> bodies = readable(client, user, scene);
            bodies.forEach((path, body) -> assertThat(body).as("%s reading %s", who, path)
                    .doesNotContain(scene.marker()).doesNotContain("STRONG_NO"));
            for (String report : List.of("calibration", "scorecard export", "scorecard export of the loop", "calibration workbook")) {
                assertThat(bodies.get(report)).as("%s reading %s", who, report).doesNotContain(scene.candidateName());
            }

            assertThat(json.error(client.get("/api/scorecards/" + scene.ofA().id()), 403).message()).as(who).contains("until you submit your own");
            assertThat(json.error(client.get("/api/scorecards/" + scene.ofA().id() + "/amendments"), 403).message()).as(who)
                    .contains("until you submit your own");
            assertThat(json.error(client.get("/api/loops/" + scene.loopId() + "/decision"), 403).message()).as(who)
                    .contains("once you have submitted your own scorecard");
            assertThat(json.readList(client.get("/api/loops/" + scene.loopId() + "/scorecards"), 200, Scorecard.class)).as(who)
                    .extracting(Scorecard::interviewerId).containsOnly(user.id());
            if (user.roles().contains(Role.RECRUITER) || user.roles().contains(Role.ADMIN)) {
                assertThat(json.error(client.get("/api/candidates/" + scene.candidateId() + "/export"), 403).message()).as(who)
                        .contains("submit your own scorecard before you export");
            }
        });
    }

    @Test
    void a_hiring_manager_on_the_panel_records_the_decision_only_after_submitting_their_own_scorecard() {
        BlindPanel.Scene scene = panel.scene(false);
        User manager = scene.stillScoring().get("hiring manager on the panel");
        PanelClient client = signedIn(manager);
        String decision = json.write(Map.of("outcome", "HIRE", "reason", "Read the panel's scorecards."));

        assertThat(json.error(client.postJson("/api/loops/" + scene.loopId() + "/decision", decision), 403).message())
                .contains("submit your own scorecard before you record the decision");

        panel.everyoneSubmits(scene);

        assertThat(client.postJson("/api/loops/" + scene.loopId() + "/decision", decision).statusCode()).isEqualTo(201);
    }

    @Test
    void once_they_have_submitted_the_same_people_read_the_others_scorecards_the_decision_and_the_exports() {
        BlindPanel.Scene scene = panel.scene();
        panel.everyoneSubmits(scene);

        scene.stillScoring().forEach((who, user) -> {
            PanelClient client = signedIn(user);
            assertThat(client.get("/api/scorecards/" + scene.ofA().id()).body()).as(who).contains(scene.marker() + " amended");
            assertThat(client.get("/api/scorecards/" + scene.ofA().id() + "/amendments").body()).as(who).contains("Reason " + scene.marker());
            assertThat(client.get("/api/loops/" + scene.loopId() + "/decision").body()).as(who).contains("Decided on " + scene.marker());
            Map<String, String> bodies = readable(client, user, scene);
            if (user.roles().contains(Role.RECRUITER) || user.roles().contains(Role.ADMIN) || user.roles().contains(Role.HIRING_MANAGER)) {
                assertThat(bodies.get("scorecard export")).as(who).contains(scene.marker() + " amended");
                assertThat(bodies.get("calibration")).as(who).contains(scene.candidateName());
                assertThat(bodies.get("calibration workbook")).as(who).contains(scene.candidateName());
            }
            if (user.roles().contains(Role.RECRUITER) || user.roles().contains(Role.ADMIN)) {
                assertThat(bodies.get("candidate export")).as(who).contains(scene.marker() + " amended").contains("Reason " + scene.marker());
            }
        });
    }

    /** Every body the person may read about the scene's candidate, by a short name of the path; refusals included as text. */
    private Map<String, String> readable(PanelClient client, User user, BlindPanel.Scene scene) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("loops", client.get("/api/loops").body());
        bodies.put("loop", client.get("/api/loops/" + scene.loopId()).body());
        bodies.put("loop scorecards", client.get("/api/loops/" + scene.loopId() + "/scorecards").body());
        bodies.put("interviews", client.get("/api/interviews").body());
        bodies.put("interview kit", client.get("/api/interviews/" + scene.interviewId()).body());
        bodies.put("own scorecard", client.get("/api/interviews/" + scene.interviewId() + "/scorecard").body());
        bodies.put("scorecard of A", client.get("/api/scorecards/" + scene.ofA().id()).body());
        bodies.put("amendments of A", client.get("/api/scorecards/" + scene.ofA().id() + "/amendments").body());
        bodies.put("decision", client.get("/api/loops/" + scene.loopId() + "/decision").body());
        bodies.put("candidates", client.get("/api/candidates").body());
        bodies.put("candidate export", client.get("/api/candidates/" + scene.candidateId() + "/export").body());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String role = "role=" + scene.loop().loop().roleId() + "&from=" + today + "&to=" + LocalDate.now(ZoneOffset.UTC).plusDays(1);
        bodies.put("calibration", client.get("/api/calibration?" + role).body());
        bodies.put("scorecard export", workbookText(client, "/api/exports/scorecards?candidate=" + scene.candidateId()));
        bodies.put("scorecard export of the loop", workbookText(client, "/api/exports/scorecards?loop=" + scene.loopId()));
        bodies.put("calibration workbook", workbookText(client, "/api/calibration/workbook?" + role));
        return bodies;
    }

    /** The text of every sheet of a downloaded workbook, or the refusal. */
    private static String workbookText(PanelClient client, String path) {
        HttpResponse<byte[]> response = client.getBytes(path);
        if (response.statusCode() != 200) {
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()));
             XSSFExcelExtractor text = new XSSFExcelExtractor(book)) {
            return text.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PanelClient signedIn(User user) {
        return new PanelClient(server.getURI()).as(user.username(), LoopFixture.PASSWORD);
    }
}
