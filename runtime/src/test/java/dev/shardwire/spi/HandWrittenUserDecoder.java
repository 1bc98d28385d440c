package dev.shardwire.spi;

import dev.shardwire.models.Snowflake;
import dev.shardwire.models.User;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The decoder the processor should write for {@link User}, written by hand to settle the shape of
 * generated decoders: one pass with {@code nextNameMatch}, fields in any order, unknown fields
 * skipped, {@code null} for an {@code Optional} empty, absent {@code boolean} false, required
 * fields checked after the object, and the field path built only on failure.
 */
final class HandWrittenUserDecoder implements EventDecoder<User> {

  static final HandWrittenUserDecoder INSTANCE = new HandWrittenUserDecoder();

  private static final String TYPE = "User";

  private static final PropertyNameMatcher NAMES =
      GatewayJson.nameMatcher("id", "username", "discriminator", "global_name", "avatar", "bot", "system");

  /** A plain implementation, standing in for the generated one. */
  record PlainUser(
      Snowflake id,
      String username,
      String discriminator,
      Optional<String> globalName,
      Optional<String> avatarHash,
      boolean isBot,
      boolean isSystem)
      implements User {
    // The fields the hand-written decoder does not read (the benchmark compares the seed's seven).
    @Override
    public dev.shardwire.models.OptionalNullable<String> bannerHash() {
      return dev.shardwire.models.OptionalNullable.absent();
    }

    @Override
    public dev.shardwire.models.OptionalNullable<Integer> accentColor() {
      return dev.shardwire.models.OptionalNullable.absent();
    }

    @Override
    public Optional<dev.shardwire.models.UserFlags> publicFlags() {
      return Optional.empty();
    }
  }

  @Override
  public String typeName() {
    return TYPE;
  }

  @Override
  public User decode(JsonParser parser, DecodeContext context) {
    Snowflake id = null;
    String username = null;
    String discriminator = null;
    Optional<String> globalName = Optional.empty();
    Optional<String> avatarHash = Optional.empty();
    boolean isBot = false;
    boolean isSystem = false;
    String field = null;
    try {
      JsonReads.expectStartObject(parser);
      while (true) {
        field = null;
        int match = parser.nextNameMatch(NAMES);
        if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
          break;
        }
        switch (match) {
          case 0:
            field = "id";
            parser.nextToken();
            id = Snowflake.of(JsonReads.snowflakeBits(parser));
            break;
          case 1:
            field = "username";
            parser.nextToken();
            username = JsonReads.string(parser);
            break;
          case 2:
            field = "discriminator";
            parser.nextToken();
            discriminator = JsonReads.string(parser);
            break;
          case 3:
            field = "global_name";
            parser.nextToken();
            globalName = JsonReads.isNull(parser) ? Optional.empty() : Optional.of(JsonReads.string(parser));
            break;
          case 4:
            field = "avatar";
            parser.nextToken();
            avatarHash = JsonReads.isNull(parser) ? Optional.empty() : Optional.of(JsonReads.string(parser));
            break;
          case 5:
            field = "bot";
            parser.nextToken();
            isBot = JsonReads.booleanValue(parser);
            break;
          case 6:
            field = "system";
            parser.nextToken();
            isSystem = JsonReads.booleanValue(parser);
            break;
          case PropertyNameMatcher.MATCH_UNKNOWN_NAME:
            field = parser.currentName();
            parser.nextToken();
            parser.skipChildren();
            break;
          default:
            throw DecodeFailures.unexpectedToken(parser, TYPE);
        }
      }
      if (id == null) {
        throw JsonReads.missing(parser, "id");
      }
      if (username == null) {
        throw JsonReads.missing(parser, "username");
      }
      if (discriminator == null) {
        throw JsonReads.missing(parser, "discriminator");
      }
    } catch (JacksonException | DecodeException e) {
      throw DecodeFailures.wrap(e, parser, TYPE, field);
    }
    return new PlainUser(id, username, discriminator, globalName, avatarHash, isBot, isSystem);
  }
}
