package dev.shardwire.samples.bot;

import dev.shardwire.annotations.Subscribe;
import dev.shardwire.events.ExceptionEvent;
import dev.shardwire.events.MalformedPayloadEvent;
import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.ShardConnectedEvent;
import dev.shardwire.events.ShardDisconnectedEvent;
import dev.shardwire.events.ShardEvent;
import dev.shardwire.events.ShardPayloadEvent;
import dev.shardwire.events.ShardReadyEvent;
import dev.shardwire.events.ShardResumedEvent;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sample's handlers: one {@code @Subscribe} method per event, each printing one line.
 *
 * <p>Handlers run on the dispatching thread: for gateway events, the shard's serial lane, so the
 * events of one shard arrive in order and never on the thread that reads the socket. With several
 * shards the handlers run in parallel, so the little state kept here is thread-safe.
 */
public class BotHandlers {

  private final PrintStream out;
  /** Members received so far per chunk answer (by nonce), for the progress line. */
  private final Map<String, Integer> membersSoFar = new ConcurrentHashMap<>();

  /** Handlers printing to {@code out}. */
  public BotHandlers(PrintStream out) {
    this.out = out;
  }

  /** A new session: who the bot is and which guilds it is in. */
  @Subscribe
  void onReady(ShardReadyEvent event) {
    print(event, "READY", "as " + event.myUser().username() + " (" + event.myUser().id() + "), session "
        + event.sessionId() + ", gateway v" + event.actualGatewayVersion() + ", "
        + plural(event.unavailableGuilds().size(), "guild"));
  }

  /** The handshake (READY or RESUMED) completed. */
  @Subscribe
  void onConnected(ShardConnectedEvent event) {
    print(event, "CONNECTED", "handshake complete");
  }

  /** A connection closed; the shard reconnects unless it was closed on purpose. */
  @Subscribe
  void onDisconnected(ShardDisconnectedEvent event) {
    print(event, "DISCONNECTED", "connection closed");
  }

  /** The gateway resumed the session, after replaying what the shard missed. */
  @Subscribe
  void onResumed(ShardResumedEvent event) {
    print(event, "RESUMED", "session resumed, missed dispatches replayed");
  }

  /**
   * Every raw dispatch. Listening to this costs a JSON tree per dispatch (the typed events cost
   * none of that): fine for a sample, not for a big bot.
   */
  @Subscribe
  void onPayload(ShardPayloadEvent event) {
    print(event, "PAYLOAD", event.name() + " " + Payloads.outline(event.payload()));
  }

  /** One chunk of a member list: the progress line. */
  @Subscribe
  void onMemberChunk(MemberChunkEvent event) {
    String answer = event.nonce().orElse(event.guildId().toString());
    int soFar = membersSoFar.merge(answer, event.size(), Integer::sum);
    print(event, "CHUNK", (event.chunkIndex() + 1) + "/" + event.chunkCount() + ": "
        + plural(event.size(), "member") + " of guild " + event.guildId() + " (" + number(soFar) + " so far)");
  }

  /** The sample's gateway event: decoded from TYPING_START by the generated TypingStartEventDecoder. */
  @Subscribe
  void onTyping(TypingStartEvent event) {
    print(event, "TYPING", "user " + event.userId() + " in channel " + event.channelId()
        + event.guildId().map(guild -> " of guild " + guild).orElse(" (direct message)"));
  }

  /** A frame or payload the shard could not read; the shard stays connected. */
  @Subscribe
  void onMalformedPayload(MalformedPayloadEvent event) {
    print(event, "MALFORMED", (event.name().isEmpty() ? "frame" : event.name()) + ": "
        + event.exception().getMessage());
  }

  /** A handler failed; the others still ran. */
  @Subscribe
  void onListenerFailure(ExceptionEvent event) {
    out.println(column("bot") + column("FAILED") + event.failedListener() + " on "
        + event.failedEvent().eventType().name() + ": " + event.exception());
  }

  /** The sample's own event, dispatched by the bot itself. */
  @Subscribe
  void onDemoFinished(DemoFinishedEvent event) {
    out.println(column("bot") + column("FINISHED") + plural(event.memberCount(), "member")
        + " of guild " + event.guildId() + " in " + plural(event.chunkCount(), "chunk") + ", "
        + event.elapsedMillis() + " ms");
  }

  private void print(ShardEvent event, String what, String text) {
    out.println(column("shard " + event.shard().id() + "/" + event.shard().count()) + column(what) + text);
  }

  private static String column(String text) {
    return String.format("%-14s", text);
  }

  /** {@code count} and {@code noun}, plural unless the count is one: {@code 2,500 members}. */
  static String plural(int count, String noun) {
    return number(count) + " " + noun + (count == 1 ? "" : "s");
  }

  /** A count with thousands separators, the same in every locale: {@code 2,500}. */
  static String number(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
