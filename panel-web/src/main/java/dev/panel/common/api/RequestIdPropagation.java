package dev.panel.common.api;

import dev.panel.audit.AuditLog;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.MDC;

/**
 * Carries the request id into the thread that runs an API controller. Micronaut's servlet runs asynchronously, so
 * the id that the servlet filter app.server.RequestIds put in the MDC is gone by then; Micronaut's propagated context brings it along
 * to wherever the request is handled, and audit events of API calls record it like those of the UI.
 */
@ServerFilter("/api/**")
class RequestIdPropagation {

    @RequestFilter
    void carry(HttpRequest<?> request, MutablePropagatedContext context) {
        request.getAttribute(AuditLog.REQUEST_ID, String.class)
                .or(() -> java.util.Optional.ofNullable(request.getHeaders().get("X-Request-Id")))
                .ifPresent(id -> context.add(new InMdc(id)));
    }

    /** Puts the id in the MDC while the request's code runs on a thread, and puts back what was there. */
    private record InMdc(String id) implements ThreadPropagatedContextElement<String> {

        @Override
        public String updateThreadContext() {
            String before = MDC.get(AuditLog.REQUEST_ID);
            MDC.put(AuditLog.REQUEST_ID, id);
            return before;
        }

        @Override
        public void restoreThreadContext(String before) {
            if (before == null) {
                MDC.remove(AuditLog.REQUEST_ID);
            } else {
                MDC.put(AuditLog.REQUEST_ID, before);
            }
        }
    }
}
