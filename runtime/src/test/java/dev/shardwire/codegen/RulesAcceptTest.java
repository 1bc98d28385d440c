package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the rules of {@code @ShardEvent}, {@code @GatewayModel} and the property types let
 * through, or leave standing beside an error, compiles against the real runtime with {@code
 * -Werror} over the generated code. The rules' errors themselves, each with its message and line,
 * are tested in the processor module ({@code dev.shardwire.processor.validation}), against stubs
 * of the runtime; these tests need the runtime's generated-code contract, so they stay here.
 */
class RulesAcceptTest {

  private static final List<String> IMPORTS =
      List.of("dev.shardwire.annotations.*", "dev.shardwire.events.Event", "dev.shardwire.models.*", "java.util.*");

  private static JavaFileObject source(String name, String... lines) {
    return ProcessorTesting.source("test", name, IMPORTS, lines);
  }

  /** An open enum, in its own file: generated code may name it. */
  private static final JavaFileObject MOOD = source("Mood", "public enum Mood { HAPPY, SAD, @UnknownValue UNKNOWN }");

  private static JavaFileObject propertyEvent(String... accessors) {
    String[] lines = new String[accessors.length + 3];
    lines[0] = "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")";
    lines[1] = "interface Bad extends Event {";
    System.arraycopy(accessors, 0, lines, 2, accessors.length);
    lines[lines.length - 1] = "}";
    return source("Bad", lines);
  }

  @Test
  void aSealedBaseEventPermitsItsEvents() {
    // A base event has no implementation: only its events are implemented, and it permits them.
    Compilation compilation =
        ProcessorTesting.compile(
            source(
                "Animal",
                "@dev.shardwire.annotations.ShardEvent(base = true)",
                "sealed interface Animal extends Event permits Dog {",
                "  String name();",
                "}"),
            source("Dog", "@dev.shardwire.annotations.ShardEvent(name = \"DOG\")", "non-sealed interface Dog extends Animal {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aSealedEventOrModelThatPermitsItsImplementationCompiles() {
    // The implementation is a final top-level class of the same package: a sealed type that
    // permits it by name (as Immutables users write) is legal Java, and it is the only subtype.
    Compilation compilation =
        ProcessorTesting.compile(
            source(
                "Colour",
                "@GatewayModel",
                "sealed interface Colour permits ImmutableColour {",
                "  String hex();",
                "}"),
            source(
                "Painted",
                "@dev.shardwire.annotations.ShardEvent(name = \"PAINTED\")",
                "sealed interface Painted extends Event permits ImmutablePainted {",
                "  Colour colour();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void accessorsNamedLikeObjectsMethodsWithOtherParametersAreProperties() {
    // equals() and hashCode(int) are not Object's: equals() is a property, and Object's stay the implementation's.
    Compilation compilation =
        ProcessorTesting.compile(
            source(
                "Odd",
                "@GatewayModel(builder = true)",
                "public interface Odd {",
                "  boolean equals();",
                "  String toString();",
                "  int hashCode();",
                "  boolean equals(Object other);",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void typeUseAnnotationsOfTheBotOnPropertyTypesCompile() {
    // javac's toString() of an annotated primitive is "@test.Positive int": no keyword for generated code.
    JavaFileObject positive =
        source(
            "Positive",
            "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)",
            "public @interface Positive {}");
    JavaFileObject counts =
        source(
            "Counts",
            "@GatewayModel(builder = true)",
            "public interface Counts {",
            "  @Positive int count();",
            "  @Positive long total();",
            "  List<@Positive Integer> each();",
            "  @Positive String label();",
            "}");
    assertThat(ProcessorTesting.compile(positive, counts)).succeededWithoutWarnings();
  }

  @Test
  void undecodedEventsMayHoldAnyType() {
    Compilation compilation =
        ProcessorTesting.compile(
            source(
                "Fine",
                "@dev.shardwire.annotations.ShardEvent",
                "interface Fine extends Event {",
                "  Thread owner();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aDefaultMethodOverridingAnInheritedAccessorIsNoProperty() {
    // Sub fixes count() for itself: the payload does not carry it, and the record must not hide the default.
    JavaFileObject base =
        source(
            "Base",
            "@dev.shardwire.annotations.ShardEvent(base = true)",
            "interface Base extends Event {",
            "  String name();",
            "  int count();",
            "}");
    JavaFileObject sub =
        source(
            "Sub",
            "@dev.shardwire.annotations.ShardEvent(name = \"SUB\")",
            "interface Sub extends Base {",
            "  @Override default int count() { return 3; }",
            "}");
    Compilation compilation = ProcessorTesting.compile(base, sub);
    assertThat(compilation).succeededWithoutWarnings();
    String implementation = GoldenFiles.generatedSource(compilation, "test.ImmutableSub");
    assertTrue(implementation.contains("record ImmutableSub(App app, String name) implements Sub"), implementation);
    String decoder = GoldenFiles.generatedSource(compilation, "test.SubDecoder");
    assertTrue(decoder.contains("FieldNames.of(\"name\")"), decoder);
  }

  @Test
  void deprecatedEventsModelsListenersAndConstantsCompileWithoutWarnings() {
    // The bot hears about its deprecations where its own code uses them, never in generated files.
    assertDeprecatedCompileWithoutWarnings("@Deprecated", "deprecation");
  }

  @Test
  void typesAndMembersDeprecatedForRemovalCompileWithoutWarnings() {
    // forRemoval warns under its own key, "removal", which "deprecation" does not silence.
    assertDeprecatedCompileWithoutWarnings("@Deprecated(forRemoval = true)", "removal");
  }

  /**
   * An event (and its accessor), a model, an enum constant, a listener and a handler marked {@code
   * deprecated}, used by the bot's own code under {@code @SuppressWarnings(key)}.
   */
  private static void assertDeprecatedCompileWithoutWarnings(String deprecated, String key) {
    JavaFileObject old =
        source(
            "Old",
            deprecated,
            "@dev.shardwire.annotations.ShardEvent(name = \"OLD\", builder = true)",
            "public interface Old extends Event {",
            "  " + deprecated + " String text();",
            "}");
    JavaFileObject model = source("OldModel", deprecated, "@GatewayModel", "public interface OldModel { String text(); }");
    JavaFileObject kind =
        source("Kind", "public enum Kind { A, " + deprecated + " @JsonName(\"b\") B, @UnknownValue UNKNOWN }");
    JavaFileObject uses =
        source(
            "Uses",
            "@dev.shardwire.annotations.ShardEvent(name = \"USES\")",
            "public interface Uses extends Event {",
            "  Kind kind();",
            "  @SuppressWarnings(\"" + key + "\") OldModel model();",
            "}");
    JavaFileObject listener =
        source(
            "OldListener",
            deprecated,
            "class OldListener {",
            "  @SuppressWarnings(\"" + key + "\") @dev.shardwire.annotations.Subscribe void onOld(Old event) {}",
            "  " + deprecated + " @dev.shardwire.annotations.Subscribe void onUses(Uses event) {}",
            "}");
    assertThat(ProcessorTesting.compile(old, model, kind, uses, listener)).succeededWithoutWarnings();
  }

  @Test
  void anInvalidEventGetsOneErrorAndNoFollowOnErrors() {
    JavaFileObject bad =
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "interface Bad extends Event { void touch(); }");
    JavaFileObject good =
        source("Good", "@dev.shardwire.annotations.ShardEvent", "interface Good extends Event { String text(); }");
    Compilation compilation = ProcessorTesting.compile(bad, good);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ShardwirePropertyVoid]");
  }

  @Test
  void everyNewTypeCompilesWithoutWarnings() {
    Compilation compilation =
        ProcessorTesting.compile(
            MOOD,
            propertyEvent(
                "  Mood mood();",
                "  @RawValueOf(\"mood\") String rawMood();",
                "  OptionalNullable<Mood> maybeMood();",
                "  @RawValueOf(\"maybeMood\") OptionalNullable<String> rawMaybeMood();",
                "  java.time.Instant at();",
                "  java.time.OffsetDateTime atOffset();",
                "  Map<Snowflake, User> users();",
                "  Map<String, List<Set<Long>>> deep();",
                "  RawJson data();",
                "  OptionalInt count();",
                "  OptionalLong big();",
                "  OptionalDouble ratio();"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
