package dev.panel.common;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transaction again when the database refused it for a reason that trying again cures: a deadlock, a
 * Galera certification failure (both MySQL error 1213), a lock wait timeout (1205) or a Galera node that is not
 * ready (1047). Put it on every service class that writes; {@link TransactionRetryInterceptor} wraps the whole
 * transaction and retries only the outermost call, so a service called inside another's transaction leaves the
 * retry to the caller.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface TransactionRetry {
}
