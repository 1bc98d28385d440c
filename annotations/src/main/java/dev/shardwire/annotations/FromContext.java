package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes a property from the decode context rather than from the payload: the bot ({@code app()})
 * and the shard that received the dispatch ({@code shard()}). The property's type must be one the
 * decode context offers ({@code dev.shardwire.GatewayBot} or {@code
 * dev.shardwire.gateway.GatewayShard}). Context properties take part in neither {@code equals}
 * nor {@code hashCode}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface FromContext {}
