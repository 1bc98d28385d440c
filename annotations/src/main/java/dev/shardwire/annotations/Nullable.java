package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows a property to be {@code null}. Without it (or an {@code Optional} type) the generated
 * implementation rejects {@code null} with a message naming the property, and the decoder rejects
 * a payload that lacks the field. Prefer {@code Optional} on new events; this exists for fields
 * Discord documents as nullable where an {@code Optional} would be awkward.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE_USE})
public @interface Nullable {}
