package dev.shardwire.samples.bot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.models.Snowflake;
import dev.shardwire.testing.EmbeddedGateway;
import dev.shardwire.testing.EmbeddedMember;
import dev.shardwire.testing.RedisServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs the sample's {@code main} logic as a user would, over real sockets on loopback. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SampleBotTest {

  private static final Snowflake GUILD = Snowflake.of(81384788765712384L);

  @Test
  void withNoArgumentsTheDemoRunsAgainstAnEmbeddedGatewayAndExitsZero() {
    Run run = Run.of();

    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.hasLine("READY", "as sample-bot"), run.toString());
    assertTrue(run.hasLine("CHUNK", "1/3: 1,000 members"), run.toString());
    assertTrue(run.hasLine("CHUNK", "2/3: 1,000 members"), run.toString());
    assertTrue(run.hasLine("CHUNK", "3/3: 500 members", "(2,500 so far)"), run.toString());
    assertTrue(run.hasLine("RESUMED"), run.toString());
    assertTrue(run.hasLine("INVITE", "discord.gg/shardwire for channel 1100000000000000010"), run.toString());
    assertTrue(run.hasLine("PAYLOAD", "INVITE_CREATE"), run.toString());
    assertTrue(run.hasLine("GET /gateway/bot recommends 1 shard, max_concurrency 1"), run.toString());
    assertTrue(run.hasLine("MESSAGE", "ada in channel 1100000000000000010: hello, shardwire"), run.toString());
    assertTrue(run.hasLine("PAYLOAD", "MESSAGE_CREATE"), run.toString());
    assertTrue(run.hasLine("INTERACTION", "ada used /greet who:grace"), run.toString());
    assertTrue(run.hasLine("PAYLOAD", "INTERACTION_CREATE"), run.toString());
    assertTrue(run.hasLine("FINISHED", "2,500 members", "in 3 chunks"), run.toString());
    assertEquals(2, run.count("DISCONNECTED"), "one for the dropped connection, one for the close\n" + run);
    assertTrue(run.out.contains("--- done"), run.toString());
  }

  @Test
  void chunksArePrintedInOrderBeforeTheSamplesOwnEvent() {
    Run run = Run.of();

    List<String> lines = run.out.lines().toList();
    int first = indexOf(lines, "1/3:");
    int second = indexOf(lines, "2/3:");
    int third = indexOf(lines, "3/3:");
    int finished = indexOf(lines, "FINISHED");
    assertTrue(0 <= first && first < second && second < third && third < finished, run.toString());
  }

  @Test
  void severalShardsEachGetReadyAndConnected() {
    Run run = Run.of("--shards", "2");

    assertEquals(0, run.exitCode, run.toString());
    assertTrue(run.hasLine("shard 0/2", "READY"), run.toString());
    assertTrue(run.hasLine("shard 1/2", "READY"), run.toString());
    assertTrue(run.hasLine("FINISHED", "2,500 members"), run.toString());
  }

  @Test
  void describeListsEveryBuiltInEventAndTheSamplesOwnWithTheirHandlers() {
    Run run = Run.of("--describe");

    assertEquals(0, run.exitCode, run.toString());
    for (String event : List.of("Event", "ShardEvent", "ShardStateEvent", "ShardConnectedEvent",
        "ShardDisconnectedEvent", "ShardReadyEvent", "ShardResumedEvent", "ShardPayloadEvent",
        "MemberChunkEvent", "ExceptionEvent", "MalformedPayloadEvent", "DemoFinishedEvent", "InviteCreateEvent",
        "MessageCreateEvent", "InteractionCreateEvent")) {
      assertTrue(run.out.lines().anyMatch(line -> line.matches("#\\d+  " + event + "  \\(.*")), event + "\n" + run);
    }
    assertTrue(run.out.contains("dispatches()  ShardReadyEvent, ShardStateEvent, ShardEvent, Event"), run.toString());
    assertTrue(run.out.contains("gateway       GUILD_MEMBERS_CHUNK"), run.toString());
    assertTrue(run.out.contains("decoder       ShardReadyEventDecoder"), run.toString());
    assertTrue(run.out.contains("gateway       INVITE_CREATE"), run.toString());
    assertTrue(run.out.contains("decoder       InviteCreateEventDecoder"), run.toString());
    assertTrue(run.out.contains("gateway       MESSAGE_CREATE"), run.toString());
    assertTrue(run.out.contains("handlers      BotHandlers.onMessage(MessageCreateEvent)"), run.toString());
    assertTrue(run.out.contains("handlers      BotHandlers.onReady(ShardReadyEvent)"), run.toString());
    assertTrue(run.out.contains("handlers      BotHandlers.onDemoFinished(DemoFinishedEvent)"), run.toString());
    assertEquals("", run.err, "no warning: the describe bot has the intents its handlers need");
  }

  @Test
  void gatewayUrlAndTokenConnectToThatGateway() {
    try (EmbeddedGateway gateway = testGateway()) {
      Run run = Run.of("--gateway-url", gateway.url(), "--token", "test-token");

      assertEquals(0, run.exitCode, run.toString());
      assertTrue(run.hasLine("READY", "as shardwire-bot"), run.toString());
      assertTrue(run.hasLine("CHUNK", "2/2: 200 members", "(1,200 so far)"), run.toString());
      assertTrue(run.hasLine("FINISHED", "1,200 members of guild " + GUILD), run.toString());
      assertEquals(1, gateway.identifyCount());
      assertEquals(0, gateway.resumeCount(), "the resume is shown only against the embedded gateway");
    }
  }

  @Test
  void theEnvironmentCanNameTheGatewayAndToken() {
    try (EmbeddedGateway gateway = testGateway()) {
      Run run = Run.withEnv(Map.of("SHARDWIRE_GATEWAY_URL", gateway.url(), "DISCORD_TOKEN", "test-token"));

      assertEquals(0, run.exitCode, run.toString());
      assertTrue(run.hasLine("FINISHED", "1,200 members"), run.toString());
    }
  }

  @Test
  void aRefusedTokenEndsWithExitCodeOneAndTheCloseCode() {
    try (EmbeddedGateway gateway = testGateway()) {
      Run run = Run.of("--gateway-url=" + gateway.url(), "--token=wrong-token");

      assertEquals(1, run.exitCode, run.toString());
      assertTrue(run.err.contains("could not connect"), run.toString());
      assertTrue(run.err.contains("4004"), run.toString());
      assertTrue(!run.out.contains("wrong-token") && !run.err.contains("wrong-token"), "the token never shows\n" + run);
    }
  }

  @Test
  void stayKeepsRunningUntilTheBotIsClosed() throws Exception {
    try (EmbeddedGateway gateway = testGateway()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> SampleBot.run(
          new String[] {"--gateway-url", gateway.url(), "--token", "test-token", "--stay"},
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()));

      await().atMost(Duration.ofSeconds(30)).until(() -> out.toString(StandardCharsets.UTF_8).contains("running until Ctrl-C"));
      gateway.dispatch("INVITE_CREATE", "{\"channel_id\":\"7\",\"code\":\"x\",\"created_at\":\"2024-06-01T12:00:00+00:00\",\"max_age\":7200}");
      await().atMost(Duration.ofSeconds(10)).until(() -> out.toString(StandardCharsets.UTF_8).contains("discord.gg/x for channel 7, valid 2 h"));
      gateway.dispatch("INVITE_CREATE", "{\"channel_id\":\"7\",\"created_at\":\"2024-06-01T12:00:00+00:00\"}");
      await().atMost(Duration.ofSeconds(10)).until(() -> out.toString(StandardCharsets.UTF_8).lines()
          .anyMatch(line -> line.contains("MALFORMED") && line.contains("INVITE_CREATE") && line.contains("code")));
      assertTrue(!exit.isDone(), "still running after the demo");

      gateway.closeConnections(4004, "authentication failed");
      assertEquals(1, exit.get(30, TimeUnit.SECONDS));
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("the gateway closed the bot"));
    }
  }

  @Test
  void anUnknownOptionGetsTheUsageAndExitCodeTwo() {
    Run run = Run.of("--bogus");

    assertEquals(2, run.exitCode);
    assertTrue(run.err.contains("unknown option: --bogus"), run.toString());
    assertTrue(run.err.contains("usage: "), run.toString());
    assertEquals("", run.out);
  }

  @Test
  void aMistypedTokenOptionNeverEchoesTheToken() {
    Run spaced = Run.of("--tokn", "secret-token");
    Run inline = Run.of("--tokn=secret-token");

    assertEquals(2, spaced.exitCode);
    assertEquals(2, inline.exitCode);
    assertTrue(spaced.err.contains("unknown option: --tokn"), spaced.toString());
    assertTrue(inline.err.contains("unknown option: --tokn"), inline.toString());
    assertTrue(!spaced.err.contains("secret-token") && !inline.err.contains("secret-token"), spaced + "\n" + inline);
  }

  @Test
  void badValuesGetTheUsageAndExitCodeTwo() {
    assertEquals(2, Run.of("--shards", "zero").exitCode);
    assertEquals(2, Run.of("--shards", "0").exitCode);
    assertEquals(2, Run.of("--shards").exitCode);
    assertEquals(2, Run.of("--stay=yes").exitCode);
    Run urlWithoutToken = Run.of("--gateway-url", "ws://127.0.0.1:1");
    assertEquals(2, urlWithoutToken.exitCode);
    assertTrue(urlWithoutToken.err.contains("needs a token"), urlWithoutToken.toString());
  }

  @Test
  void aGatewayRoleAndAWorkerRoleShareTheWorkThroughRedis() throws Exception {
    try (RedisServer redis = RedisServer.start()) {
      CompletableFuture<Void> stop = new CompletableFuture<>();
      Output worker = new Output();
      Output gateway = new Output();
      CompletableFuture<Integer> workerExit = CompletableFuture.supplyAsync(() -> SampleBot.run(
          new String[] {"--role", "worker", "--redis", redis.uri(), "--shards", "2"},
          worker.out, worker.err, Map.of(), stop));
      await().atMost(Duration.ofSeconds(60)).until(() -> worker.text().contains("worker role: worker-"));
      CompletableFuture<Integer> gatewayExit = CompletableFuture.supplyAsync(() -> SampleBot.run(
          new String[] {"--role", "gateway", "--redis", redis.uri(), "--shards", "2"},
          gateway.out, gateway.err, Map.of(), stop));

      // The embedded gateway's traffic, published by the gateway role, handled by the worker's handlers.
      await().atMost(Duration.ofSeconds(60)).until(() -> worker.text().contains("ada in channel 1100000000000000010: hello, shardwire")
          && worker.text().contains("ada used /greet")
          && worker.text().contains("discord.gg/shardwire"));
      assertTrue(gateway.text().contains("gateway role: 2 shards connected, publishing to DispatchStreams[shardwire:sample:dispatch:*]"),
          gateway.text());
      assertTrue(worker.text().lines().noneMatch(line -> line.matches("shard \\d+/2\\s+READY\\s.*")),
          "READY stays in the gateway process\n" + worker.text());

      stop.complete(null);
      assertEquals(0, gatewayExit.get(30, TimeUnit.SECONDS), gateway + "\n" + worker);
      assertEquals(0, workerExit.get(30, TimeUnit.SECONDS), gateway + "\n" + worker);
    }
  }

  /** What one role printed, on its two streams. */
  private static final class Output {
    final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    String text() {
      return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return text() + errBytes.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void theRolesOfAScaledOutBotNeedARedisUrlAndOnlyThey() {
    Run gatewayWithoutRedis = Run.of("--role", "gateway");
    Run redisWithoutRole = Run.of("--redis", "redis://127.0.0.1:6379");
    Run unknownRole = Run.of("--role", "proxy", "--redis", "redis://127.0.0.1:6379");
    Run notRedis = Run.of("--role", "worker", "--redis", "http://127.0.0.1:6379");
    Run badKey = Run.of("--role", "worker", "--redis", "redis://127.0.0.1:6379", "--bot-key", "a:b");

    assertUsageError(gatewayWithoutRedis, "error: --role gateway needs --redis URL");
    assertUsageError(redisWithoutRole, "error: --redis is for --role gateway or --role worker");
    assertUsageError(unknownRole, "error: --role must be single, gateway or worker, got proxy");
    assertUsageError(notRedis, "error: --redis needs a redis:// URL, got http://127.0.0.1:6379");
    assertUsageError(badKey, "error: --bot-key must be non-empty and contain no ':'");
  }

  private static void assertUsageError(Run run, String firstLine) {
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.startsWith(firstLine + System.lineSeparator()), run.toString());
    assertTrue(run.err.contains("usage: "), run.toString());
    assertEquals("", run.out, run.toString());
  }

  @Test
  void aBadGatewayUrlIsAUsageErrorBeforeAnythingConnects() {
    for (String url : new String[] {"not a url", "http://127.0.0.1:1", "ws://gateway.example.com", "wss://"}) {
      Run run = Run.of("--gateway-url", url, "--token", "test-token");
      assertEquals(2, run.exitCode, run.toString());
      assertTrue(run.err.startsWith("error: --gateway-url (or SHARDWIRE_GATEWAY_URL) is not a gateway URL"),
          run.toString());
      assertTrue(run.err.contains("usage: "), run.toString());
      assertEquals("", run.out, "nothing printed, no \"connecting\" line");
      assertTrue(!run.err.contains("Exception"), run.toString());
    }
  }

  @Test
  void helpPrintsTheUsage() {
    Run run = Run.of("--help");

    assertEquals(0, run.exitCode);
    assertTrue(run.out.contains("--gateway-url URL"), run.toString());
  }

  private static EmbeddedGateway testGateway() {
    return EmbeddedGateway.builder()
        .token("test-token")
        .guilds(List.of(GUILD))
        .members(GUILD, EmbeddedMember.numbered(5_000, 1_200))
        .start();
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  /** One run of the sample, with what it printed. */
  private record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
      return run(args, Map.of());
    }

    static Run withEnv(Map<String, String> env) {
      return run(new String[0], env);
    }

    private static Run run(String[] args, Map<String, String> env) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = SampleBot.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), env);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    boolean hasLine(String... parts) {
      return out.lines().anyMatch(line -> List.of(parts).stream().allMatch(line::contains));
    }

    long count(String part) {
      return out.lines().filter(line -> line.contains(part)).count();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
