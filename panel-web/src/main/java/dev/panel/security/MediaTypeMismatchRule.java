package dev.panel.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Arrays;
import java.util.List;

/**
 * A request to an existing endpoint with a body of a type it does not take matches no route, and Micronaut Security
 * closes every unmatched request, so it was answered 403 "your role may not do this". Here such a request goes on to
 * the router, which answers 415, when the caller may use that endpoint at all (the endpoint's own {@code @Secured});
 * anyone else is refused as before. Unknown paths stay closed.
 */
@Singleton
class MediaTypeMismatchRule implements SecurityRule<HttpRequest<?>> {

    /** After the {@code @Secured} rule, which answers only for a matched route. */
    static final int ORDER = SecuredAnnotationRule.ORDER + 100;

    private final Router router;

    MediaTypeMismatchRule(Router router) {
        this.router = router;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (RouteAttributes.getRouteMatch(request).isPresent()) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        List<UriRouteMatch<Object, Object>> samePathAndMethod = router.find(request.getMethod(), request.getPath(), request).toList();
        boolean mayUse = samePathAndMethod.stream().anyMatch(route -> mayUse(route.getAnnotationMetadata().stringValues(Secured.class), authentication));
        return Publishers.just(mayUse ? SecurityRuleResult.ALLOWED : SecurityRuleResult.UNKNOWN);
    }

    private static boolean mayUse(String[] secured, @Nullable Authentication authentication) {
        List<String> rules = Arrays.asList(secured);
        if (rules.contains(SecurityRule.IS_ANONYMOUS)) {
            return true;
        }
        if (authentication == null || rules.isEmpty() || rules.contains(SecurityRule.DENY_ALL)) {
            return false;
        }
        return rules.contains(SecurityRule.IS_AUTHENTICATED) || rules.stream().anyMatch(authentication.getRoles()::contains);
    }
}
