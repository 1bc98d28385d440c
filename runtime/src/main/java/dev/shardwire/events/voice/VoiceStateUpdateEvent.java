package dev.shardwire.events.voice;

import dev.shardwire.events.ShardEvent;
import dev.shardwire.models.VoiceState;

/**
 * VOICE_STATE_UPDATE: a user joined, left or moved between voice channels, or muted, deafened or
 * streamed; the event is the {@link VoiceState} (the bot's own too, after an {@code updateVoiceState}).
 */
@dev.shardwire.annotations.ShardEvent(name = "VOICE_STATE_UPDATE", intents = "GUILD_VOICE_STATES", builder = true)
public interface VoiceStateUpdateEvent extends ShardEvent, VoiceState {
}
