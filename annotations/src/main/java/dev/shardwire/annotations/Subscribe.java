package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as the handler of one event type: the type of its single parameter.
 *
 * <p>For every class with {@code @Subscribe} methods the processor generates a binding that
 * subscribes each handler with a direct call, so registering an instance with the event manager
 * involves no reflection. The handler must not be private, takes exactly one parameter whose type
 * is a {@link ShardEvent} interface, and returns {@code void} or a {@code CompletionStage}; a
 * handler for a base event receives every event below it. Mistakes are compile errors on the
 * method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Subscribe {}
