package dev.shardwire.samples.bot;

import dev.shardwire.redis.RedisDispatchWorker;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code --role worker}: handles, with the sample's own {@link BotHandlers}, the dispatches that
 * {@link GatewayRole} processes publish to Redis. Any number of workers may run: each dispatch goes
 * to one of them, and a dead worker's unfinished dispatches go to the others.
 */
final class WorkerRole {

  private final Options options;
  private final PrintStream out;
  private final PrintStream err;

  WorkerRole(Options options, PrintStream out, PrintStream err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs until {@code stop} completes.
   *
   * @return 0 when stopped, 1 when the worker failed to start
   */
  int run(CompletableFuture<Void> stop) {
    try (RedisDispatchWorker worker = RedisDispatchWorker.builder()
        .redis(options.redisUrl().orElseThrow())
        .botKey(options.botKey())
        .shardCount(options.shards())
        .intents(Demo.INTENTS)
        .build()) {
      // The same generated binding as the single-process demo: direct calls, no reflection.
      SampleBot.register(worker.events(), new BotHandlers(out));
      // While Redis cannot be reached the worker keeps trying: wait for it, or for the stop.
      CompletableFuture<Void> started = worker.start();
      CompletableFuture.anyOf(started, stop).join();
      if (!started.isDone()) {
        out.println("worker role: stopped before Redis answered");
        return 0;
      }
      out.println("worker role: " + worker.consumerName() + " of group " + worker.group() + ", reading "
          + worker.readNames() + "; running until Ctrl-C");
      stop.join();
      out.println("worker role: stopping, " + worker.dispatched() + " dispatches handled");
      return 0;
    } catch (CompletionException e) {
      err.println("worker role: " + e.getCause().getMessage());
      return 1;
    }
  }
}
