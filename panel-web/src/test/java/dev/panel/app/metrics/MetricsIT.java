package dev.panel.app.metrics;

import dev.panel.candidate.Candidate;
import dev.panel.common.api.ApiError;
import dev.panel.loop.InterviewKit;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.testing.ScorecardCalls;
import dev.panel.testing.SignedIn;
import dev.panel.user.Role;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /metrics on a real server, over HTTP, opened by a token; what a scraper reads after real work through the API. */
@MicronautTest(transactional = false)
class MetricsIT implements DatabaseTest {

    private static final String TOKEN = "metrics-test-token-0123456789";
    /** Older than anything another test writes, so that it is the oldest waiting notification. */
    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    @Inject
    EmbeddedServer server;
    @Inject
    ApiUsers users;
    @Inject
    LoopFixture fixture;
    @Inject
    ApiJson json;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    PanelClient recruiter;
    SignedIn interviewer;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("panel.metrics.token", TOKEN);
        // a network the tests do not connect from: only the token opens the door here
        properties.put("panel.metrics.networks", "192.0.2.0/24");
        // every scrape reads the outbox afresh, so that the test sees what it just wrote (the cache is OutboxGaugesTest's)
        properties.put("panel.metrics.outbox-refresh", "0s");
        return properties;
    }

    @BeforeAll
    void signIn() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        interviewer = people.get(1);
    }

    @Test
    void without_the_token_metrics_answer_404_and_show_no_metric() {
        for (HttpResponse<String> refused : List.of(users.anonymous().get("/metrics"), users.anonymous().get("/metrics", "not-the-token-but-as-long"),
                users.anonymous().get("/metrics", TOKEN + "x"), interviewer.client().get("/metrics"),
                users.anonymous().post("/metrics", "text/plain", ""))) {
            assertThat(refused.statusCode()).as(refused.request().method() + " " + refused.headers().map()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("jvm_", "panel_", "hikaricp", "http_server", "# TYPE", "# HELP");
        }
    }

    @Test
    void with_the_token_a_scrape_shows_the_jvm_and_the_connection_pool() {
        HttpResponse<String> response = users.anonymous().get("/metrics", TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        PrometheusText scrape = PrometheusText.parse(response.body());
        assertThat(scrape.names()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_memory_allocated_bytes_total",
                "process_uptime_seconds", "hikaricp_connections_active", "hikaricp_connections_idle", "hikaricp_connections_pending");
        assertThat(scrape.find("hikaricp_connections_max", Map.of())).singleElement()
                .satisfies(pool -> assertThat(pool.value()).isGreaterThanOrEqualTo(1));
        assertThat(scrape.find("jvm_memory_used_bytes", Map.of("area", "heap")).stream().mapToDouble(PrometheusText.Sample::value).sum()).isPositive();
    }

    @Test
    void an_autosave_and_a_submission_through_the_api_are_counted_and_their_routes_timed() {
        PrometheusText before = scrape();
        ScorecardCalls scorecards = new ScorecardCalls(interviewer.client(), json);
        long interviewId = openLoopFor(interviewer);
        InterviewKit kit = json.read(interviewer.client().get("/api/interviews/" + interviewId), 200, InterviewKit.class);

        Scorecard draft = scorecards.mine(interviewId);
        Scorecard saved = json.read(scorecards.save(draft, new ScorecardContent(List.of(), List.of(), null)), 200, Scorecard.class);
        ApiError refused = json.error(scorecards.submit(saved.id()), 400);
        json.read(scorecards.save(saved, LoopFixture.complete(kit.stage(), "Kept the release on time.")), 200, Scorecard.class);
        json.read(scorecards.submit(saved.id()), 200, Scorecard.class);
        PrometheusText after = scrape();

        assertThat(refused.message()).isNotBlank();
        assertThat(delta(before, after, "panel_scorecard_autosaves_total", Map.of("outcome", "ok"))).isEqualTo(2);
        assertThat(delta(before, after, "panel_scorecard_autosaves_total", Map.of("outcome", "failed"))).isZero();
        assertThat(delta(before, after, "panel_scorecard_submissions_total", Map.of("outcome", "ok"))).isEqualTo(1);
        assertThat(delta(before, after, "panel_scorecard_submissions_total", Map.of("outcome", "refused"))).isEqualTo(1);

        Map<String, String> autosaveRoute = Map.of("method", "PUT", "uri", "/api/scorecards/{id}", "status", "200", "exception", "none");
        List<PrometheusText.Sample> buckets = after.find("http_server_requests_seconds_bucket", autosaveRoute);
        assertThat(buckets).extracting(b -> b.labels().get("le")).contains("0.005", "0.1", "1.0", "10.0", "+Inf");
        assertThat(buckets).filteredOn(b -> b.labels().get("le").equals("+Inf")).singleElement()
                .satisfies(all -> assertThat(all.value()).isEqualTo(after.value("http_server_requests_seconds_count", autosaveRoute)));
        // the first save stores the draft by its interview; the second goes to the stored scorecard
        assertThat(delta(before, after, "http_server_requests_seconds_count", autosaveRoute)).isEqualTo(1);
        assertThat(delta(before, after, "http_server_requests_seconds_count",
                Map.of("method", "PUT", "uri", "/api/interviews/{id}/scorecard", "status", "200", "exception", "none"))).isEqualTo(1);
        assertThat(after.value("http_server_requests_seconds_sum", autosaveRoute)).isPositive();
        assertThat(delta(before, after, "http_server_requests_seconds_count",
                Map.of("method", "POST", "uri", "/api/scorecards/{id}/submit", "status", "200", "exception", "none"))).isEqualTo(1);
    }

    @Test
    void the_ui_requests_are_timed_under_a_few_fixed_routes_never_under_their_own_paths() {
        PrometheusText before = scrape();

        send("GET", "/VAADIN/no-such-file-" + Names.unique("x"));
        send("POST", "/?v-r=heartbeat&v-uiId=0");
        send("POST", "/?v-r=made-up-" + Names.unique("type"));
        send("GET", "/some/page/" + Names.unique("nowhere"));
        PrometheusText after = scrape();

        assertThat(countOf(after, "/VAADIN/**") - countOf(before, "/VAADIN/**")).isEqualTo(1);
        assertThat(countOf(after, "/?v-r=heartbeat") - countOf(before, "/?v-r=heartbeat")).isEqualTo(1);
        assertThat(countOf(after, "/?v-r=other") - countOf(before, "/?v-r=other")).isEqualTo(1);
        assertThat(countOf(after, "/{view}") - countOf(before, "/{view}")).isEqualTo(1);
        assertThat(after.find("http_server_requests_seconds_count", Map.of()))
                .allSatisfy(s -> assertThat(s.labels().get("uri")).doesNotContain("no-such-file", "made-up", "nowhere"));
    }

    @Test
    void the_outbox_gauges_show_the_waiting_notifications_and_how_long_the_oldest_has_waited() {
        double waitingBefore = waiting(scrape());
        long reader = interviewer.id();

        write(reader, "WAITING", LONG_AGO);
        write(reader, "WAITING", Instant.now());
        write(reader, "WAITING", Instant.now());
        write(reader, "SENT", LONG_AGO);
        PrometheusText after = scrape();

        assertThat(waiting(after) - waitingBefore).isEqualTo(3);
        assertThat(after.names()).contains("panel_outbox_oldest_age_seconds");
        assertThat(after.value("panel_outbox_oldest_age_seconds"))
                .isBetween((double) Duration.between(LONG_AGO, Instant.now()).minusMinutes(1).toSeconds(),
                        (double) Duration.between(LONG_AGO, Instant.now()).plusMinutes(1).toSeconds());
    }

    private PrometheusText scrape() {
        HttpResponse<String> response = users.anonymous().get("/metrics", TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return PrometheusText.parse(response.body());
    }

    private static double delta(PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static double countOf(PrometheusText scrape, String uri) {
        return scrape.find("http_server_requests_seconds_count", Map.of("uri", uri)).stream().mapToDouble(PrometheusText.Sample::value).sum();
    }

    private static double waiting(PrometheusText scrape) {
        assertThat(scrape.names()).contains("panel_outbox_waiting");
        return scrape.value("panel_outbox_waiting");
    }

    /** A request as a browser (or a scanner) would send it, without a session. */
    private void send(String method, String path) {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long openLoopFor(SignedIn panelist) {
        Candidate candidate = json.read(recruiter.postJson("/api/candidates", json.write(Map.of("name", Names.unique("Ada Lovelace")))),
                201, Candidate.class);
        OpenLoop request = new OpenLoop(candidate.id(), fixture.technicalLeadPlan().id(),
                List.of(new OpenLoop.Assignment(0, null, List.of(panelist.id()))));
        return json.read(recruiter.postJson("/api/loops", json.write(request)), 201, LoopView.class).interviews().get(0).interview().id();
    }

    /** Straight into the outbox table, not due for a month, so that no sender takes it meanwhile. */
    private void write(long recipient, String status, Instant createdAt) {
        transactions.executeWrite(tx -> jdbc.prepareStatement("INSERT INTO notification (event_key, recipient_id, kind, facts, status, "
                + "attempts, next_attempt_at, created_at) VALUES (?, ?, 'REMINDER', '{}', ?, 0, ?, ?)", statement -> {
                    statement.setString(1, Names.unique("metrics"));
                    statement.setLong(2, recipient);
                    statement.setString(3, status);
                    statement.setTimestamp(4, Timestamp.from(Instant.now().plus(Duration.ofDays(30))));
                    statement.setTimestamp(5, Timestamp.from(createdAt));
                    return statement.executeUpdate();
                }));
    }
}
