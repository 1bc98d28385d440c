package dev.shardwire.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The small static reads that generated decoders call. Each reads the value at the parser's
 * current token (the caller has already moved onto it), checks its JSON type and range, and
 * throws a {@link DecodeException} that describes the value when it does not fit; the calling
 * decoder adds the type and the field path.
 *
 * <p>A number out of range is an error, never a silent truncation.
 */
public final class JsonReads {

  private static final BigInteger UNSIGNED_LONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private JsonReads() {}

  /** Whether the current token is JSON {@code null}. */
  public static boolean isNull(JsonParser parser) {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Checks that the current token starts an object. */
  public static void expectStartObject(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw DecodeFailures.wrongType(parser, "an object");
    }
  }

  /** Checks that the current token starts an array. */
  public static void expectStartArray(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw DecodeFailures.wrongType(parser, "an array");
    }
  }

  /**
   * Moves to the next element of the array the parser is in.
   *
   * @return true on an element, false at the end of the array
   */
  public static boolean nextElement(JsonParser parser) {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    if (token == null) {
      throw DecodeFailures.problem(parser, "value", "", "unexpected end of input inside an array");
    }
    return true;
  }

  /** Skips the current value, with everything nested in it. */
  public static void skipValue(JsonParser parser) {
    parser.skipChildren();
  }

  /** A JSON string. */
  public static String string(JsonParser parser) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw DecodeFailures.wrongType(parser, "a string");
    }
    return parser.getString();
  }

  /** A JSON {@code true} or {@code false}; {@code null} reads as {@code false}. */
  public static boolean booleanValue(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw DecodeFailures.wrongType(parser, "a boolean");
  }

  /**
   * A JSON integer that fits in an {@code int}; a whole number written with a fraction or an
   * exponent ({@code 640.0}, {@code 6.4e2}) reads as that integer (see {@link #longValue}).
   */
  public static int intValue(JsonParser parser) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      long value = wholeNumber(parser, "int");
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw outOfRange(parser, "int");
      }
      return (int) value;
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw outOfRange(parser, "int");
    }
    return parser.getIntValue();
  }

  /**
   * A JSON integer that fits in a {@code long}. A whole number written with a fraction or an
   * exponent ({@code 1719821400.0}, {@code 6.4e4}) reads as that integer: JSON does not tell it from
   * the integer, and producers that compute in floating point (rich presence clients, whose numbers
   * Discord passes on) write whole numbers so. A number with a fraction ({@code 0.5}) is still no
   * integer.
   */
  public static long longValue(JsonParser parser) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wholeNumber(parser, "long");
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw outOfRange(parser, "long");
    }
    return parser.getLongValue();
  }

  /** A JSON integer that fits in a {@code short}. */
  public static short shortValue(JsonParser parser) {
    int value = intValue(parser);
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw outOfRange(parser, "short");
    }
    return (short) value;
  }

  /** A JSON integer that fits in a {@code byte}. */
  public static byte byteValue(JsonParser parser) {
    int value = intValue(parser);
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw outOfRange(parser, "byte");
    }
    return (byte) value;
  }

  /** A JSON number, as a {@code double}. */
  public static double doubleValue(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw DecodeFailures.wrongType(parser, "a number");
    }
    double value = parser.getDoubleValue();
    if (Double.isInfinite(value)) {
      throw outOfRange(parser, "double");
    }
    return value;
  }

  /** A JSON number that fits in a {@code float}. */
  public static float floatValue(JsonParser parser) {
    double value = doubleValue(parser);
    if (Math.abs(value) > Float.MAX_VALUE) {
      throw outOfRange(parser, "float");
    }
    return (float) value;
  }

  /**
   * A Discord id: a JSON string of an unsigned 64-bit decimal number, as Discord sends ids, or a
   * non-negative JSON integer of at most 64 bits. Returns the id's 64 bits, which {@code
   * Snowflake.of} wraps (spi names no model type).
   */
  public static long snowflakeBits(JsonParser parser) {
    if (parser instanceof Utf8BytesJsonParser bytes && bytes.readDigitsInPlace()) {
      // Nearly every id: plain digits read in place, no exception handler on the way.
      return bytes.digitsValue();
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      try {
        return unsignedDecimalString(parser);
      } catch (NumberFormatException e) {
        throw notASnowflake(parser, parser.getString());
      }
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return unsignedBits(parser, "a snowflake");
    }
    throw DecodeFailures.wrongType(parser, "a snowflake (a string of digits)");
  }

  /**
   * The raw bits of a bit-flag value ({@code Intents}, {@code ApplicationFlags}): a non-negative
   * JSON integer of at most 64 bits, or a string of one (as Discord sends permissions).
   */
  public static long flagBits(JsonParser parser) {
    if (parser instanceof Utf8BytesJsonParser bytes && bytes.readDigitsInPlace()) {
      // Flags sent as a string of plain digits (permissions), read as ids are.
      return bytes.digitsValue();
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return unsignedBits(parser, "bit flags");
    }
    if (token == JsonToken.VALUE_STRING) {
      try {
        return unsignedDecimalString(parser);
      } catch (NumberFormatException e) {
        throw DecodeFailures.problem(
            parser, "value", "", "'" + abbreviate(parser.getString()) + "' is not a number of bit flags");
      }
    }
    throw DecodeFailures.wrongType(parser, "an integer of bit flags");
  }

  /**
   * The raw value of an enum field: a JSON string's text, or a JSON integer's text ({@code "42"}),
   * so that integer-valued enums, whose constants declare {@code @JsonName("42")}, match either form.
   * A whole number written with a fraction or an exponent ({@code 42.0}) is the integer's text.
   */
  public static String enumText(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
      // The gateway's parser shares the String of a value it has read before.
      return parser instanceof Utf8BytesJsonParser bytes ? bytes.enumText() : parser.getString();
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal value = decimalValue(parser);
      if (value == null && !negativeExponent(parser)) {
        // 1e9999999999: a whole number past a long.
        return parser.getString();
      }
      if (value != null && isWhole(value)) {
        // 2.0 stands for the constant named "2"; a whole number past a long is no constant's either.
        return fitsLong(value) ? Long.toString(value.longValue()) : parser.getString();
      }
    }
    throw DecodeFailures.wrongType(parser, "a string or an integer (an enum value)");
  }

  /**
   * What an enum value that none of {@code enumName}'s constants stands for decodes to: {@code
   * fallback}, its {@code @UnknownValue} constant. Never fails: Discord adds values without
   * notice. Each (enum, value) pair is logged once at WARN. To keep a hostile stream from growing
   * memory, at most 1,024 pairs are remembered (values cut to 64 characters); once that many have
   * been logged, new pairs are logged at DEBUG only.
   *
   * @param enumName the enum's name, as logged
   * @param text the raw value, as {@link #enumText} read it
   * @param fallback the constant to decode to
   */
  public static <E extends Enum<E>> E unknownEnumValue(String enumName, String text, E fallback) {
    UnknownEnumValues.report(enumName, text, fallback.name());
    return fallback;
  }

  /**
   * A timestamp as Discord sends them, ISO-8601 with an offset ({@code
   * 2021-04-22T10:20:33.123456+00:00}, {@code 2021-04-22T10:20:33Z}), as an {@link Instant}; the
   * fraction is kept to the nanosecond.
   */
  public static Instant instant(JsonParser parser) {
    expectString(parser, "an ISO-8601 timestamp");
    Instant value =
        parser instanceof Utf8BytesJsonParser bytes
            // The gateway's parser lets the timestamp be read from its input bytes.
            ? bytes.instant()
            : IsoTimestamps.instant(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    if (value == null) {
      throw notATimestamp(parser);
    }
    return value;
  }

  /** As {@link #instant}, keeping the offset as sent ({@code +00:00} and {@code Z} are both UTC). */
  public static OffsetDateTime offsetDateTime(JsonParser parser) {
    expectString(parser, "an ISO-8601 timestamp");
    OffsetDateTime value =
        parser instanceof Utf8BytesJsonParser bytes
            ? bytes.offsetDateTime()
            : IsoTimestamps.offsetDateTime(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    if (value == null) {
      throw notATimestamp(parser);
    }
    return value;
  }

  /**
   * The compact JSON text of the value at the current token (any value, {@code null} included),
   * copied in the same pass; the parser is left on the value's last token. Generated decoders wrap
   * it in the models' raw JSON type.
   */
  public static String rawJsonText(JsonParser parser) {
    return RawJsonText.copy(parser);
  }

  /**
   * The bits of a Discord id that is the current property name: a JSON object keyed by ids, as an
   * interaction's {@code resolved.users}.
   */
  public static long snowflakeNameBits(JsonParser parser) {
    try {
      // On a property name the parser hands out its characters from a reused buffer: no String per key.
      return unsignedDecimalString(parser);
    } catch (NumberFormatException e) {
      throw notASnowflake(parser, parser.currentName());
    }
  }


  /**
   * Moves from the current token, the start of an object or a value inside it, to the value of
   * the property {@code name}, skipping the others.
   *
   * @return false if the object ended without it (the parser is then on the object's end)
   */
  public static boolean seek(JsonParser parser, String name) {
    String next;
    while ((next = parser.nextName()) != null) {
      parser.nextToken();
      if (name.equals(next)) {
        return true;
      }
      parser.skipChildren();
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw DecodeFailures.problem(parser, "value", "", "expected a property name but found " + describe(parser.currentToken()));
    }
    return false;
  }

  /** Skips the rest of the object whose value the parser is on, leaving it on the object's end. */
  public static void finishObject(JsonParser parser) {
    while (parser.nextName() != null) {
      parser.nextToken();
      parser.skipChildren();
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw DecodeFailures.problem(parser, "value", "", "expected a property name but found " + describe(parser.currentToken()));
    }
  }

  /**
   * Checks, once an object is read, that its required field {@code jsonName} was there and not
   * null ({@code present}); throws {@link #missing} when it was not.
   */
  public static void requirePresent(boolean present, JsonParser parser, String jsonName) {
    if (!present) {
      throw missing(parser, jsonName);
    }
  }

  /** A required field {@code jsonName} that the object at hand lacked. */
  public static DecodeException missing(JsonParser parser, String jsonName) {
    return DecodeFailures.missing(parser, "value", jsonName);
  }

  /** A token as words: {@code an object}, {@code a string}, {@code null}, {@code the end of the input}. */
  public static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case END_OBJECT -> "the end of an object";
      case START_ARRAY -> "an array";
      case END_ARRAY -> "the end of an array";
      case PROPERTY_NAME -> "a property name";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  private static long unsignedBits(JsonParser parser, String what) {
    JsonParser.NumberType type = parser.getNumberType();
    if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
      long value = parser.getLongValue();
      if (value < 0) {
        throw outOfRange(parser, what);
      }
      return value;
    }
    BigInteger big = parser.getBigIntegerValue();
    if (big.signum() < 0 || big.compareTo(UNSIGNED_LONG_MAX) > 0) {
      throw outOfRange(parser, what);
    }
    return big.longValue();
  }

  /**
   * The integer that the current JSON number, written with a fraction or an exponent, stands for;
   * a {@link DecodeException} when it is no whole number or exceeds a long. Only this rare spelling
   * pays for the exact decimal read.
   */
  private static long wholeNumber(JsonParser parser, String type) {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
      throw DecodeFailures.wrongType(parser, "an integer");
    }
    BigDecimal value = decimalValue(parser);
    if (value == null) {
      // An exponent beyond BigDecimal's: far past the type's range, or a fraction far below 1.
      throw negativeExponent(parser) ? DecodeFailures.wrongType(parser, "an integer") : outOfRange(parser, type);
    }
    if (!isWhole(value)) {
      throw DecodeFailures.wrongType(parser, "an integer");
    }
    if (!fitsLong(value)) {
      throw outOfRange(parser, type);
    }
    return value.longValue();
  }

  /** The current number exactly, or null when its exponent is beyond BigDecimal's (1e9999999999). */
  private static BigDecimal decimalValue(JsonParser parser) {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException exponentBeyondBigDecimal) {
      return null;
    }
  }

  /** Whether the current number's text has a negative exponent ({@code 1e-9999999999}). */
  private static boolean negativeExponent(JsonParser parser) {
    String text = parser.getString();
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    return e >= 0 && e + 1 < text.length() && text.charAt(e + 1) == '-';
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** Whether a whole {@code value} fits in a long (checked by its digits first: 1e400 is never expanded). */
  private static boolean fitsLong(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    // In long arithmetic: a scale near Integer.MIN_VALUE (12e2147483647) overflows an int.
    if ((long) value.precision() - value.scale() > 19) {
      return false;
    }
    BigInteger whole = value.toBigInteger();
    return whole.bitLength() < 64;
  }

  private static DecodeException outOfRange(JsonParser parser, String type) {
    return DecodeFailures.problem(parser, "value", "", "number " + abbreviate(parser.getString()) + " is out of range for " + type);
  }

  /** 2^64 - 1, the largest unsigned 64-bit number, divided by ten. */
  private static final long MAX_UNSIGNED_TENTH = 1844674407370955161L;

  /**
   * The unsigned 64-bit number that the parser's current string spells in decimal: at most 20
   * digits, leading zeros allowed, no sign (as {@link Long#parseUnsignedLong} reads them). Read in
   * place: every id of every payload passes here, and a String of each would be garbage.
   *
   * @throws NumberFormatException if it spells none
   */
  private static long unsignedDecimalString(JsonParser parser) {
    if (parser instanceof Utf8BytesJsonParser bytes) {
      // The gateway's parser reads the digits straight from its input (its callers have tried
      // the common case, Utf8BytesJsonParser.readDigitsInPlace, first).
      return bytes.unsignedDecimalString();
    }
    return unsignedDecimal(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
  }

  static long unsignedDecimal(char[] chars, int offset, int length) {
    if (length == 0 || length > 20) {
      throw new NumberFormatException();
    }
    // Nineteen digits never exceed 2^64 - 1: no overflow check until a twentieth.
    int end = offset + Math.min(length, 19);
    int i = offset;
    long value = 0;
    if (((end - i) & 1) != 0) {
      value = digit(chars[i++]);
    }
    // Two digits a step: half as long a chain of multiplications as one at a time.
    for (; i < end; i += 2) {
      value = value * 100 + digit(chars[i]) * 10 + digit(chars[i + 1]);
    }
    if (length == 20) {
      int digit = digit(chars[offset + 19]);
      if (Long.compareUnsigned(value, MAX_UNSIGNED_TENTH) > 0 || (value == MAX_UNSIGNED_TENTH && digit > 5)) {
        throw new NumberFormatException();
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int digit(char c) {
    int digit = c - '0';
    if (digit < 0 || digit > 9) {
      throw new NumberFormatException();
    }
    return digit;
  }

  private static void expectString(JsonParser parser, String what) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw DecodeFailures.wrongType(parser, what);
    }
  }

  private static DecodeException notATimestamp(JsonParser parser) {
    return DecodeFailures.problem(
        parser,
        "value",
        "",
        "'" + abbreviate(parser.getString()) + "' is not an ISO-8601 timestamp such as 2021-04-22T10:20:33.123456+00:00");
  }

  private static DecodeException notASnowflake(JsonParser parser, String text) {
    return DecodeFailures.problem(parser, "value", "", "'" + abbreviate(text) + "' is not a snowflake (an unsigned 64-bit decimal number)");
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
