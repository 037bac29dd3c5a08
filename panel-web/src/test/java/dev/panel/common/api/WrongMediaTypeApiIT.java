package dev.panel.common.api;

import dev.panel.testing.ApiTest;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body of a type an endpoint does not take is 415 for whoever may use that endpoint, with the same error shape as
 * every other refusal; those who may not use it are refused as before, and unknown paths stay closed.
 */
@MicronautTest(transactional = false)
class WrongMediaTypeApiIT extends ApiTest {

    static final String ROLE_AS_TEXT = "name=Staff engineer";

    @Test
    void a_caller_who_may_use_the_endpoint_hears_415_and_nothing_is_written() {
        long rolesBefore = readList(hiringManager.get("/api/roles"), Object.class).size();

        assertRefused(hiringManager.post("/api/roles", "text/plain", ROLE_AS_TEXT), 415, "unsupported_media_type");
        assertRefused(signedIn(Role.ADMIN).post("/api/users", "application/x-www-form-urlencoded", "username=someone"),
                415, "unsupported_media_type");

        assertThat(readList(hiringManager.get("/api/roles"), Object.class)).hasSize((int) rolesBefore);
    }

    @Test
    void a_caller_who_may_not_use_the_endpoint_is_refused_as_before_whatever_the_body() {
        assertRefused(signedIn(Role.INTERVIEWER).post("/api/users", "text/plain", "username=someone"), 403, "forbidden");
        assertRefused(anonymous().post("/api/roles", "text/plain", ROLE_AS_TEXT), 401, "unauthorized");
        assertRefused(anonymous().post("/api/no-such-thing", "text/plain", ROLE_AS_TEXT), 401, "unauthorized");
        assertRefused(hiringManager.post("/api/no-such-thing", "text/plain", ROLE_AS_TEXT), 403, "forbidden");
    }
}
