package dev.panel.user;

import dev.panel.testing.DatabaseTest;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TokenApiIT implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    UserService users;
    @Inject
    JsonMapper json;

    PanelClient client;
    String username;

    @BeforeAll
    void createUser() {
        client = new PanelClient(server.getURI());
        username = Names.unique("script");
        users.create(new NewUser(username, "Script Runner", "script password", Set.of(Role.RECRUITER)));
    }

    @Test
    void a_username_and_password_buy_a_token_that_opens_the_api() throws IOException {
        HttpResponse<String> issued = client.postJson("/api/tokens",
                "{\"username\": \"" + username + "\", \"password\": \"script password\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = (String) read(issued.body()).get("token");
        assertThat(token).hasSizeGreaterThan(30);

        HttpResponse<String> me = client.get("/api/me", token);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(read(me.body())).containsEntry("username", username);
        assertThat(me.body()).contains("RECRUITER");
    }

    @Test
    void a_wrong_password_gets_401_with_the_generic_message() throws IOException {
        HttpResponse<String> refused = client.postJson("/api/tokens",
                "{\"username\": \"" + username + "\", \"password\": \"not it\"}");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(read(refused.body())).containsEntry("error", "unauthorized")
                .containsEntry("message", LoginResult.REFUSED_MESSAGE);
    }

    @Test
    void the_api_without_a_token_or_with_a_bad_one_answers_401_in_json() throws IOException {
        for (String path : new String[]{"/api/me", "/api/no-such-thing"}) {
            for (String token : new String[]{null, "made-up-token"}) {
                HttpResponse<String> response = client.get(path, token);
                assertThat(response.statusCode()).as("%s with token %s", path, token).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/json"));
                Map<String, Object> body = read(response.body());
                assertThat(body).containsEntry("error", "unauthorized");
                assertThat((String) body.get("message")).contains("/api/tokens");
            }
        }
    }

    @Test
    void a_token_request_without_a_password_is_refused_naming_the_field() throws IOException {
        HttpResponse<String> refused = client.postJson("/api/tokens", "{\"username\": \"" + username + "\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(read(refused.body())).containsEntry("error", "invalid_input");
        assertThat(refused.body()).contains("password");
    }

    @Test
    void health_is_open_to_everyone_and_up() {
        HttpResponse<String> health = client.get("/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    @Test
    void the_api_is_documented_by_an_openapi_file_and_a_browsable_page_open_to_everyone() {
        HttpResponse<String> spec = client.get("/swagger/panel-api.yml", null);
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3.").contains("/api/tokens:").contains("bearer");

        HttpResponse<String> page = client.get("/swagger-ui/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/swagger/panel-api.yml").doesNotContain("unpkg.com");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String body) throws IOException {
        return json.readValue(body, Map.class);
    }
}
