package dev.shardwire.redis;

import dev.shardwire.gateway.GatewayShard;
import dev.shardwire.gateway.MemberRequest;
import dev.shardwire.gateway.Presence;
import dev.shardwire.gateway.VoiceStateUpdate;
import dev.shardwire.spi.SequencedShard;

/**
 * The {@code shard()} of an event that a {@link RedisDispatchWorker} delivers: shard {@link #id()}
 * of {@link #count()}, seen from a process that has no connection of its own, together with the
 * {@link #sequence()} of the dispatch the event was decoded from.
 *
 * <p>A worker cannot send gateway commands: {@link #requestGuildMembers}, {@link #updatePresence}
 * and {@link #updateVoiceState} throw an {@link UnsupportedOperationException} that says so; send
 * them from the gateway process that runs the shard. Two views are equal when they name the same
 * shard of the same count, whatever their sequence.
 */
public final class WorkerShard implements GatewayShard, SequencedShard {

  private final int id;
  private final int count;
  private final long sequence;

  /**
   * The view of shard {@code id} of {@code count} for the dispatch numbered {@code sequence}.
   *
   * @throws IllegalArgumentException if {@code id} is not in {@code [0, count)} or {@code sequence}
   *     is negative
   */
  public WorkerShard(int id, int count, long sequence) {
    if (count < 1 || id < 0 || id >= count) {
      throw new IllegalArgumentException("shard id must be in [0, " + count + "), but is " + id);
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative, but is " + sequence);
    }
    this.id = id;
    this.count = count;
    this.sequence = sequence;
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public long sequence() {
    return sequence;
  }

  /** Always throws: a worker has no gateway connection. */
  @Override
  public String requestGuildMembers(MemberRequest request) {
    throw refused("REQUEST_GUILD_MEMBERS");
  }

  /** Always throws: a worker has no gateway connection. */
  @Override
  public void updatePresence(Presence presence) {
    throw refused("PRESENCE_UPDATE");
  }

  /** Always throws: a worker has no gateway connection. */
  @Override
  public void updateVoiceState(VoiceStateUpdate update) {
    throw refused("UPDATE_VOICE_STATE");
  }

  private UnsupportedOperationException refused(String command) {
    return new UnsupportedOperationException(
        "cannot send " + command + " through shard " + id + " of " + count + ": this event was delivered by a"
            + " Redis dispatch worker, which has no gateway connection; send gateway commands from the"
            + " gateway process that runs the shard");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkerShard shard && shard.id == id && shard.count == count;
  }

  @Override
  public int hashCode() {
    return 31 * id + count;
  }

  @Override
  public String toString() {
    return "WorkerShard[" + id + " of " + count + ", dispatch #" + sequence + "]";
  }
}
