package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a gateway model: a shaped value carried inside event payloads ({@code
 * User}, {@code Member}, …).
 *
 * <p>The processor generates an immutable implementation and a streaming decoder, exactly as for a
 * concrete {@link ShardEvent}, but no table row: a model is never dispatched on its own. Its
 * properties follow the same rules as an event's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GatewayModel {

  /**
   * Whether the implementation also gets a builder ({@code ImmutableFoo.builder()}), for code that
   * makes models by hand, as tests do. Decoders need none, so by default there is none: the
   * implementation's public constructor, which takes every property in declaration order, makes
   * one too.
   */
  boolean builder() default false;
}
