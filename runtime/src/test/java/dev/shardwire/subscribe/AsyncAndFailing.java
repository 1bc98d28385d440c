package dev.shardwire.subscribe;

import dev.shardwire.annotations.Subscribe;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.ShardDisconnectedEvent;
import dev.shardwire.events.ShardResumedEvent;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An asynchronous handler, a handler that throws a checked exception, and an ExceptionEvent handler. */
class AsyncAndFailing {

  final CompletableFuture<Void> resumedDone = new CompletableFuture<>();
  final List<ExceptionEvent> failures = new CopyOnWriteArrayList<>();

  @Subscribe
  CompletableFuture<Void> onResumed(ShardResumedEvent event) {
    return resumedDone;
  }

  @Subscribe
  void onDisconnected(ShardDisconnectedEvent event) throws IOException {
    throw new IOException("socket gone");
  }

  @Subscribe
  void onFailure(ExceptionEvent event) {
    failures.add(event);
  }
}
