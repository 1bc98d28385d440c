package dev.shardwire;

import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.Subscription;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardwireEventTable;
import dev.shardwire.gateway.MemberRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Collects the chunks that answer one REQUEST_GUILD_MEMBERS: every {@link MemberChunkEvent}
 * carrying the request's nonce, until {@code chunkCount} of them arrived.
 *
 * <p>It subscribes before the request is sent, with a nonce it chose, so no chunk can slip past.
 */
final class MemberChunkCollector {

  private final MemberRequest request;
  private final List<MemberChunkEvent> chunks = new ArrayList<>();
  private final CompletableFuture<List<MemberChunkEvent>> result = new CompletableFuture<>();
  private final Subscription subscription;

  MemberChunkCollector(EventManager events, MemberRequest request, Duration timeout) {
    this.request = request.nonce().isPresent() ? request : request.withNonce(newNonce());
    String nonce = this.request.nonce().orElseThrow();
    this.subscription =
        events.subscribe(
            ShardwireEventTable.MEMBER_CHUNK_EVENT,
            chunk -> {
              if (chunk.nonce().filter(nonce::equals).isPresent()) {
                add(chunk);
              }
            });
    result.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    result.whenComplete((chunks, failure) -> subscription.unsubscribe());
  }

  /** The request to send: the caller's, with the collector's nonce when it had none. */
  MemberRequest request() {
    return request;
  }

  /** Every chunk, in arrival order, once the last one arrived. */
  CompletableFuture<List<MemberChunkEvent>> result() {
    return result;
  }

  /** Stops collecting: the request could not be sent. */
  void cancel() {
    subscription.unsubscribe();
  }

  private void add(MemberChunkEvent chunk) {
    List<MemberChunkEvent> done = null;
    synchronized (chunks) {
      chunks.add(chunk);
      if (chunks.size() >= chunk.chunkCount()) {
        done = List.copyOf(chunks);
      }
    }
    if (done != null) {
      result.complete(done);
    }
  }

  private static String newNonce() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
  }
}
