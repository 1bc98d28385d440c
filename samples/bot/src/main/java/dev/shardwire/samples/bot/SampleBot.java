package dev.shardwire.samples.bot;

import dev.shardwire.GatewayBot;
import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.SubscriptionGroup;
import dev.shardwire.spi.EventTable;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The sample bot's entry point. Run with no arguments, it starts an embedded gateway in this
 * process and shows a bot's whole life against it; {@code --help} lists the options.
 */
public final class SampleBot {

  /** Exit code of a command line the sample cannot run. */
  public static final int USAGE_ERROR = 2;

  private SampleBot() {}

  /** Runs the sample and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the sample.
   *
   * @param args the command line
   * @param out where the sample prints what happens
   * @param err where it prints errors and the usage
   * @param env the environment ({@code SHARDWIRE_GATEWAY_URL}, {@code DISCORD_TOKEN})
   * @return the exit code: 0 when the demo completed, 1 when it failed, 2 for a bad command line
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    CompletableFuture<Void> ctrlC = new CompletableFuture<>();
    Thread hook = new Thread(() -> ctrlC.complete(null), "sample-bot-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return run(args, out, err, env, ctrlC);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running.
      }
    }
  }

  /**
   * Runs the sample; the gateway and worker roles run until {@code stop} completes (Ctrl-C, from
   * {@link #run(String[], PrintStream, PrintStream, Map)}).
   *
   * @return the exit code, as {@link #run(String[], PrintStream, PrintStream, Map)}
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env,
      CompletableFuture<Void> stop) {
    Options options;
    try {
      options = Options.parse(args, env);
    } catch (Options.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(Options.USAGE);
      return USAGE_ERROR;
    }
    if (options.help()) {
      out.println(Options.USAGE);
      return 0;
    }
    if (options.describe()) {
      describe(out);
      return 0;
    }
    if (options.role() == Options.Role.GATEWAY) {
      return new GatewayRole(options, out, err).run(stop);
    }
    if (options.role() == Options.Role.WORKER) {
      return new WorkerRole(options, out, err).run(stop);
    }
    try {
      return new Demo(options, out, err).run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("interrupted");
      return 1;
    }
  }

  /** Prints the dispatch tables the bot uses, with the handlers the sample binds to each type. */
  private static void describe(PrintStream out) {
    // A bot without a token never connects; it still has an event manager to register handlers with.
    try (GatewayBot bot = GatewayBot.builder().intents(Demo.INTENTS).eventTable(ShardwireEventTable.INSTANCE).build()) {
      register(bot.events(), new BotHandlers(out));
      // The runtime's tables (shard events, then the catalogue's areas), then the sample's.
      TableDescription.print(bot.events().tables(), bot.events(), out);
    }
  }

  /**
   * Subscribes every {@code @Subscribe} method of {@code handlers} in one step, through the
   * binding the processor generated for {@link BotHandlers}: direct calls, no reflection.
   */
  static SubscriptionGroup register(EventManager events, BotHandlers handlers) {
    return BotHandlers_ShardwireBinding.register(events, handlers);
  }
}
