package dev.shardwire.processor.validation;

import static dev.shardwire.processor.validation.RuleTesting.assertError;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue 11's property types, one test per message: the exact text, on the exact line.
 * Open enums need an {@code @UnknownValue} constant; {@code @RawValueOf} names an enum property and
 * mirrors its type; a raw JSON tree is refused in favour of {@code RawJson}.
 */
class PropertyTypeRulesTest {

  private static final List<String> IMPORTS =
      List.of("dev.shardwire.annotations.*", "dev.shardwire.events.Event", "dev.shardwire.models.*", "java.util.*");

  private static JavaFileObject source(String name, String... lines) {
    return RuleTesting.source("test", name, IMPORTS, lines);
  }

  /** An open enum, in its own file: generated code may name it. */
  private static final JavaFileObject MOOD = source("Mood", "public enum Mood { HAPPY, SAD, @UnknownValue UNKNOWN }");

  private static JavaFileObject event(String... accessors) {
    String[] lines = new String[accessors.length + 3];
    lines[0] = "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")";
    lines[1] = "interface Bad extends Event {";
    System.arraycopy(accessors, 0, lines, 2, accessors.length);
    lines[lines.length - 1] = "}";
    return source("Bad", lines);
  }

  @Test
  void enumWithoutFallback() {
    assertError(
        source(
            "Bad",
            "enum Color { RED, GREEN }",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  Optional<Color> color();",
            "}"),
        "[ShardwireEnumWithoutFallback] enum Color has no fallback constant for values Discord adds"
            + " later, so property color() of Bad could not decode them; annotate one constant with"
            + " @UnknownValue, e.g. `@UnknownValue UNKNOWN`",
        "Optional<Color> color()");
  }

  @Test
  void enumWithoutFallbackInsideACollectionOfAModel() {
    assertError(
        source(
            "Bad",
            "enum Color { RED, GREEN }",
            "@GatewayModel",
            "interface Bad {",
            "  Map<String, List<Color>> colors();",
            "}"),
        "[ShardwireEnumWithoutFallback] enum Color has no fallback constant for values Discord adds"
            + " later, so property colors() of Bad could not decode them;",
        "Map<String, List<Color>> colors()");
  }

  @Test
  void libraryEnumWithoutFallbackIsNotToldToAnnotateIt() {
    assertError(
        event("  java.time.DayOfWeek day();"),
        "[ShardwireEnumWithoutFallback] enum DayOfWeek has no fallback constant for values Discord"
            + " adds later, so property day() of Bad could not decode them, and it is not declared in"
            + " your sources; declare an enum of your own with one constant annotated @UnknownValue,"
            + " e.g. `@UnknownValue UNKNOWN`, and use it instead",
        "java.time.DayOfWeek day()");
  }

  @Test
  void anArrayIsNamedAsJavaWritesIt() {
    assertError(
        event("  String[] names();"),
        "[ShardwirePropertyType] property names() of Bad cannot be decoded from JSON: the decoder"
            + " does not know the type java.lang.String[]; use one of the supported types",
        "String[] names()");
  }

  @Test
  void aWildcardIsNamedAsJavaWritesIt() {
    assertError(
        event("  List<? extends CharSequence> names();"),
        "[ShardwirePropertyType] property names() of Bad cannot be decoded from JSON: the decoder"
            + " does not know the type ? extends java.lang.CharSequence; use one of the supported types",
        "names()");
  }

  @Test
  void enumConstantsOfOneJsonValue() {
    // Constant names differing only in case read the same lower-case value, as two equal @JsonNames do.
    assertError(
        source(
            "Bad",
            "enum Color { Red, RED, @UnknownValue UNKNOWN }",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  Color color();",
            "}"),
        "[ShardwireEnumJsonValueClash] enum Color has constants Red and RED that both stand for the"
            + " JSON value \"red\", but a value decodes to exactly one constant (read by property"
            + " color() of Bad); give one of them another @JsonName",
        "Color color()");
  }

  @Test
  void enumConstantsOfOneJsonName() {
    assertError(
        source(
            "Bad",
            "enum Color { @JsonName(\"1\") RED, @JsonName(\"1\") GREEN, @UnknownValue UNKNOWN }",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  Map<String, List<Color>> colors();",
            "}"),
        "[ShardwireEnumJsonValueClash] enum Color has constants RED and GREEN that both stand for the"
            + " JSON value \"1\"",
        "colors()");
  }

  @Test
  void enumWithTwoFallbacks() {
    assertError(
        source(
            "Bad",
            "enum Color { RED, @UnknownValue OTHER, @UnknownValue UNKNOWN }",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  Color color();",
            "}"),
        "[ShardwireEnumSeveralFallbacks] enum Color marks OTHER and UNKNOWN with @UnknownValue, but"
            + " unknown values decode to exactly one fallback constant (read by property color() of"
            + " Bad); keep @UnknownValue on one of them",
        "Color color()");
  }

  @Test
  void rawValueOfNamingNoAccessor() {
    assertError(
        event("  Mood mood();", "  @RawValueOf(\"feeling\") String rawMood();"),
        "[ShardwireRawValueOfNoEnum] @RawValueOf(\"feeling\") on rawMood() of Bad must name an enum"
            + " property of Bad (plain, Optional or OptionalNullable), but it has no accessor"
            + " feeling(); name the accessor of the enum property, as @RawValueOf(\"status\") for"
            + " Status status()",
        "@RawValueOf(\"feeling\") String rawMood()",
        MOOD);
  }

  @Test
  void rawValueOfNamingAPropertyThatIsNoEnum() {
    assertError(
        event("  List<Mood> moods();", "  @RawValueOf(\"moods\") String rawMoods();"),
        "[ShardwireRawValueOfNoEnum] @RawValueOf(\"moods\") on rawMoods() of Bad must name an enum"
            + " property of Bad (plain, Optional or OptionalNullable), but moods() is a List<Mood>;",
        "@RawValueOf(\"moods\") String rawMoods()",
        MOOD);
  }

  @Test
  void rawValueOfOnAnAccessorThatIsNoString() {
    assertError(
        event("  Optional<Mood> mood();", "  @RawValueOf(\"mood\") String rawMood();"),
        "[ShardwireRawValueOfType] @RawValueOf(\"mood\") accessor rawMood() of Bad returns String,"
            + " but the raw value of mood() is a Optional<String> (its type with the enum replaced by"
            + " String); declare Optional<String> rawMood()",
        "@RawValueOf(\"mood\") String rawMood()",
        MOOD);
  }

  @Test
  void rawValueOfTwice() {
    assertError(
        event("  Mood mood();", "  @RawValueOf(\"mood\") String rawMood();", "  @RawValueOf(\"mood\") String moodText();"),
        "[ShardwireRawValueOfDuplicate] @RawValueOf(\"mood\") on moodText() of Bad repeats rawMood(),"
            + " which already holds the raw value of mood(); remove one of them",
        "@RawValueOf(\"mood\") String moodText()",
        MOOD);
  }

  @Test
  void jsonTreeIsRefusedForRawJson() {
    assertError(
        event("  tools.jackson.databind.JsonNode data();"),
        "[ShardwirePropertyType] property data() of Bad cannot be decoded from JSON: a JsonNode is a"
            + " tree the decoder would have to build on every payload; use"
            + " dev.shardwire.models.RawJson, which keeps the value as text and gives its tree() on"
            + " demand",
        "JsonNode data()",
        MOOD);
  }

  @Test
  void optionalOfACollection() {
    assertError(
        event("  OptionalNullable<List<Mood>> moods();"),
        "[ShardwirePropertyType] property moods() of Bad cannot be decoded from JSON: an"
            + " OptionalNullable collection is ambiguous; use the collection (absent reads as empty)",
        "OptionalNullable<List<Mood>> moods()",
        MOOD);
  }

}
