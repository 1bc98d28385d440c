package dev.shardwire.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The one configured Jackson {@link JsonFactory} that every gateway payload is read with, and the
 * entry points that run a generated decoder over a whole document.
 *
 * <p>Its {@link StreamReadConstraints} are sized for Discord's gateway, where every payload is
 * bounded by the gateway itself, so that hostile or corrupt input fails fast with a {@link
 * DecodeException} instead of exhausting memory or the stack:
 *
 * <ul>
 *   <li>nesting depth {@value #MAX_NESTING_DEPTH}: Discord's deepest payloads (messages with
 *       embeds, components and interaction data) nest about a dozen levels;
 *   <li>string length {@value #MAX_STRING_LENGTH} characters: the longest text Discord allows
 *       (embed descriptions, message content) is a few thousand characters;
 *   <li>number length {@value #MAX_NUMBER_LENGTH} characters: a snowflake has at most 20 digits;
 *   <li>property name length {@value #MAX_NAME_LENGTH} characters;
 *   <li>document length {@value #MAX_DOCUMENT_LENGTH} bytes (or characters): a GUILD_CREATE of a
 *       very large guild is a few megabytes, a chunk of 1,000 members with presences about half
 *       a megabyte.
 * </ul>
 *
 * <p>Locations in errors name the line and column but never the source text (Jackson's {@code
 * INCLUDE_SOURCE_IN_LOCATION} is off), so a payload's content never leaks into logs through an
 * exception message.
 */
public final class GatewayJson {

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value accepted, in characters (1 MiB). */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1024;

  /** The longest document accepted, in bytes or characters (64 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 64L << 20;

  /** The limits, as Jackson applies them. */
  public static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .build();

  /**
   * The shared factory. Thread-safe; make parsers from it, never a new factory per payload. A
   * UTF-8 {@code byte[]} (every gateway frame) is read by Shardwire's own parser, which behaves as
   * Jackson's does on the same bytes, only faster; every other input is read by Jackson's.
   */
  public static final JsonFactory FACTORY =
      new GatewayJsonFactory.Builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private GatewayJson() {}

  /**
   * A matcher for {@link JsonParser#nextNameMatch(PropertyNameMatcher)} that answers the index of
   * each of {@code names} (in the given order), {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for
   * any other name and {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end of the object.
   * Generated decoders keep one per JSON object they read, in a static field.
   *
   * @param names the JSON names, without duplicates
   */
  public static PropertyNameMatcher nameMatcher(String... names) {
    List<Named> named = new ArrayList<>(names.length);
    for (String name : names) {
      named.add(Named.fromString(name));
    }
    // false: the names need not be interned; the matcher compares them by value.
    return FACTORY.constructNameMatcher(named, false);
  }

  /**
   * Decodes the whole JSON document {@code json} with {@code decoder}.
   *
   * @throws DecodeException if the document is malformed, does not fit the decoder's type, or has
   *     anything but white space after the value
   */
  public static <T> T decode(byte[] json, EventDecoder<T> decoder, DecodeContext context) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return decodeDocument(parser, decoder, context);
    } catch (JacksonException e) {
      throw DecodeFailures.wrap(e, null, decoder.typeName(), null);
    }
  }

  /**
   * Decodes the whole JSON document {@code json} with {@code decoder}, read as its UTF-8 bytes, so
   * that text and bytes go through the same parser and fail alike (error offsets count bytes). An
   * unpaired surrogate in {@code json}, which no UTF-8 document can hold, is encoded as {@code ?}.
   *
   * @throws DecodeException if the document is malformed, does not fit the decoder's type, or has
   *     anything but white space after the value
   */
  public static <T> T decode(String json, EventDecoder<T> decoder, DecodeContext context) {
    return decode(json.getBytes(StandardCharsets.UTF_8), decoder, context);
  }

  /**
   * Runs {@code decoder} over the value that starts at {@code parser}'s next token; the parser is
   * left on the value's last token. This is what the gateway calls on a dispatch's {@code d}.
   *
   * @throws DecodeException if the value is malformed or does not fit the decoder's type
   */
  public static <T> T decodeNext(JsonParser parser, EventDecoder<T> decoder, DecodeContext context) {
    try {
      parser.nextToken();
      return decoder.decode(parser, context);
    } catch (JacksonException e) {
      throw DecodeFailures.wrap(e, parser, decoder.typeName(), null);
    }
  }

  static <T> T decodeDocument(
      JsonParser parser, EventDecoder<T> decoder, DecodeContext context) {
    T value = decodeNext(parser, decoder, context);
    JsonToken after = parser.nextToken();
    if (after != null) {
      throw DecodeFailures.problem(
          parser, decoder.typeName(), "", "expected the end of the document but found " + JsonReads.describe(after));
    }
    return value;
  }
}
