package dev.shardwire.events.message;

/**
 * MESSAGE_REACTION_REMOVE: a user removed a reaction.
 */
@dev.shardwire.annotations.ShardEvent(name = "MESSAGE_REACTION_REMOVE", intents = {"GUILD_MESSAGE_REACTIONS", "DIRECT_MESSAGE_REACTIONS"}, builder = true)
public interface MessageReactionRemoveEvent extends MessageReactionEvent {}
