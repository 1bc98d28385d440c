package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one constant of an enum that a payload value no constant stands for decodes to.
 * Discord adds enum values without notice, so every enum read from a payload is open: an unknown
 * value never fails the payload, it decodes to this constant (and is logged once per enum and
 * value). The raw value stays readable through a {@link RawValueOf} accessor.
 *
 * <pre>{@code
 * public enum Status {
 *   ONLINE, IDLE, @JsonName("dnd") DO_NOT_DISTURB, OFFLINE,
 *   @UnknownValue UNKNOWN
 * }
 * }</pre>
 *
 * <p>An enum used as a property type must have exactly one such constant.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface UnknownValue {}
