package dev.shardwire.samples.bot;

import dev.shardwire.GatewayBot;
import dev.shardwire.gateway.client.WebSocketGatewayShard;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sample's command line, parsed.
 *
 * @param describe print the dispatch table and exit
 * @param stay keep running after the demo, until Ctrl-C
 * @param help print the usage and exit
 * @param gatewayUrl the gateway to connect to; empty to start an embedded one
 * @param token the bot token; empty only with the embedded gateway
 * @param shards how many shards to run
 * @param role one process doing everything, or one role of a bot scaled out on Redis
 * @param redisUrl the Redis of a scaled-out bot; present exactly when the role is not {@link Role#SINGLE}
 * @param botKey names the bot in its Redis keys
 */
record Options(boolean describe, boolean stay, boolean help, Optional<String> gatewayUrl,
    Optional<String> token, int shards, Role role, Optional<String> redisUrl, String botKey) {

  /** What this process does. */
  enum Role {
    /** Shards and listeners in one process: the demo. */
    SINGLE,
    /** Runs the shards and publishes their dispatches to Redis. */
    GATEWAY,
    /** Consumes dispatches from Redis and runs the listeners. */
    WORKER;

    static Role parse(String text) {
      return switch (text) {
        case "single" -> SINGLE;
        case "gateway" -> GATEWAY;
        case "worker" -> WORKER;
        default -> throw new UsageException("--role must be single, gateway or worker, got " + text);
      };
    }
  }

  /** The bot key used in Redis when none is given. */
  static final String DEFAULT_BOT_KEY = "sample";

  /** The environment variable naming a gateway to connect to. */
  static final String GATEWAY_URL_ENV = "SHARDWIRE_GATEWAY_URL";

  /** The environment variable holding the bot token. */
  static final String TOKEN_ENV = "DISCORD_TOKEN";

  /** Most shards the sample runs. */
  static final int MAX_SHARDS = 64;

  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar shardwire-sample-bot.jar [options]",
      "",
      "With no options, starts an embedded gateway in this process, connects to it, fetches the",
      "2,500 members of one of its guilds, shows a resume, and exits.",
      "",
      "options:",
      "  --gateway-url URL  connect to this gateway instead (or set " + GATEWAY_URL_ENV + ")",
      "  --token TOKEN      the bot token (or set " + TOKEN_ENV + "); a token without a URL",
      "                     connects to Discord's gateway",
      "  --shards N         run N shards (1 to " + MAX_SHARDS + ", default 1)",
      "  --role ROLE        single (default): shards and listeners in this process;",
      "                     gateway: run the shards and publish their dispatches to Redis;",
      "                     worker: run the listeners on the dispatches read from Redis",
      "  --redis URL        the Redis of the gateway and worker roles (redis://HOST:PORT)",
      "  --bot-key KEY      names the bot in Redis's keys (default " + DEFAULT_BOT_KEY + ")",
      "  --stay             keep running after the demo, until Ctrl-C",
      "  --describe         print the dispatch table and the handlers bound to it, then exit",
      "  --help             print this message");

  /** Whether the sample starts its own embedded gateway. */
  boolean embedded() {
    return gatewayUrl.isEmpty() && token.isEmpty();
  }

  /** The gateway to connect to when not embedded: the given one, or Discord's. */
  String remoteUrl() {
    return gatewayUrl.orElse(GatewayBot.DISCORD_GATEWAY_URL);
  }

  /**
   * Parses {@code args}, falling back on {@code env} for the URL and the token. Options take
   * their value as the next argument or after {@code =} ({@code --shards=2}).
   *
   * @throws UsageException naming what was wrong
   */
  static Options parse(String[] args, Map<String, String> env) {
    boolean describe = false;
    boolean stay = false;
    boolean help = false;
    String url = null;
    String token = null;
    int shards = 1;
    Role role = Role.SINGLE;
    String redis = null;
    String botKey = DEFAULT_BOT_KEY;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      String value = null;
      int equals = option.indexOf('=');
      if (option.startsWith("--") && equals > 0) {
        value = option.substring(equals + 1);
        option = option.substring(0, equals);
      }
      if (takesValue(option)) {
        if (value == null) {
          i++;
          value = i < args.length && !args[i].startsWith("--") ? args[i] : null;
        }
        if (value == null || value.isEmpty()) {
          throw new UsageException(option + " needs a value");
        }
      } else if (value != null && isKnown(option)) {
        throw new UsageException(option + " takes no value");
      }
      switch (option) {
        case "--describe" -> describe = true;
        case "--stay" -> stay = true;
        case "--help", "-h" -> help = true;
        case "--gateway-url" -> url = value;
        case "--token" -> token = value;
        case "--shards" -> shards = shardCount(value);
        case "--role" -> role = Role.parse(value);
        case "--redis" -> redis = value;
        case "--bot-key" -> botKey = value;
        // Never echo a value: a mistyped option may be followed by the token.
        default -> throw new UsageException(option.startsWith("-")
            ? "unknown option: " + option
            : "unexpected argument " + (i + 1) + " (options start with --)");
      }
    }
    url = url != null ? url : blankToNull(env.get(GATEWAY_URL_ENV));
    token = token != null ? token : blankToNull(env.get(TOKEN_ENV));
    if (url != null && token == null) {
      throw new UsageException("--gateway-url needs a token: add --token TOKEN or set " + TOKEN_ENV);
    }
    if (url != null) {
      checkGatewayUrl(url);
    }
    if ((role == Role.SINGLE) != (redis == null)) {
      throw new UsageException(role == Role.SINGLE
          ? "--redis is for --role gateway or --role worker"
          : "--role " + role.name().toLowerCase(Locale.ROOT) + " needs --redis URL");
    }
    if (redis != null && !redis.startsWith("redis://")) {
      throw new UsageException("--redis needs a redis:// URL, got " + redis);
    }
    if (botKey.isEmpty() || botKey.indexOf(':') >= 0) {
      throw new UsageException("--bot-key must be non-empty and contain no ':'");
    }
    return new Options(describe, stay, help, Optional.ofNullable(url), Optional.ofNullable(token), shards,
        role, Optional.ofNullable(redis), botKey);
  }

  private static boolean takesValue(String option) {
    return switch (option) {
      case "--gateway-url", "--token", "--shards", "--role", "--redis", "--bot-key" -> true;
      default -> false;
    };
  }

  private static boolean isKnown(String option) {
    return takesValue(option) || option.equals("--describe") || option.equals("--stay") || option.equals("--help");
  }

  private static int shardCount(String text) {
    try {
      int shards = Integer.parseInt(text);
      if (shards >= 1 && shards <= MAX_SHARDS) {
        return shards;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--shards needs a number from 1 to " + MAX_SHARDS + ", got " + text);
  }

  /** Refuses a URL no shard could connect to, before anything starts; the message does not echo it. */
  private static void checkGatewayUrl(String url) {
    try {
      WebSocketGatewayShard.builder().gatewayUrl(url);
    } catch (IllegalArgumentException e) {
      // Not e's message: it names the URL, and the value given may be a token typed in the wrong place.
      throw new UsageException("--gateway-url (or " + GATEWAY_URL_ENV + ") is not a gateway URL:"
          + " it must be wss://HOST[:PORT], or ws:// on loopback");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** A command line the sample cannot run: the message says why; the caller prints the usage. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
