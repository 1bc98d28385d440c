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
import dev.shardwire.events.interaction.InteractionCreateEvent;
import dev.shardwire.events.message.MessageCreateEvent;
import dev.shardwire.models.InteractionData;
import dev.shardwire.models.InteractionOption;
import dev.shardwire.models.OptionType;
import dev.shardwire.models.Snowflake;
import dev.shardwire.models.User;
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

  /** The sample's own gateway event: decoded from INVITE_CREATE by the generated InviteCreateEventDecoder. */
  @Subscribe
  void onInvite(InviteCreateEvent event) {
    print(event, "INVITE", "discord.gg/" + event.code() + " for channel " + event.channelId()
        + event.guildId().map(guild -> " of guild " + guild).orElse("") + ", valid " + event.maxAgeSeconds() / 3600 + " h");
  }

  /** A message, from the runtime's catalogue (dev.shardwire.events.message). */
  @Subscribe
  void onMessage(MessageCreateEvent event) {
    print(event, "MESSAGE", event.author().username() + " in channel " + event.channelId() + ": " + event.content());
  }

  /** A slash command, from the runtime's catalogue (dev.shardwire.events.interaction). */
  @Subscribe
  void onInteraction(InteractionCreateEvent event) {
    String who = event.member().map(member -> member.user().username())
        .or(() -> event.user().map(user -> user.username())).orElse("someone");
    String command = event.data().map(data -> "/" + data.name().orElse("?") + options(data)).orElse(event.rawType());
    print(event, "INTERACTION", who + " used " + command);
  }

  /** A command's options as {@code  who:grace}, user options by the name the resolved users give them. */
  private static String options(InteractionData data) {
    StringBuilder text = new StringBuilder();
    for (InteractionOption option : data.options()) {
      String value = option.value().map(raw -> raw.tree().asString(raw.json())).orElse("");
      if (option.type() == OptionType.USER) {
        value = data.resolved()
            .map(resolved -> resolved.users().get(Snowflake.parse(option.value().orElseThrow().tree().asString())))
            .map(User::username).orElse(value);
      }
      text.append(' ').append(option.name()).append(':').append(value);
    }
    return text.toString();
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
