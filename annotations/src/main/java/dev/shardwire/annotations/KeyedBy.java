package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Builds a {@code Map<Snowflake, V>} property from a JSON array, keying each element by one of
 * its fields. {@code @KeyedBy("user.id") Map<Snowflake, Member> members()} reads the {@code
 * members} array and keys every member by its {@code user.id}. The map keeps the array's order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface KeyedBy {

  /** The dotted path, inside each element, of the key ({@code "user.id"}). */
  String value();
}
