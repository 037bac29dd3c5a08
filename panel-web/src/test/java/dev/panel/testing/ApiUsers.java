package dev.panel.testing;

import dev.panel.user.Role;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.util.List;

/** Fresh people signed in to the API of the server under test, and a client with no token at all. */
@Singleton
public class ApiUsers {

    private final EmbeddedServer server;
    private final LoopFixture fixture;

    ApiUsers(EmbeddedServer server, LoopFixture fixture) {
        this.server = server;
        this.fixture = fixture;
    }

    /** One new account per role given, in that order, each signed in. */
    public List<SignedIn> people(Role... roles) {
        return fixture.people(roles).stream().map(user -> new SignedIn(user, anonymous().as(user.username(), LoopFixture.PASSWORD))).toList();
    }

    public SignedIn person(Role role) {
        return people(role).get(0);
    }

    public PanelClient anonymous() {
        return new PanelClient(server.getURI());
    }
}
