package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the JSON name of a property, which is otherwise the snake_case of the accessor ({@code
 * sessionId()} reads {@code session_id}), or of an enum constant, which is otherwise the
 * constant's lower-case name ({@code ONLINE} reads {@code "online"}).
 *
 * <p>A dotted value is a path into nested objects: READY's {@code @JsonName("application.id")
 * Snowflake applicationId()} reads the {@code id} of the payload's {@code application} object.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface JsonName {

  /** The JSON field name, or a dotted path of field names. */
  String value();
}
