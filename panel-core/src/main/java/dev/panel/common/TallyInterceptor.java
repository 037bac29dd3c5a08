package dev.panel.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.inject.ExecutableMethod;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the calls of {@link Tallied} methods. It runs before the transaction and any retry begin (a lower order
 * than theirs), so one call is counted once, by how it finally ended. Without a meter registry (the core's own
 * tests) it counts into a registry that keeps nothing.
 */
@Singleton
class TallyInterceptor implements MethodInterceptor<Object, Object> {

    private final MeterRegistry registry;
    private final Map<ExecutableMethod<?, ?>, Outcomes> counters = new ConcurrentHashMap<>();

    TallyInterceptor(@Nullable MeterRegistry registry) {
        this.registry = registry == null ? new CompositeMeterRegistry() : registry;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.TRACE.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Outcomes outcomes = counters.computeIfAbsent(context.getExecutableMethod(),
                method -> new Outcomes(registry, method.stringValue(Tallied.class).orElseThrow(),
                        method.stringValue(Tallied.class, "description").orElse("")));
        try {
            Object result = context.proceed();
            outcomes.ok.increment();
            return result;
        } catch (PanelException refused) {
            outcomes.refused.increment();
            throw refused;
        } catch (RuntimeException | Error failure) {
            outcomes.failed.increment();
            throw failure;
        }
    }

    /** The three counters of one name, registered together: once one has moved, the others show, at zero. */
    private static final class Outcomes {
        final Counter ok;
        final Counter refused;
        final Counter failed;

        Outcomes(MeterRegistry registry, String name, String description) {
            ok = counter(registry, name, description, "ok");
            refused = counter(registry, name, description, "refused");
            failed = counter(registry, name, description, "failed");
        }

        private static Counter counter(MeterRegistry registry, String name, String description, String outcome) {
            return Counter.builder(name).description(description).tag("outcome", outcome).register(registry);
        }
    }
}
