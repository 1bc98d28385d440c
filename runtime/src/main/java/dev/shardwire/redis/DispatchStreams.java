package dev.shardwire.redis;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where dispatches travel between the gateway role and the worker role: one Redis stream per
 * dispatch name, so a worker reads only the names its listeners want.
 *
 * <p>A stream's key is {@code <prefix>:dispatch:<NAME>}, for example {@code
 * shardwire:mybot:dispatch:MESSAGE_CREATE}. Each entry has three fields:
 *
 * <ul>
 *   <li>{@value #SHARD}: the id of the shard that received it, in decimal;
 *   <li>{@value #SEQUENCE}: its sequence number in the shard's session, in decimal;
 *   <li>{@value #PAYLOAD}: the dispatch's {@code d}, as the gateway sent it (UTF-8 JSON).
 * </ul>
 *
 * <p>(shard, sequence) names a dispatch within a session, which is how a consumer recognises the
 * duplicates that at-least-once delivery allows.
 */
public final class DispatchStreams {

  /** The field holding the shard id. */
  public static final String SHARD = "shard";
  /** The field holding the sequence number. */
  public static final String SEQUENCE = "seq";
  /** The field holding the raw payload. */
  public static final String PAYLOAD = "d";

  /** The default prefix when a bot key is not given: {@code shardwire}. */
  public static final String DEFAULT_PREFIX = "shardwire";

  /** The default bound of each stream, trimmed approximately ({@code MAXLEN ~}): 100,000 entries. */
  public static final long DEFAULT_MAX_LENGTH = 100_000;

  /**
   * The dispatches that stay in the gateway process: READY and RESUMED belong to its own session
   * (its session id and resume URL), not to listeners elsewhere.
   */
  private static final Set<String> GATEWAY_ONLY = Set.of("READY", "RESUMED");

  private final String prefix;

  private DispatchStreams(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The streams of one bot.
   *
   * @param botKey names the bot in the keys (its application id, say); every gateway and worker
   *     process of the bot uses the same
   */
  public static DispatchStreams of(String botKey) {
    if (Objects.requireNonNull(botKey, "botKey").isEmpty() || botKey.indexOf(':') >= 0) {
      throw new IllegalArgumentException("botKey must be non-empty and contain no ':', but is \"" + botKey + "\"");
    }
    return new DispatchStreams(DEFAULT_PREFIX + ":" + botKey);
  }

  /** Whether dispatches named {@code name} travel through a stream (all but READY and RESUMED). */
  public static boolean carries(String name) {
    return !GATEWAY_ONLY.contains(name);
  }

  /** Of {@code names}, those that travel through streams, in the same order. */
  public static List<String> carried(List<String> names) {
    return names.stream().filter(DispatchStreams::carries).toList();
  }

  /** The stream key of the dispatch named {@code name}, as {@code MESSAGE_CREATE}. */
  public String keyOf(String name) {
    return prefix + ":dispatch:" + name;
  }

  /** The dispatch name a stream key of these streams names, or {@code null} if it is not one. */
  public String nameOf(String key) {
    String start = prefix + ":dispatch:";
    return key.startsWith(start) && key.length() > start.length() ? key.substring(start.length()) : null;
  }

  @Override
  public String toString() {
    return "DispatchStreams[" + keyOf("*") + "]";
  }
}
