package dev.shardwire.silent;

import dev.shardwire.annotations.Repr;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.models.Snowflake;

/** An event of a package whose table no test registers with the bot: it must still be routed. */
@dev.shardwire.annotations.ShardEvent(name = "WEBHOOKS_UPDATE")
public interface WebhooksUpdateEvent extends ShardEvent {
  @Repr
  Snowflake guildId();

  @Repr
  Snowflake channelId();
}
