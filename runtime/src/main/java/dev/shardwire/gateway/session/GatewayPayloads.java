package dev.shardwire.gateway.session;

import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.VoiceStateUpdate;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.Status;
import java.io.StringWriter;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes the payloads a shard sends, with the streaming generator. */
public final class GatewayPayloads {

  static final int HEARTBEAT = 1;
  static final int IDENTIFY = 2;
  static final int PRESENCE_UPDATE = 3;
  static final int VOICE_STATE_UPDATE = 4;
  static final int RESUME = 6;
  static final int REQUEST_GUILD_MEMBERS = 8;

  private final JsonFactory json;

  public GatewayPayloads(JsonFactory json) {
    this.json = json;
  }

  /** Op 1 with the last sequence number, or null before the first dispatch. */
  static String heartbeat(long sequence) {
    return "{\"op\":1,\"d\":" + (sequence > 0 ? Long.toString(sequence) : "null") + "}";
  }

  /** Op 2. */
  String identify(Token token, long intents, int shardId, int shardCount, int largeThreshold, Presence presence) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("op", IDENTIFY);
      g.writeObjectPropertyStart("d");
      g.writeStringProperty("token", token.reveal());
      g.writeNumberProperty("intents", intents);
      g.writeObjectPropertyStart("properties");
      g.writeStringProperty("os", System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT));
      g.writeStringProperty("browser", "shardwire");
      g.writeStringProperty("device", "shardwire");
      g.writeEndObject();
      g.writeBooleanProperty("compress", false);
      g.writeNumberProperty("large_threshold", largeThreshold);
      g.writeArrayPropertyStart("shard");
      g.writeNumber(shardId);
      g.writeNumber(shardCount);
      g.writeEndArray();
      if (presence != null) {
        writePresence(g, presence);
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toString();
  }

  /** Op 3: the same presence object IDENTIFY carries, as the whole {@code d}. */
  public String updatePresence(Presence presence) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("op", PRESENCE_UPDATE);
      g.writeName("d");
      writePresenceObject(g, presence);
      g.writeEndObject();
    }
    return out.toString();
  }

  /** Op 4. */
  public String updateVoiceState(VoiceStateUpdate update) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("op", VOICE_STATE_UPDATE);
      g.writeObjectPropertyStart("d");
      g.writeStringProperty("guild_id", update.guildId().toString());
      if (update.channelId().isPresent()) {
        g.writeStringProperty("channel_id", update.channelId().get().toString());
      } else {
        g.writeNullProperty("channel_id");
      }
      g.writeBooleanProperty("self_mute", update.selfMute());
      g.writeBooleanProperty("self_deaf", update.selfDeaf());
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void writePresence(JsonGenerator g, Presence presence) {
    g.writeName("presence");
    writePresenceObject(g, presence);
  }

  private static void writePresenceObject(JsonGenerator g, Presence presence) {
    g.writeStartObject();
    if (presence.since().isPresent()) {
      g.writeNumberProperty("since", presence.since().get().toEpochMilli());
    } else {
      g.writeNullProperty("since");
    }
    g.writeArrayPropertyStart("activities");
    if (presence.activityName().isPresent()) {
      g.writeStartObject();
      g.writeStringProperty("name", presence.activityName().get());
      g.writeNumberProperty("type", presence.activityType());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringProperty("status", statusJson(presence.status()));
    g.writeBooleanProperty("afk", presence.afk());
    g.writeEndObject();
  }

  /** Op 6. */
  String resume(Token token, String sessionId, long sequence) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("op", RESUME);
      g.writeObjectPropertyStart("d");
      g.writeStringProperty("token", token.reveal());
      g.writeStringProperty("session_id", sessionId);
      g.writeNumberProperty("seq", sequence);
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toString();
  }

  /** Op 8. */
  public String requestGuildMembers(MemberRequest request, String nonce) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("op", REQUEST_GUILD_MEMBERS);
      g.writeObjectPropertyStart("d");
      g.writeStringProperty("guild_id", request.guildId().toString());
      if (request.query().isPresent()) {
        g.writeStringProperty("query", request.query().get());
        g.writeNumberProperty("limit", request.limit());
      } else {
        g.writeArrayPropertyStart("user_ids");
        for (Snowflake id : request.userIds()) {
          g.writeString(id.toString());
        }
        g.writeEndArray();
      }
      g.writeBooleanProperty("presences", request.presences());
      g.writeStringProperty("nonce", nonce);
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toString();
  }

  /** The status as Discord spells it in JSON. */
  private static String statusJson(Status status) {
    switch (status) {
      case ONLINE: return "online";
      case DO_NOT_DISTURB: return "dnd";
      case IDLE: return "idle";
      case OFFLINE: return "offline";
      default: throw new IllegalStateException("unreachable: Presence refuses " + status);
    }
  }
}
