package dev.panel.user.api;

import dev.panel.security.PublicAddress;
import dev.panel.security.ApiCaller;
import dev.panel.user.AccountChange;
import dev.panel.user.AccountFilter;
import dev.panel.user.AccountLinkService;
import dev.panel.user.AccountService;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Accounts for admins and provisioning scripts: list, create, change, deactivate, and send invitation or reset links. */
@Controller("/api/users")
@Secured("ADMIN")
@Tag(name = "People")
class UserController {

    private final AccountService accounts;
    private final AccountLinkService links;
    private final PublicAddress addresses;

    UserController(AccountService accounts, AccountLinkService links, PublicAddress addresses) {
        this.accounts = accounts;
        this.links = links;
        this.addresses = addresses;
    }

    /** Accounts by name; {@code text} matches username, name or email. */
    @Get
    List<AccountJson> list(@QueryValue @Nullable String text, @QueryValue @Nullable String role, @QueryValue @Nullable Boolean active,
                           @QueryValue(defaultValue = "0") @Min(0) int offset,
                           @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit, Authentication authentication) {
        Role wanted = role == null || role.isBlank() ? null : RoleNames.parse(List.of(role)).iterator().next();
        return accounts.page(ApiCaller.actor(authentication), new AccountFilter(text, wanted, active), offset, limit)
                .stream().map(AccountJson::of).toList();
    }

    @Get("/{id}")
    AccountJson get(long id, Authentication authentication) {
        return AccountJson.of(accounts.get(ApiCaller.actor(authentication), id));
    }

    /** A new account without a password; send it an invitation next. */
    @Post
    HttpResponse<AccountJson> create(@Body @Valid NewAccount request, Authentication authentication) {
        AccountJson created = AccountJson.of(accounts.create(ApiCaller.actor(authentication),
                new NewUser(request.username(), request.displayName(), request.email(), null, RoleNames.parse(request.roles()))));
        return HttpResponse.created(created, URI.create("/api/users/" + created.id()));
    }

    /** Changes what the body names; {@code "active": false} deactivates and ends the person's sessions and tokens. */
    @Patch("/{id}")
    AccountJson change(long id, @Body @Valid AccountPatch patch, Authentication authentication) {
        return AccountJson.of(accounts.change(ApiCaller.actor(authentication), id,
                new AccountChange(patch.displayName(), patch.email(), RoleNames.parse(patch.roles()), patch.active())));
    }

    @Post("/{id}/invitations")
    HttpResponse<LinkJson> invite(long id, HttpRequest<?> request, Authentication authentication) {
        AccountLinkService.IssuedLink link = links.invite(ApiCaller.actor(authentication), id);
        return HttpResponse.created(new LinkJson(addresses.accountLink(link.token(), host(request)), link.expiresAt()));
    }

    @Post("/{id}/password-resets")
    HttpResponse<LinkJson> reset(long id, HttpRequest<?> request, Authentication authentication) {
        AccountLinkService.IssuedLink link = links.reset(ApiCaller.actor(authentication), id);
        return HttpResponse.created(new LinkJson(addresses.accountLink(link.token(), host(request)), link.expiresAt()));
    }

    /** The scheme, host and port the request came to, from its Host header. */
    private static URI host(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        return URI.create((request.isSecure() ? "https" : "http") + "://" + (host == null ? "localhost" : host) + "/");
    }

    @Serdeable
    record NewAccount(@NotBlank @Size(max = 64) String username, @Nullable @Size(max = 128) String displayName,
                      @NotBlank @Size(max = 254) String email, @NotNull @Size(min = 1, max = 4) List<String> roles) {
    }

    @Serdeable
    record AccountPatch(@Nullable @Size(max = 128) String displayName, @Nullable @Size(max = 254) String email,
                        @Nullable @Size(max = 4) List<String> roles, @Nullable Boolean active) {
    }

    @Serdeable
    record LinkJson(String link, Instant expiresAt) {
    }
}
