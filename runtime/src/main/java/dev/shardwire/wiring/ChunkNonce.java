package dev.shardwire.wiring;

import dev.shardwire.gateway.GatewayDispatch;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the {@code nonce} of a GUILD_MEMBERS_CHUNK that failed to decode, so the request waiting
 * for it can fail at once. Only top-level names are looked at; the rest is skipped.
 */
final class ChunkNonce {

  private ChunkNonce() {}

  /** The chunk's nonce, or null when it has none or the payload cannot be read as far as it. */
  static String read(GatewayDispatch dispatch) {
    try (JsonParser parser = dispatch.openPayload()) {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("nonce".equals(name)) {
          return value == JsonToken.VALUE_STRING ? parser.getString() : null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (JacksonException e) {
      return null; // broken before the nonce: the request times out as it would have
    }
  }
}
