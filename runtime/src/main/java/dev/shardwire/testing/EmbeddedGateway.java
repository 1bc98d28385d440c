package dev.shardwire.testing;

import dev.shardwire.models.ApplicationFlags;
import dev.shardwire.models.Snowflake;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server half of the gateway, for tests, samples and bot authors' own tests: a Discord-style
 * gateway v10 (JSON, optionally zlib-stream) on loopback.
 *
 * <p>It serves HELLO, answers IDENTIFY with READY, keeps a replay buffer per session and answers
 * RESUME by replaying every dispatch after the client's sequence then RESUMED (or op 9 {@code
 * false} when it cannot), ACKs heartbeats and answers REQUEST_GUILD_MEMBERS with chunks of at most
 * 1,000 members. Tests script faults ({@link #dropConnections()}, {@link #stopAcking()}, {@link
 * #sendReconnect()}, {@link #sendInvalidSession(boolean)}, {@link #closeConnections(int, String)},
 * {@link #sendMalformedFrame()}, {@link #sendTextFrame(byte[])}, {@link #withholdHello(int)}, {@link
 * #withholdHandshake(int)}, and those of the WebSocket layer in {@link #wire()}) and load ({@link
 * #dispatchMany(int, String, String)}), and read what it received ({@link #received()}, {@link
 * #lastIdentify()}, {@link #identifies()} with their buckets and arrival times; presence updates are op 3, voice state updates op 4). Beside the WebSocket it
 * serves {@code GET /api/v10/gateway/bot} on a second loopback port ({@link #apiUrl()}), since
 * Java-WebSocket's server answers only upgrade requests.
 *
 * <p>Dispatches go to every live session, attached to a connection or not: a dispatch sent while a
 * client is away waits in the replay buffer, as on Discord. As on Discord too, a guild's dispatch
 * goes only to the shard that owns the guild, and a dispatch that Discord's list of intents ties to
 * an intent only to the sessions that identified with it (the guild variant for a payload with a
 * {@code guild_id}, the direct-message one otherwise); names outside that list, such as a test's
 * own events, go to every session. {@code MESSAGE_CONTENT} is not emulated: messages arrive with
 * the content the test gave them.
 *
 * <p>Thread-safe: tests script it from their own threads while the server's threads serve the
 * clients. Inside, {@link GatewayServer} speaks the protocol, {@link SessionRegistry} and {@link
 * ServerSession} keep sessions and replay, {@link Faults} scripts faults, {@link MemberChunks}
 * answers member requests and {@link GatewayRecorder} keeps what clients sent.
 */
public final class EmbeddedGateway implements AutoCloseable {

  private static final Pattern EVENT_NAME = Pattern.compile("[A-Z0-9_]+");
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final SessionRegistry sessions;
  private final GatewayRecorder recorder = new GatewayRecorder();
  private final Faults faults;
  private final WireFaults wire;
  private final GatewayServer server;
  private final RestServer rest;

  private EmbeddedGateway(Builder b) {
    GatewayConfig config = new GatewayConfig(b.heartbeatInterval, b.userId, b.username, b.applicationId,
        b.applicationFlags, List.copyOf(b.guilds), b.sessionIds, b.token, Map.copyOf(b.members), b.replayLimit,
        b.splitCompressedFrames, b.recommendedShards, b.maxConcurrency);
    this.sessions = new SessionRegistry(config);
    this.faults = new Faults(sessions);
    this.wire = new WireFaults(sessions);
    CountDownLatch bound = new CountDownLatch(1);
    this.server = new GatewayServer(b.host, b.port, bound, config, sessions, recorder, faults);
    server.start();
    try {
      if (!bound.await(10, TimeUnit.SECONDS) || server.startError != null) {
        server.stopQuietly();
        throw new UncheckedIOException(new IOException("embedded gateway could not bind " + b.host + ":" + b.port,
            server.startError));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stopQuietly();
      throw new IllegalStateException("interrupted while starting the embedded gateway", e);
    }
    this.rest = new RestServer(b.host, config, server::url);
  }

  /** A builder with defaults: 127.0.0.1 on a free port, a 41.25 s heartbeat interval, one guild. */
  public static Builder builder() {
    return new Builder();
  }

  /** The URL clients connect to, as {@code ws://127.0.0.1:40123}. */
  public String url() {
    return server.url();
  }

  /**
   * The base URL of the gateway's REST endpoint, {@code GET /gateway/bot}, as {@code
   * http://127.0.0.1:40124/api/v10}: give it to {@code GatewayBot.builder().apiUrl(…)}. It answers
   * with this gateway's URL, the {@link Builder#recommendedShards recommended shards} and {@link
   * Builder#maxConcurrency max_concurrency}, and 401 for a token other than the accepted one.
   */
  public String apiUrl() {
    return rest.apiUrl();
  }

  /** How many {@code GET /gateway/bot} requests the REST endpoint received. */
  public int gatewayBotRequests() {
    return rest.gatewayBotRequests();
  }

  /** The port the gateway listens on. */
  public int port() {
    return server.getPort();
  }

  // ---------------------------------------------------------------- load

  /**
   * Sends a dispatch to every live session (buffered for replay; sent at once where a connection
   * is attached) whose intents allow it (see the class documentation). A dispatch whose payload
   * names a {@code guild_id} goes, as Discord sends it, only to the sessions of the shard that owns
   * the guild: {@code (guild_id >> 22) % num_shards}.
   *
   * @param name the event name, as {@code MESSAGE_CREATE}
   * @param data the {@code d} payload, as JSON text
   * @return how many sessions it went to
   * @throws IllegalArgumentException if the name is not upper snake case or the data is not JSON
   */
  public int dispatch(String name, String data) {
    JsonNode payload = checkDispatch(name, data);
    return sessions.dispatch(name, data, payload, guildOf(payload));
  }

  /** The payload's {@code guild_id}, by which Discord picks the one shard that receives it. */
  private static OptionalLong guildOf(JsonNode payload) {
    JsonNode guild = payload.path("guild_id");
    if (!guild.isString() && !guild.isIntegralNumber()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseUnsignedLong(guild.asString()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty(); // not an id: every shard gets it, as before routing existed
    }
  }

  /**
   * Sends {@code count} copies of a dispatch to the live sessions that would take it (as {@link
   * #dispatch(String, String)} chooses them), as fast as it can, from the
   * calling thread. Each copy is its own WebSocket message with its own sequence number, but on an
   * uncompressed connection up to {@value ServerSession#WRITE_BATCH} of them share one socket
   * write, so the gateway's own cost per message stays small next to a client's.
   *
   * @throws IllegalArgumentException as {@link #dispatch(String, String)}
   */
  public void dispatchMany(int count, String name, String data) {
    JsonNode payload = checkDispatch(name, data);
    sessions.dispatchMany(count, name, data, payload, guildOf(payload));
  }

  private static JsonNode checkDispatch(String name, String data) {
    if (name == null || !EVENT_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("event name must be upper snake case, got " + name);
    }
    try {
      return MAPPER.readTree(data);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("dispatch data is not JSON: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- faults

  /** Cuts every open connection's TCP socket without a close frame (the client sees 1006). */
  public void dropConnections() {
    faults.dropConnections();
  }

  /** Stops ACKing heartbeats on the connections open now (new connections ACK again). */
  public void stopAcking() {
    faults.acking(false);
  }

  /** ACKs heartbeats again on every open connection. */
  public void resumeAcking() {
    faults.acking(true);
  }

  /**
   * Makes the READYs sent from now on advertise {@code url} as {@code resume_gateway_url} instead
   * of this gateway's own URL: to test what a shard does when the resume host is elsewhere, or
   * does not answer at all. Null goes back to this gateway's URL.
   */
  public void advertiseResumeUrl(String url) {
    faults.advertiseResumeUrl(url);
  }

  /** Sends op 7 RECONNECT on every open connection. */
  public void sendReconnect() {
    faults.sendReconnect();
  }

  /** The next {@code count} connections get op 7 RECONNECT instead of HELLO. */
  public void reconnectInsteadOfHello(int count) {
    faults.reconnectInsteadOfHello(count);
  }

  /** The next {@code count} connections get no HELLO, nor anything else: the gateway stays silent. */
  public void withholdHello(int count) {
    faults.withholdHello(count);
  }

  /** The next {@code count} IDENTIFY or RESUME frames get no READY, RESUMED or op 9: no answer at all. */
  public void withholdHandshake(int count) {
    faults.withholdHandshake(count);
  }

  /**
   * Sends op 9 INVALID_SESSION on every open connection; when not resumable the sessions are
   * forgotten first, so a RESUME is refused.
   */
  public void sendInvalidSession(boolean resumable) {
    faults.sendInvalidSession(resumable);
  }

  /**
   * Closes every open connection with {@code code}. Codes 4007 and 4009 also forget the sessions;
   * 1006 drops the socket as {@link #dropConnections()} does.
   */
  public void closeConnections(int code, String reason) {
    faults.closeConnections(code, reason);
  }

  /**
   * The next {@code count} GUILD_MEMBERS_CHUNK answers carry a field of the wrong type (valid
   * JSON, nonce intact) that no decoder accepts: for testing how a member request treats a chunk
   * that does not decode.
   */
  public void corruptMemberChunks(int count) {
    faults.corruptMemberChunks(count);
  }

  /** Sends a frame that is not valid JSON on every open connection. */
  public void sendMalformedFrame() {
    faults.sendMalformedFrame();
  }

  /** Sends {@code text} as is on every open connection. */
  public void sendRaw(String text) {
    faults.sendToAll(text);
  }

  /**
   * Sends {@code payload} as is in one text frame on every open connection, UTF-8 or not, and
   * uncompressed even on a zlib-stream connection: for testing how a client treats a text frame
   * that is not UTF-8 (RFC 6455 has it fail the connection with 1007).
   */
  public void sendTextFrame(byte[] payload) {
    faults.sendTextFrame(payload.clone());
  }

  /** The faults below the gateway protocol: raw bytes and frame headers, fragments, binary frames, any {@code s}. */
  public WireFaults wire() {
    return wire;
  }

  // ---------------------------------------------------------------- observations

  /**
   * The close codes of the close frames clients sent, in order.
   *
   * <p>A close frame followed at once by the end of the TCP connection can be missed: the server
   * drops what it read but had not decoded yet when the socket ends, and Java-WebSocket's client
   * ends it as soon as any other frame reaches it after it sent its close. A test that asserts a
   * code keeps the connection quiet (no dispatch or heartbeat ACK in flight) while it closes.
   */
  public List<Integer> clientCloseCodes() {
    return recorder.clientCloseCodes();
  }

  /** Every frame received so far, in arrival order. */
  public List<ReceivedFrame> received() {
    return recorder.received();
  }

  /** The frames received with opcode {@code op}, in arrival order. */
  public List<ReceivedFrame> received(int op) {
    return recorder.received(op);
  }

  /** The {@code d} of the last IDENTIFY received. */
  public Optional<JsonNode> lastIdentify() {
    List<ReceivedFrame> identifies = received(2);
    return identifies.isEmpty() ? Optional.empty() : Optional.of(identifies.get(identifies.size() - 1).d());
  }

  /** How many IDENTIFY frames arrived. */
  public int identifyCount() {
    return received(2).size();
  }

  /**
   * Every IDENTIFY received, in arrival order, answered or refused (each counts against its
   * bucket on Discord): the shard it named and when it arrived. With {@link
   * IdentifyRecord#bucket(int)} a test checks identify concurrency across processes; {@link
   * #minIdentifySpacing(int)} does it in one call.
   */
  public List<IdentifyRecord> identifies() {
    return recorder.identifies();
  }

  /**
   * The shortest time between two IDENTIFYs of one bucket ({@code shard_id % maxConcurrency}), or
   * empty when no bucket saw two. Discord allows one IDENTIFY per bucket per 5 s.
   */
  public Optional<Duration> minIdentifySpacing(int maxConcurrency) {
    Map<Integer, IdentifyRecord> lastByBucket = new HashMap<>();
    Duration min = null;
    for (IdentifyRecord identify : identifies()) {
      IdentifyRecord previous = lastByBucket.put(identify.bucket(maxConcurrency), identify);
      if (previous != null) {
        Duration gap = identify.since(previous);
        min = min == null || gap.compareTo(min) < 0 ? gap : min;
      }
    }
    return Optional.ofNullable(min);
  }

  /** How many RESUME frames arrived. */
  public int resumeCount() {
    return received(6).size();
  }

  /** How many connections were ever opened. */
  public int connectionCount() {
    return sessions.connectionCount();
  }

  /** How many connections are open now. */
  public int openConnections() {
    return sessions.openConnections().size();
  }

  /** The query string of every connection, in order (as {@code v=10&encoding=json}). */
  public List<String> connectionQueries() {
    return recorder.queries();
  }

  /** The ids of the live sessions. */
  public List<String> sessionIds() {
    return sessions.ids();
  }

  /** The highest sequence number any live session has used (0 when none). */
  public long lastSequence() {
    return sessions.lastSequence();
  }

  /** Closes every connection (1001) and stops listening. */
  @Override
  public void close() {
    rest.stop();
    server.stopQuietly();
  }

  @Override
  public String toString() {
    return "EmbeddedGateway[" + url() + ", sessions=" + sessions.size() + ", open=" + openConnections() + "]";
  }

  /** Configures an {@link EmbeddedGateway}; {@link #start()} binds it. Not thread-safe. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Duration heartbeatInterval = Duration.ofMillis(41_250);
    private Snowflake userId = Snowflake.of(1_000_000_000_000_001L);
    private String username = "shardwire-bot";
    private Snowflake applicationId = Snowflake.of(1_000_000_000_000_002L);
    private ApplicationFlags applicationFlags = ApplicationFlags.of(0);
    private final List<Snowflake> guilds = new ArrayList<>(List.of(Snowflake.of(1_000_000_000_000_003L)));
    private Supplier<String> sessionIds;
    private String token;
    private final Map<Snowflake, List<EmbeddedMember>> members = new HashMap<>();
    private int replayLimit = 1_000_000;
    private boolean splitCompressedFrames;
    private int recommendedShards = 1;
    private int maxConcurrency = 1;

    private Builder() {}

    /** The shard count {@code GET /gateway/bot} recommends (default 1). */
    public Builder recommendedShards(int shards) {
      if (shards < 1) {
        throw new IllegalArgumentException("recommended shards must be at least 1, got " + shards);
      }
      this.recommendedShards = shards;
      return this;
    }

    /** The {@code max_concurrency} {@code GET /gateway/bot} announces (default 1). */
    public Builder maxConcurrency(int maxConcurrency) {
      if (maxConcurrency < 1) {
        throw new IllegalArgumentException("max concurrency must be at least 1, got " + maxConcurrency);
      }
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    /** The loopback address to bind (default 127.0.0.1). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port (default 0: a free one). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The heartbeat interval HELLO announces. A shard beats at least a second apart whatever HELLO
     * asks (with one WARN naming a shorter value), so an interval under a second speeds up no test.
     */
    public Builder heartbeatInterval(Duration interval) {
      if (interval.toMillis() < 1) {
        throw new IllegalArgumentException("heartbeat interval must be at least 1 ms, got " + interval);
      }
      this.heartbeatInterval = interval;
      return this;
    }

    /** The bot user READY announces. */
    public Builder user(Snowflake id, String username) {
      this.userId = Objects.requireNonNull(id, "id");
      this.username = Objects.requireNonNull(username, "username");
      return this;
    }

    /** The application READY announces. */
    public Builder application(Snowflake id, ApplicationFlags flags) {
      this.applicationId = Objects.requireNonNull(id, "id");
      this.applicationFlags = Objects.requireNonNull(flags, "flags");
      return this;
    }

    /** The (unavailable) guilds READY lists. */
    public Builder guilds(List<Snowflake> guilds) {
      this.guilds.clear();
      this.guilds.addAll(guilds);
      return this;
    }

    /** Where session ids come from (default {@code session-1}, {@code session-2}, …). */
    public Builder sessionIds(Supplier<String> sessionIds) {
      this.sessionIds = Objects.requireNonNull(sessionIds, "sessionIds");
      return this;
    }

    /** The only token accepted; another one gets close code 4004 (default: any token). */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /** The members of {@code guild}, served in GUILD_MEMBERS_CHUNK answers. */
    public Builder members(Snowflake guild, List<EmbeddedMember> members) {
      this.members.put(Objects.requireNonNull(guild, "guild"), List.copyOf(members));
      return this;
    }

    /** How many dispatches each session keeps for replay (default 1,000,000). */
    public Builder replayLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("replay limit must be positive, got " + limit);
      }
      this.replayLimit = limit;
      return this;
    }

    /** Whether each compressed message is sent as two binary frames (default false). */
    public Builder splitCompressedFrames(boolean split) {
      this.splitCompressedFrames = split;
      return this;
    }

    /**
     * Binds and starts the gateway.
     *
     * @throws UncheckedIOException if the address cannot be bound
     */
    public EmbeddedGateway start() {
      if (sessionIds == null) {
        AtomicInteger n = new AtomicInteger();
        sessionIds = () -> "session-" + n.incrementAndGet();
      }
      return new EmbeddedGateway(this);
    }
  }
}
