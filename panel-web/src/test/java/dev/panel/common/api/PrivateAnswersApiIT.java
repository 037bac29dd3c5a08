package dev.panel.common.api;

import dev.panel.testing.ApiTest;
import dev.panel.testing.PanelClient;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What the API answers is nobody's to keep: no cache holds it; and people's calibration is for those who assign panels. */
@MicronautTest(transactional = false)
class PrivateAnswersApiIT extends ApiTest {

    @Test
    void every_api_answer_tells_browsers_and_proxies_to_keep_no_copy_refusals_too() {
        PanelClient recruiter = signedIn(Role.RECRUITER);
        for (HttpResponse<String> answer : new HttpResponse[]{recruiter.get("/api/me"), recruiter.get("/api/candidates"),
                anonymous().get("/api/me"), recruiter.get("/api/users"), recruiter.get("/api/loops/999999999")}) {
            assertThat(answer.headers().firstValue("Cache-Control")).as("%s %s answered %s", answer.request().method(),
                    answer.request().uri(), answer.statusCode()).hasValue("no-store");
        }
    }

    @Test
    void an_interviewer_reads_their_own_calibration_but_not_a_colleagues_which_is_for_those_who_assign_panels() {
        User colleague = user(Role.INTERVIEWER);
        User me = user(Role.INTERVIEWER);
        PanelClient interviewer = signedIn(me);

        assertThat(interviewer.get("/api/calibration/" + me.username()).statusCode()).isEqualTo(200);
        assertRefused(interviewer.get("/api/calibration/" + colleague.username()), 403, "forbidden");
        assertThat(signedIn(Role.RECRUITER).get("/api/calibration/" + colleague.username()).statusCode()).isEqualTo(200);
        assertThat(hiringManager.get("/api/calibration/" + colleague.username()).statusCode()).isEqualTo(200);
    }
}
