package dev.shardwire.models;

import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.DecodeFailures;
import dev.shardwire.spi.ImmutableCopies;
import dev.shardwire.spi.JsonReads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Reads the JSON arrays of plain values that payloads are full of (role ids, mentioned users,
 * feature names) into immutable lists and sets, for generated decoders: one loop here instead of
 * one in every decoder with such a field. It lives with the models, not in {@code spi}, because
 * it makes {@link Snowflake}s; it is for generated code, not for bot code.
 *
 * <p>Each read starts on the array's first token, as the decoder leaves the parser, and reports
 * a bad element as the decoder's own loop would: a {@link DecodeException} of the decoder's type
 * at {@code [index]}, to which the decoder adds the field.
 */
public final class JsonArrays {

  private static final Function<JsonParser, Snowflake> SNOWFLAKE = parser -> Snowflake.of(JsonReads.snowflakeBits(parser));
  private static final Function<JsonParser, String> STRING = JsonReads::string;

  private JsonArrays() {}

  /** A JSON array of snowflakes (as strings or numbers), in order. */
  public static List<Snowflake> snowflakeList(JsonParser parser, String typeName) {
    return ImmutableCopies.owned(readInto(new ArrayList<>(), parser, typeName, SNOWFLAKE));
  }

  /** A JSON array of snowflakes as a set, in the order of their first appearance. */
  public static Set<Snowflake> snowflakeSet(JsonParser parser, String typeName) {
    return ImmutableCopies.owned(readInto(new LinkedHashSet<>(), parser, typeName, SNOWFLAKE));
  }

  /** A JSON array of strings, in order. */
  public static List<String> stringList(JsonParser parser, String typeName) {
    return ImmutableCopies.owned(readInto(new ArrayList<>(), parser, typeName, STRING));
  }

  /** A JSON array of strings as a set, in the order of their first appearance. */
  public static Set<String> stringSet(JsonParser parser, String typeName) {
    return ImmutableCopies.owned(readInto(new LinkedHashSet<>(), parser, typeName, STRING));
  }

  private static <T, C extends Collection<T>> C readInto(
      C values, JsonParser parser, String typeName, Function<JsonParser, T> element) {
    JsonReads.expectStartArray(parser);
    int index = 0;
    try {
      while (JsonReads.nextElement(parser)) {
        values.add(element.apply(parser));
        index++;
      }
    } catch (JacksonException | DecodeException e) {
      throw DecodeFailures.wrap(e, parser, typeName, "[" + index + "]");
    }
    // Nobody else holds values: the caller's constructor may keep them instead of copying them.
    return values;
  }
}
