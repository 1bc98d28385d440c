package dev.shardwire.redis;

/**
 * A stream entry that is not a dispatch as {@link DispatchStreams} lays it out: a field missing, a
 * shard or sequence that is not a decimal number, or a shard outside the bot's shard count. The
 * message names the stream, the entry and the field. A {@link RedisDispatchWorker} logs it,
 * acknowledges the entry (it would never read better) and goes on.
 */
public final class MalformedEntryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stream;
  private final String entryId;
  private final String field;

  /**
   * @param stream the stream's key
   * @param entryId the entry's id, as {@code 1700000000000-0}
   * @param field the bad field ({@value DispatchStreams#SHARD}, {@value DispatchStreams#SEQUENCE}
   *     or {@value DispatchStreams#PAYLOAD})
   * @param problem what is wrong with it
   */
  public MalformedEntryException(String stream, String entryId, String field, String problem) {
    super("stream entry " + entryId + " of " + stream + ": field '" + field + "' " + problem);
    this.stream = stream;
    this.entryId = entryId;
    this.field = field;
  }

  /** The key of the stream holding the entry. */
  public String stream() {
    return stream;
  }

  /** The entry's id. */
  public String entryId() {
    return entryId;
  }

  /** The bad field. */
  public String field() {
    return field;
  }
}
