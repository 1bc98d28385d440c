package dev.shardwire.gateway.session;

/**
 * The lock of a shard's inbound stream: which connection's frames are still read, the resume state
 * ({@link SessionState}) and the sink's turn (see {@link ShardContext}). A read thread holds it for
 * one frame, so dispatches reach the sink one at a time and in order without a hop to the
 * executor; the executor takes it to stop a connection's reading, to read or reset the session,
 * and to tell the sink of a disconnect.
 *
 * <p>It is the shard's one lock besides its executor, and it is checked, not kept by convention:
 * what it guards calls {@link #checkHeld()}, as the executor's state calls {@link
 * ShardExecutor#checkOwner()}.
 */
public final class InboundLock {

  private final int shardId;

  /** The inbound lock of shard {@code shardId}, which its messages name. */
  public InboundLock(int shardId) {
    this.shardId = shardId;
  }

  /**
   * Refuses to go on unless the calling thread holds this lock. A part that touches the inbound
   * stream without it is a bug.
   *
   * @throws IllegalStateException when the calling thread does not hold it
   */
  public void checkHeld() {
    if (!Thread.holdsLock(this)) {
      throw new IllegalStateException("shard " + shardId + ": inbound stream touched on "
          + Thread.currentThread().getName() + " without its lock");
    }
  }

  @Override
  public String toString() {
    return "InboundLock[shard " + shardId + "]";
  }
}
