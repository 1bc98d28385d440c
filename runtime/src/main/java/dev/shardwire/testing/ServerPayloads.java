package dev.shardwire.testing;

import dev.shardwire.models.Snowflake;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes what the embedded gateway sends, with the streaming generator. */
final class ServerPayloads {

  /** Op 7 RECONNECT. */
  static final String RECONNECT = "{\"t\":null,\"s\":null,\"op\":7,\"d\":null}";
  static final String HEARTBEAT_ACK = "{\"t\":null,\"s\":null,\"op\":11,\"d\":null}";

  private static final JsonFactory JSON = new JsonFactory();

  private ServerPayloads() {}

  static String write(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(g);
    }
    return out.toString();
  }

  /**
   * The RESUMED dispatch: Discord's docs list no fields for it, so {@code d} is an empty object,
   * and it carries no sequence number (it is this connection's handshake, never replayed).
   */
  static final String RESUMED = "{\"t\":\"RESUMED\",\"s\":null,\"op\":0,\"d\":{}}";

  static String hello(long intervalMillis) {
    // Shaped as Discord sends it: t and s are always there, null outside dispatches.
    return "{\"t\":null,\"s\":null,\"op\":10,\"d\":{\"heartbeat_interval\":" + intervalMillis + "}}";
  }

  static String invalidSession(boolean resumable) {
    return "{\"t\":null,\"s\":null,\"op\":9,\"d\":" + resumable + "}";
  }

  static String ready(GatewayConfig config, String sessionId, String resumeUrl, int shardId, int shardCount) {
    return write(g -> {
      g.writeStartObject();
      g.writeNumberProperty("v", 10);
      g.writeObjectPropertyStart("user");
      writeUserIdentity(g, config.userId().toString(), config.username());
      g.writeBooleanProperty("bot", true);
      g.writeBooleanProperty("mfa_enabled", false);
      g.writeBooleanProperty("verified", true);
      g.writeNumberProperty("flags", 0);
      g.writeEndObject();
      g.writeArrayPropertyStart("guilds");
      for (Snowflake guild : config.guilds()) {
        g.writeStartObject();
        g.writeStringProperty("id", guild.toString());
        g.writeBooleanProperty("unavailable", true);
        g.writeEndObject();
      }
      g.writeEndArray();
      // Deprecated for bots, but Discord still sends it, and some clients expect it.
      g.writeArrayPropertyStart("private_channels");
      g.writeEndArray();
      g.writeStringProperty("session_id", sessionId);
      g.writeStringProperty("session_type", "normal");
      g.writeStringProperty("resume_gateway_url", resumeUrl);
      g.writeArrayPropertyStart("shard");
      g.writeNumber(shardId);
      g.writeNumber(shardCount);
      g.writeEndArray();
      g.writeObjectPropertyStart("application");
      g.writeStringProperty("id", config.applicationId().toString());
      g.writeNumberProperty("flags", config.applicationFlags().value());
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  static String memberChunk(Snowflake guild, List<EmbeddedMember> members, int index, int count,
      List<String> notFound, boolean presences, String nonce) {
    return write(g -> {
      g.writeStartObject();
      g.writeStringProperty("guild_id", guild.toString());
      g.writeArrayPropertyStart("members");
      for (EmbeddedMember m : members) {
        writeMember(g, m);
      }
      g.writeEndArray();
      g.writeNumberProperty("chunk_index", index);
      g.writeNumberProperty("chunk_count", count);
      g.writeArrayPropertyStart("not_found");
      for (String id : notFound) {
        g.writeString(id);
      }
      g.writeEndArray();
      if (presences) {
        g.writeArrayPropertyStart("presences");
        for (EmbeddedMember m : members) {
          g.writeStartObject();
          g.writeObjectPropertyStart("user");
          g.writeStringProperty("id", m.id().toString());
          g.writeEndObject();
          g.writeStringProperty("guild_id", guild.toString());
          g.writeStringProperty("status", m.statusJson());
          g.writeArrayPropertyStart("activities");
          g.writeEndArray();
          g.writeObjectPropertyStart("client_status");
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (nonce != null) {
        g.writeStringProperty("nonce", nonce);
      }
      g.writeEndObject();
    });
  }

  private static void writeMember(JsonGenerator g, EmbeddedMember m) {
    g.writeStartObject();
    g.writeObjectPropertyStart("user");
    writeUserIdentity(g, m.id().toString(), m.username());
    g.writeBooleanProperty("bot", false);
    g.writeNumberProperty("public_flags", 0);
    g.writeEndObject();
    // Every field of Discord's guild member object that a member without a nickname, guild avatar,
    // boost or timeout has; permissions appear only in interactions.
    g.writeNullProperty("nick");
    g.writeNullProperty("avatar");
    g.writeNullProperty("banner");
    g.writeArrayPropertyStart("roles");
    g.writeEndArray();
    g.writeStringProperty("joined_at", "2015-04-26T06:26:56.936000+00:00");
    g.writeNullProperty("premium_since");
    g.writeBooleanProperty("deaf", false);
    g.writeBooleanProperty("mute", false);
    g.writeNumberProperty("flags", 0);
    g.writeBooleanProperty("pending", false);
    g.writeNullProperty("communication_disabled_until");
    g.writeNullProperty("avatar_decoration_data");
    g.writeEndObject();
  }

  /** The fields every user object starts with: id, name, and the ones a new-style account leaves empty. */
  private static void writeUserIdentity(JsonGenerator g, String id, String username) {
    g.writeStringProperty("id", id);
    g.writeStringProperty("username", username);
    g.writeStringProperty("discriminator", "0");
    g.writeNullProperty("global_name");
    g.writeNullProperty("avatar");
  }
}
