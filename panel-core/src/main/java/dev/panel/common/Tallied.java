package dev.panel.common;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts each call of a service method by how it ended, in the counter {@link #value()} with the tag {@code outcome}:
 * {@code ok}, {@code refused} (a {@link PanelException}: the person can act on it) or {@code failed} (anything else,
 * such as a database that does not answer). The count is taken outside the method's transaction, so a commit
 * that fails counts as failed, not as ok.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
@Type(TallyInterceptor.class)
public @interface Tallied {

    /** The counter's name in Micrometer's dotted form, e.g. {@code panel.scorecard.autosaves}. */
    String value();

    /** What is counted, for the metric's help text. */
    String description();
}
