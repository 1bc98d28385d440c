package dev.shardwire.wiring;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.MemberRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Collects the chunks that answer one REQUEST_GUILD_MEMBERS: every {@link MemberChunkEvent}
 * carrying the request's nonce, until {@code chunkCount} of them arrived.
 *
 * <p>It waits (as {@link EventManager#waitFor} does, so it is no listener of the user's) before
 * the request is sent, with a nonce it chose, so no chunk can slip past.
 */
public final class MemberChunkCollector {

  private final MemberRequest request;
  private final List<MemberChunkEvent> chunks = new ArrayList<>();
  private final CompletableFuture<List<MemberChunkEvent>> result;
  private final CompletableFuture<MemberChunkEvent> last;

  public MemberChunkCollector(EventManager events, MemberRequest request, Duration timeout) {
    this.request = request.nonce().isPresent() ? request : request.withNonce(newNonce());
    String nonce = this.request.nonce().orElseThrow();
    // The predicate keeps every chunk of the nonce and accepts the one that completes the set.
    this.last =
        events.waitFor(
            ShardwireEventTable.MEMBER_CHUNK_EVENT,
            timeout,
            chunk -> chunk.nonce().filter(nonce::equals).isPresent() && add(chunk));
    this.result = last.thenApply(chunk -> snapshot());
  }

  /** The request to send: the caller's, with the collector's nonce when it had none. */
  public MemberRequest request() {
    return request;
  }

  /** Every chunk, in arrival order, once the last one arrived. */
  public CompletableFuture<List<MemberChunkEvent>> result() {
    return result;
  }

  /**
   * Fails the request: a chunk of its nonce did not decode, so the set can never be complete. The
   * result fails with {@code error} as its cause.
   */
  void fail(RuntimeException error) {
    last.completeExceptionally(error);
  }

  /** Stops collecting: the request could not be sent. */
  public void cancel() {
    last.cancel(false);
  }

  /** Keeps {@code chunk}; returns whether every chunk has now arrived. */
  private boolean add(MemberChunkEvent chunk) {
    synchronized (chunks) {
      chunks.add(chunk);
      return chunks.size() >= chunk.chunkCount();
    }
  }

  private List<MemberChunkEvent> snapshot() {
    synchronized (chunks) {
      return List.copyOf(chunks);
    }
  }

  private static String newNonce() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
  }
}
