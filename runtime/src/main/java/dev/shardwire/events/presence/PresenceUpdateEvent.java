package dev.shardwire.events.presence;

import dev.shardwire.events.ShardEvent;
import dev.shardwire.models.MemberPresence;

/**
 * PRESENCE_UPDATE: a user's presence changed in a guild; the event is the {@link MemberPresence}
 * (the user is partial, only its id is certain).
 */
@dev.shardwire.annotations.ShardEvent(name = "PRESENCE_UPDATE", intents = "GUILD_PRESENCES", builder = true)
public interface PresenceUpdateEvent extends ShardEvent, MemberPresence {
}
