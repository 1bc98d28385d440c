package dev.shardwire.wiring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The member requests of a bot still waiting for chunks, by nonce, so that a chunk which fails to
 * decode can fail its request at once instead of leaving it to time out.
 */
public final class PendingMemberRequests {

  private final Map<String, MemberChunkCollector> byNonce = new ConcurrentHashMap<>();

  /** No request waits yet. */
  public PendingMemberRequests() {}

  /** Whether no request is waiting (the common case: then a bad chunk needs no nonce lookup). */
  boolean isEmpty() {
    return byNonce.isEmpty();
  }

  /** Tracks {@code collector} until its result completes in any way. */
  public void add(MemberChunkCollector collector) {
    String nonce = collector.request().nonce().orElseThrow();
    byNonce.put(nonce, collector);
    collector.result().whenComplete((chunks, failure) -> byNonce.remove(nonce, collector));
  }

  /** Fails the request of {@code nonce}, if one waits, with the chunk's decode error. */
  void chunkFailed(String nonce, RuntimeException error) {
    MemberChunkCollector collector = byNonce.get(nonce);
    if (collector != null) {
      collector.fail(error);
    }
  }
}
