package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as a Shardwire event type.
 *
 * <p>At compile time the Shardwire processor turns every {@code @ShardEvent} interface into a row
 * of its package's generated {@code EventTable} (an id, a bitmask and the type's {@code
 * dispatches()}), and every <em>concrete</em> one also into an immutable implementation (a
 * builder where {@link #builder()} says) and, with a {@link #name()}, a streaming payload
 * decoder. Every abstract method of the interface is a property;
 * its JSON name is the snake_case of the accessor unless {@link JsonName} says otherwise.
 *
 * <pre>{@code
 * @ShardEvent(name = "GUILD_BAN_ADD")
 * public interface GuildBanEvent extends dev.shardwire.events.ShardEvent {
 *   Snowflake guildId();
 *   User user();
 * }
 * }</pre>
 *
 * <p>An event interface must extend {@code dev.shardwire.events.Event} (directly or through other
 * event interfaces); every event supertype it extends must itself be annotated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ShardEvent {

  /**
   * The gateway dispatch name ({@code t}) whose payload decodes into this event, such as {@code
   * "READY"}; empty for an event that no gateway dispatch produces directly (state events, events
   * a bot dispatches itself). Two events may not claim the same name.
   */
  String name() default "";

  /**
   * Whether this is an abstract base event that is only ever listened to, never built (as {@code
   * ShardEvent} and {@code ShardStateEvent}). Base events get a table row and a bitmask but no
   * implementation and no decoder. This is said explicitly rather than guessed from the
   * interface's shape.
   */
  boolean base() default false;

  /**
   * The gateway intents, by their {@code dev.shardwire.models.Intents} constant names, that enable
   * this event (hikari's {@code requires_intents}): without any of them the gateway never sends it,
   * and one suffices where several are given ({@code GUILD_MESSAGES} for guild messages, {@code
   * DIRECT_MESSAGES} for direct ones). Subscribing to the event on a bot with none of them logs a
   * warning naming them.
   */
  String[] intents() default {};

  /**
   * Whether the implementation of an event that a dispatch decodes (a {@link #name()}) also gets a
   * builder ({@code ImmutableFooEvent.builder()}), for code that makes such events by hand, as
   * tests do. Its decoder needs none, so by default there is none: the implementation's public
   * constructor, which takes every property in declaration order, makes one too. An event that no
   * dispatch decodes is only ever made by hand, so it always gets a builder.
   */
  boolean builder() default false;
}
