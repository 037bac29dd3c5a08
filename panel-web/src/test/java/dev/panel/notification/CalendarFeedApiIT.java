package dev.panel.notification;

import dev.panel.loop.OpenLoop;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LoopFixture;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A calendar program subscribed to a person's feed reads their coming interviews; a replaced address reads nothing. */
@MicronautTest(transactional = false)
class CalendarFeedApiIT implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    LoopFixture fixture;
    @Inject
    NotificationPreferences preferences;
    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/calendar/" + token + ".ics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_feed_lists_the_persons_coming_interviews_and_a_new_address_shuts_out_the_old() throws Exception {
        List<User> panel = fixture.people(Role.INTERVIEWER, Role.INTERVIEWER);
        User reader = panel.get(0);
        Instant soon = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        Instant later = clock.instant().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MINUTES);
        fixture.open(List.of(new OpenLoop.Assignment(0, soon, List.of(reader.id()))));
        fixture.open(List.of(new OpenLoop.Assignment(0, later, List.of(reader.id(), panel.get(1).id()))));
        fixture.open(List.of(new OpenLoop.Assignment(0, later, List.of(panel.get(1).id()))));
        String token = preferences.newCalendarFeed(Actor.of(reader));

        HttpResponse<String> feed = get(token);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.<Property>getProperty("SUMMARY").orElseThrow().getValue())
                .allMatch(summary -> summary.endsWith("Architecture under a deadline"));

        String replacement = preferences.newCalendarFeed(Actor.of(reader));
        assertThat(get(token).statusCode()).isEqualTo(404);
        assertThat(get(replacement).statusCode()).isEqualTo(200);
        assertThat(get("not-a-feed").statusCode()).isEqualTo(404);
    }
}
