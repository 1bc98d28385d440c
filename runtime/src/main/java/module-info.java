/**
 * Shardwire's runtime: the events and models, the event manager, the gateway shard, the bot and
 * the embedded gateway.
 *
 * <p>It exports the user API and {@code dev.shardwire.spi}, the contract with the code the
 * processor generates into bot authors' packages (with {@code dev.shardwire.models.JsonArrays},
 * which lives with the models because it makes snowflakes). The bot's wiring ({@code dev.shardwire.wiring})
 * stays closed, and so do the gateway's insides ({@code dev.shardwire.gateway.wire} and {@code
 * dev.shardwire.gateway.session}).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.shardwire.runtime {
  requires transitive dev.shardwire.annotations;
  // spi's decoders take a JsonParser, and ShardPayloadEvent carries a JsonNode.
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires org.java_websocket;
  // GET /gateway/bot, and the embedded gateway's loopback REST endpoint for it.
  requires java.net.http;
  requires jdk.httpserver;
  // ShardOptions takes the logger a shard writes to.
  requires transitive org.slf4j;
  // Only dev.shardwire.redis uses Lettuce, an optional dependency whose connection type its API
  // takes. Lettuce is an automatic module (hence the suppressed warning).
  requires static transitive lettuce.core;
  // @Generated, on the generated classes, has source retention: needed to compile, not to run.
  requires static transitive java.compiler;

  exports dev.shardwire;
  exports dev.shardwire.dispatch;
  exports dev.shardwire.events;
  exports dev.shardwire.events.channel;
  exports dev.shardwire.events.guild;
  exports dev.shardwire.events.interaction;
  exports dev.shardwire.events.member;
  exports dev.shardwire.events.message;
  exports dev.shardwire.events.presence;
  exports dev.shardwire.events.typing;
  exports dev.shardwire.events.voice;
  exports dev.shardwire.gateway;
  exports dev.shardwire.gateway.client;
  exports dev.shardwire.models;
  exports dev.shardwire.redis;
  exports dev.shardwire.spi;
  exports dev.shardwire.testing;
}
