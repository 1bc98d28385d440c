package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shows a property in the generated {@code toString()} (the counterpart of hikari's {@code
 * attrs.field(repr=True)}). Properties without it are left out, so that large payloads (member
 * lists, raw trees) do not flood the logs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Repr {}
