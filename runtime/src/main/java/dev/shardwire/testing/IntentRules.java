package dev.shardwire.testing;

import static dev.shardwire.models.Intents.AUTO_MODERATION_CONFIGURATION;
import static dev.shardwire.models.Intents.AUTO_MODERATION_EXECUTION;
import static dev.shardwire.models.Intents.DIRECT_MESSAGES;
import static dev.shardwire.models.Intents.DIRECT_MESSAGE_POLLS;
import static dev.shardwire.models.Intents.DIRECT_MESSAGE_REACTIONS;
import static dev.shardwire.models.Intents.DIRECT_MESSAGE_TYPING;
import static dev.shardwire.models.Intents.GUILDS;
import static dev.shardwire.models.Intents.GUILD_EXPRESSIONS;
import static dev.shardwire.models.Intents.GUILD_INTEGRATIONS;
import static dev.shardwire.models.Intents.GUILD_INVITES;
import static dev.shardwire.models.Intents.GUILD_MEMBERS;
import static dev.shardwire.models.Intents.GUILD_MESSAGES;
import static dev.shardwire.models.Intents.GUILD_MESSAGE_POLLS;
import static dev.shardwire.models.Intents.GUILD_MESSAGE_REACTIONS;
import static dev.shardwire.models.Intents.GUILD_MESSAGE_TYPING;
import static dev.shardwire.models.Intents.GUILD_MODERATION;
import static dev.shardwire.models.Intents.GUILD_PRESENCES;
import static dev.shardwire.models.Intents.GUILD_SCHEDULED_EVENTS;
import static dev.shardwire.models.Intents.GUILD_VOICE_STATES;
import static dev.shardwire.models.Intents.GUILD_WEBHOOKS;

import dev.shardwire.models.Intents;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Which dispatches a session's intents let through, after Discord's list of intents: a dispatch
 * named there goes only to sessions that identified with its intent (for the message, reaction,
 * typing and poll events, the guild intent when the payload has a {@code guild_id}, the direct
 * message one otherwise; for THREAD_MEMBERS_UPDATE either of its two). A dispatch not named there
 * (READY, INTERACTION_CREATE, USER_UPDATE, a test's own event names) goes to every session.
 *
 * <p>GUILD_MEMBER_UPDATE of the bot's own member is sent without GUILD_MEMBERS, as Discord does.
 *
 * <p>{@code MESSAGE_CONTENT} filters nothing: on Discord it empties the content fields of messages
 * (with exceptions for direct messages, mentions and the bot's own messages) instead. The embedded
 * gateway sends messages as the test wrote them, so a test controls what its bot sees; it does not
 * emulate the emptying. Immutable.
 */
final class IntentRules {

  /** An event's intents: in a guild, and in a direct message (0: not sent there). */
  private record Rule(long guild, long direct) {}

  private static final Map<String, Rule> RULES = new HashMap<>();

  static {
    guild(GUILDS, "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE", "GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE",
        "GUILD_ROLE_DELETE", "CHANNEL_CREATE", "CHANNEL_UPDATE", "CHANNEL_DELETE", "THREAD_CREATE", "THREAD_UPDATE",
        "THREAD_DELETE", "THREAD_LIST_SYNC", "THREAD_MEMBER_UPDATE", "STAGE_INSTANCE_CREATE", "STAGE_INSTANCE_UPDATE",
        "STAGE_INSTANCE_DELETE", "VOICE_CHANNEL_STATUS_UPDATE", "VOICE_CHANNEL_START_TIME_UPDATE");
    guild(Intents.of(GUILDS, GUILD_MEMBERS), "THREAD_MEMBERS_UPDATE");
    guild(GUILD_MEMBERS, "GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE", "GUILD_MEMBER_REMOVE");
    guild(GUILD_MODERATION, "GUILD_AUDIT_LOG_ENTRY_CREATE", "GUILD_BAN_ADD", "GUILD_BAN_REMOVE");
    guild(GUILD_EXPRESSIONS, "GUILD_EMOJIS_UPDATE", "GUILD_STICKERS_UPDATE", "GUILD_SOUNDBOARD_SOUND_CREATE",
        "GUILD_SOUNDBOARD_SOUND_UPDATE", "GUILD_SOUNDBOARD_SOUND_DELETE", "GUILD_SOUNDBOARD_SOUNDS_UPDATE");
    guild(GUILD_INTEGRATIONS, "GUILD_INTEGRATIONS_UPDATE", "INTEGRATION_CREATE", "INTEGRATION_UPDATE",
        "INTEGRATION_DELETE");
    guild(GUILD_WEBHOOKS, "WEBHOOKS_UPDATE");
    guild(GUILD_INVITES, "INVITE_CREATE", "INVITE_DELETE");
    guild(GUILD_VOICE_STATES, "VOICE_CHANNEL_EFFECT_SEND", "VOICE_STATE_UPDATE");
    guild(GUILD_PRESENCES, "PRESENCE_UPDATE");
    guild(GUILD_MESSAGES, "MESSAGE_DELETE_BULK");
    guild(GUILD_SCHEDULED_EVENTS, "GUILD_SCHEDULED_EVENT_CREATE", "GUILD_SCHEDULED_EVENT_UPDATE",
        "GUILD_SCHEDULED_EVENT_DELETE", "GUILD_SCHEDULED_EVENT_USER_ADD", "GUILD_SCHEDULED_EVENT_USER_REMOVE");
    guild(AUTO_MODERATION_CONFIGURATION, "AUTO_MODERATION_RULE_CREATE", "AUTO_MODERATION_RULE_UPDATE",
        "AUTO_MODERATION_RULE_DELETE");
    guild(AUTO_MODERATION_EXECUTION, "AUTO_MODERATION_ACTION_EXECUTION");
    both(GUILDS, DIRECT_MESSAGES, "CHANNEL_PINS_UPDATE");
    both(GUILD_MESSAGES, DIRECT_MESSAGES, "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE");
    both(GUILD_MESSAGE_REACTIONS, DIRECT_MESSAGE_REACTIONS, "MESSAGE_REACTION_ADD", "MESSAGE_REACTION_REMOVE",
        "MESSAGE_REACTION_REMOVE_ALL", "MESSAGE_REACTION_REMOVE_EMOJI");
    both(GUILD_MESSAGE_TYPING, DIRECT_MESSAGE_TYPING, "TYPING_START");
    both(GUILD_MESSAGE_POLLS, DIRECT_MESSAGE_POLLS, "MESSAGE_POLL_VOTE_ADD", "MESSAGE_POLL_VOTE_REMOVE");
  }

  private static void guild(Intents intents, String... names) {
    both(intents, intents, names);
  }

  private static void both(Intents guild, Intents direct, String... names) {
    for (String name : names) {
      RULES.put(name, new Rule(guild.value(), direct.value()));
    }
  }

  private IntentRules() {}

  /** The intents of which a session needs one to get dispatch {@code name}, or 0 when every session gets it. */
  static long required(String name, JsonNode payload) {
    Rule rule = RULES.get(name);
    if (rule == null) {
      return 0;
    }
    return payload.hasNonNull("guild_id") ? rule.guild() : rule.direct();
  }

  /**
   * Whether a session that identified with {@code intents}, as user {@code selfId}, gets dispatch
   * {@code name} with {@code payload}.
   */
  static boolean allows(long intents, String selfId, String name, JsonNode payload) {
    long required = required(name, payload);
    if (required == 0 || (intents & required) != 0) {
      return true;
    }
    // Discord's caveat: the bot's own member updates arrive whatever the intents.
    return name.equals("GUILD_MEMBER_UPDATE") && selfId.equals(payload.path("user").path("id").asString(""));
  }
}
