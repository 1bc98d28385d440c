package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an accessor return the raw JSON value of an enum property of the same interface: the
 * string as sent ({@code "brand_new_status"}), or the number's text ({@code "42"}) for an
 * integer-valued enum. It is how a bot reads a value its enum does not know yet (the enum property
 * then holds the {@link UnknownValue} constant).
 *
 * <pre>{@code
 * Status status();
 * @RawValueOf("status") String rawStatus();
 * }</pre>
 *
 * <p>The accessor's type is the enum property's type with the enum replaced by {@code String}
 * ({@code String} for {@code Status}, {@code Optional<String>} for {@code Optional<Status>}), so
 * an absent or {@code null} field reads as the enum property does.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface RawValueOf {

  /** The accessor name of the enum property, as {@code "status"}. */
  String value();
}
