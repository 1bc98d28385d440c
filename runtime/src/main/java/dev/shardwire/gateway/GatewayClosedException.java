package dev.shardwire.gateway;

/**
 * The gateway closed a shard's connection with a code that forbids reconnecting (authentication
 * failed, invalid shard, sharding required, invalid API version, invalid or disallowed intents).
 * The shard has stopped.
 */
public final class GatewayClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int shardId;
  private final int closeCode;
  private final String reason;

  /**
   * Makes the exception.
   *
   * @param shardId the shard that was closed
   * @param closeCode the WebSocket close code the gateway sent
   * @param reason the close reason the gateway sent (may be empty)
   */
  public GatewayClosedException(int shardId, int closeCode, String reason) {
    super("gateway closed shard " + shardId + " with fatal close code " + closeCode + " ("
        + CloseCodes.describe(closeCode) + ")" + (reason == null || reason.isEmpty() ? "" : ": " + reason));
    this.shardId = shardId;
    this.closeCode = closeCode;
    this.reason = reason == null ? "" : reason;
  }

  /** The shard that was closed. */
  public int shardId() {
    return shardId;
  }

  /** The close code, as {@code 4004}. */
  public int closeCode() {
    return closeCode;
  }

  /** The close reason the gateway sent, or the empty string. */
  public String reason() {
    return reason;
  }
}
