package dev.shardwire.events.guild;

import dev.shardwire.models.Guild;

/**
 * GUILD_UPDATE: a guild's settings changed; the event is the updated {@link Guild}.
 */
@dev.shardwire.annotations.ShardEvent(name = "GUILD_UPDATE", intents = "GUILDS", builder = true)
public interface GuildUpdateEvent extends GuildEvent, Guild {
}
