package dev.panel.notification.api;

import dev.panel.notification.CalendarFeed;
import dev.panel.security.PublicAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A person's calendar feed, {@code GET /api/calendar/<secret>.ics}: their coming interviews, for calendar programs
 * that subscribe by address (which cannot sign in, so the secret in the address is the key; the person makes a new
 * one on My account to shut the old out). 404 for an unknown or replaced secret, saying no more.
 */
@Controller("/api/calendar")
@Secured(SecurityRule.IS_ANONYMOUS)
@SecurityRequirements
@Tag(name = "Calendar")
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.of("text/calendar; charset=utf-8");

    private final CalendarFeed feed;
    private final PublicAddress addresses;

    CalendarFeedController(CalendarFeed feed, PublicAddress addresses) {
        this.feed = feed;
        this.addresses = addresses;
    }

    @Get(value = "/{file}", produces = "text/calendar")
    HttpResponse<String> read(String file, HttpRequest<?> request) {
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        java.net.URI requested = java.net.URI.create((request.isSecure() ? "https" : "http") + "://"
                + request.getHeaders().get("Host", String.class).orElse("localhost") + "/");
        return feed.read(token, addresses.base(requested))
                .map(text -> HttpResponse.ok(text).contentType(CALENDAR)
                        .header("Content-Disposition", "inline; filename=\"panel-interviews.ics\""))
                .orElseGet(() -> HttpResponse.<String>notFound().body("There is no calendar at this address. "
                        + "Make a new one on My account in Panel."));
    }
}
