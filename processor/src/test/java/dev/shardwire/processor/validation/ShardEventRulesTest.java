package dev.shardwire.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shardwire.processor.validation.RuleTesting.assertError;

import com.google.testing.compile.Compilation;
import dev.shardwire.processor.ShardwireProcessor;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per {@code @ShardEvent}/{@code @GatewayModel} rule: the exact message, on the exact line. */
class ShardEventRulesTest {

  private static final List<String> IMPORTS =
      List.of("dev.shardwire.annotations.*", "dev.shardwire.events.Event", "dev.shardwire.models.*", "java.util.*");

  private static JavaFileObject source(String name, String... lines) {
    return RuleTesting.source("test", name, IMPORTS, lines);
  }

  @Test
  void eventOnAClass() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "class Bad {}"),
        "[ShardwireEventNotInterface] @ShardEvent must be on an interface, but Bad is a class;"
            + " declare it as an interface whose accessors are the event's fields",
        "@dev.shardwire.annotations.ShardEvent");
  }

  @Test
  void eventOnAnEnum() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "enum Bad { A }"),
        "[ShardwireEventNotInterface] @ShardEvent must be on an interface, but Bad is an enum;",
        "@dev.shardwire.annotations.ShardEvent");
  }

  @Test
  void modelOnAClass() {
    assertError(
        source("Bad", "@GatewayModel", "class Bad {}"),
        "[ShardwireModelNotInterface] @GatewayModel must be on an interface, but Bad is a class;",
        "@GatewayModel");
  }

  @Test
  void anEqualsThatIsNotObjectsIsAnAccessorWithParameters() {
    // Only equals(Object), hashCode() and toString() are Object's, which the implementation writes.
    assertError(
        source("Bad", "@GatewayModel", "interface Bad {", "  String id();", "  boolean equals(Bad other);", "}"),
        "[ShardwirePropertyParameters] accessor equals() of Bad must take no parameters",
        "boolean equals(Bad other)");
  }

  @Test
  void anAccessorNamedLikeObjectsProtectedMethods() {
    JavaFileObject source = source("Bad", "@GatewayModel", "interface Bad {", "  String clone();", "  String finalize();", "}");
    Compilation compilation = RuleTesting.compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[ShardwirePropertyReserved] accessor clone() of Bad clashes with the generated"
                + " implementation's clone(), which it inherits from Object (a record component cannot"
                + " take its name); rename the accessor")
        .inFile(source)
        .onLineContaining("String clone()");
    assertThat(compilation)
        .hadErrorContaining("[ShardwirePropertyReserved] accessor finalize() of Bad clashes with the generated implementation's finalize()")
        .inFile(source)
        .onLineContaining("String finalize()");
  }

  @Test
  void accessorWithParameters() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "interface Bad extends Event {", "  String name(int index);", "}"),
        "[ShardwirePropertyParameters] accessor name() of Bad must take no parameters, because"
            + " properties are read-only values; remove the parameters or make it a default method",
        "String name(int index)");
  }

  @Test
  void voidAccessor() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "interface Bad extends Event {", "  void touch();", "}"),
        "[ShardwirePropertyVoid] accessor touch() of Bad must return the property's value, not void;",
        "void touch()");
  }

  @Test
  void genericAccessor() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "interface Bad extends Event {", "  <T> List<T> items();", "}"),
        "[ShardwirePropertyGeneric] accessor items() of Bad must not declare type parameters;"
            + " give the property a concrete type",
        "<T> List<T> items()");
  }

  @Test
  void genericEvent() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "interface Bad<T> extends Event {}"),
        "[ShardwireGenericType] Bad must not declare type parameters, because an event or model has"
            + " one fixed shape; remove <T>",
        "interface Bad<T>");
  }

  @Test
  void typeTheDecoderCannotHandle() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  Thread owner();",
            "}"),
        "[ShardwirePropertyType] property owner() of Bad cannot be decoded from JSON: the decoder"
            + " does not know the type java.lang.Thread; use one of the supported types (String,"
            + " boolean, int, long, double (boxed, or as OptionalInt, OptionalLong, OptionalDouble),"
            + " Snowflake, Instant, OffsetDateTime, RawJson, an enum with an @UnknownValue constant,"
            + " a bit-flag type with a static of(long), a @GatewayModel interface, List<T>, Set<T>,"
            + " Map<String or Snowflake, T>, Optional<T> and OptionalNullable<T> of these), or"
            + " declare a @GatewayModel interface for it",
        "Thread owner()");
  }

  @Test
  void inheritedTypeTheDecoderCannotHandleIsReportedOnTheEvent() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(base = true)",
            "interface Owned extends Event { Thread owner(); }",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Owned {}"),
        "[ShardwirePropertyType] property owner(), inherited from Owned, cannot be decoded from JSON"
            + " as part of Bad: the decoder does not know the type java.lang.Thread",
        "interface Bad extends Owned");
  }

  @Test
  void mapWithAKeyThatIsNoIdOrString() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  Map<Integer, User> users();",
            "}"),
        "[ShardwirePropertyType] property users() of Bad cannot be decoded from JSON: a Map's key"
            + " must be Snowflake or String; change the key type",
        "Map<Integer, User> users()");
  }

  @Test
  void twoEventsClaimingOneGatewayName() {
    JavaFileObject first =
        source("First", "@dev.shardwire.annotations.ShardEvent(name = \"SAME\")", "interface First extends Event {}");
    JavaFileObject second =
        source("Second", "@dev.shardwire.annotations.ShardEvent(name = \"SAME\")", "interface Second extends Event {}");
    assertError(
        second,
        "[ShardwireDuplicateGatewayName] gateway dispatch \"SAME\" is claimed by both test.First"
            + " and test.Second, but each dispatch decodes into exactly one event; remove the"
            + " name from one of them",
        "interface Second",
        first);
  }

  @Test
  void twoEventsWhoseTableConstantsClash() {
    // Message.Create and MessageCreate are both MESSAGE_CREATE in the package's table.
    JavaFileObject nested =
        source(
            "Message",
            "class Message {",
            "  @dev.shardwire.annotations.ShardEvent(name = \"NESTED\")",
            "  interface Create extends Event {}",
            "}");
    JavaFileObject flat =
        source("MessageCreate", "@dev.shardwire.annotations.ShardEvent(name = \"FLAT\")", "interface MessageCreate extends Event {}");
    assertError(
        flat,
        "[ShardwireGeneratedNameClash] test.Message.Create and test.MessageCreate would both be"
            + " ShardwireEventTable.MESSAGE_CREATE in the code generated for package test, but a"
            + " generated name stands for one type; rename one of them",
        "interface MessageCreate",
        nested);
  }

  @Test
  void eventsDifferingOnlyInTheCaseOfAnAcronym() {
    JavaFileObject upper = source("URLEvent", "@dev.shardwire.annotations.ShardEvent", "interface URLEvent extends Event {}");
    JavaFileObject camel = source("UrlEvent", "@dev.shardwire.annotations.ShardEvent", "interface UrlEvent extends Event {}");
    // Types are taken in name order, so the second of them is the one reported.
    assertError(
        camel,
        "[ShardwireGeneratedNameClash] test.URLEvent and test.UrlEvent would both be"
            + " ShardwireEventTable.URL_EVENT in the code generated for package test",
        "interface UrlEvent",
        upper);
  }

  @Test
  void modelsWhoseGeneratedTypesClash() {
    JavaFileObject nested =
        source("Outer", "class Outer {", "  @GatewayModel", "  interface Inner { String id(); }", "}");
    JavaFileObject flat = source("Outer_Inner", "@GatewayModel", "interface Outer_Inner { String id(); }");
    assertError(
        flat,
        "[ShardwireGeneratedNameClash] test.Outer.Inner and test.Outer_Inner would both be"
            + " ImmutableOuter_Inner in the code generated for package test",
        "interface Outer_Inner",
        nested);
  }

  @Test
  void aModelsDecoderMeetsAnotherModelsImplementation() {
    // ImmutableThing's decoder and ThingDecoder's implementation are both ImmutableThingDecoder.
    JavaFileObject first = source("ImmutableThing", "@GatewayModel", "interface ImmutableThing { String id(); }");
    JavaFileObject second = source("ThingDecoder", "@GatewayModel", "interface ThingDecoder { String id(); }");
    assertError(
        second,
        "[ShardwireGeneratedNameClash] test.ImmutableThing and test.ThingDecoder would both be"
            + " ImmutableThingDecoder in the code generated for package test",
        "interface ThingDecoder",
        first);
  }

  @Test
  void anEventWhoseTableConstantIsTheTablesOwn() {
    assertError(
        source("Instance", "@dev.shardwire.annotations.ShardEvent(name = \"INST\")", "interface Instance extends Event {}"),
        "[ShardwireGeneratedNameReserved] event test.Instance would be ShardwireEventTable.INSTANCE in"
            + " the code generated for package test, a name the table keeps for itself; rename the"
            + " event, as InstanceEvent",
        "interface Instance");
  }

  @Test
  void aBaseEventWhoseTableConstantIsTheTablesListOfTypes() {
    assertError(
        source("Types", "@dev.shardwire.annotations.ShardEvent(base = true)", "interface Types extends Event {}"),
        "[ShardwireGeneratedNameReserved] event test.Types would be ShardwireEventTable.TYPES in",
        "interface Types");
  }

  @Test
  void aSealedEvent() {
    assertError(
        source(
            "Sealed",
            "@dev.shardwire.annotations.ShardEvent(name = \"SEALED\")",
            "sealed interface Sealed extends Event permits Sealed.Only {",
            "  non-sealed interface Only extends Sealed {}",
            "}"),
        "[ShardwireSealedType] Sealed is sealed, so ImmutableSealed, the implementation generated for"
            + " it, cannot implement it; remove 'sealed' and the permits clause, or make it a base event"
            + " (@ShardEvent(base = true)), which has no implementation",
        "sealed interface Sealed");
  }

  @Test
  void aSealedModel() {
    assertError(
        source("Sealed", "@GatewayModel", "sealed interface Sealed permits Sealed.Only {", "  String id();", "  non-sealed interface Only extends Sealed {}", "}"),
        "[ShardwireSealedType] Sealed is sealed, so ImmutableSealed, the implementation generated for"
            + " it, cannot implement it; remove 'sealed' and the permits clause",
        "sealed interface Sealed");
  }

  @Test
  void aNullablePrimitive() {
    assertError(
        source("Counts", "@GatewayModel", "interface Counts {", "  @Nullable int count();", "  @Nullable boolean flag();", "}"),
        "[ShardwireNullablePrimitive] accessor count() of Counts is @Nullable, but int cannot hold"
            + " null; return Integer, or remove @Nullable",
        "int count()");
  }

  @Test
  void aMemberTypeNamedLikeTheImplementation() {
    // The implementation inherits Thing's member types, so Thing.ImmutableThing would hide it from itself.
    assertError(
        source("Thing", "@GatewayModel", "interface Thing {", "  String id();", "  class ImmutableThing {}", "}"),
        "[ShardwireMemberTypeHidesGenerated] Thing has a member type ImmutableThing, which its"
            + " generated implementation inherits and which there hides the generated"
            + " test.ImmutableThing; rename the member type",
        "interface Thing");
  }

  @Test
  void anInheritedMemberTypeNamedLikeTheTable() {
    JavaFileObject base =
        source("Base", "@dev.shardwire.annotations.ShardEvent(base = true)", "interface Base extends Event {", "  interface ShardwireEventTable {}", "}");
    assertError(
        source("Ping", "@dev.shardwire.annotations.ShardEvent(name = \"PING\")", "interface Ping extends Base {}"),
        "[ShardwireMemberTypeHidesGenerated] Ping has a member type ShardwireEventTable, which its"
            + " generated implementation inherits and which there hides the generated"
            + " test.ShardwireEventTable; rename the member type",
        "interface Ping",
        base);
  }

  @Test
  void anEventNestedInAClassOfAFileNamedForAnotherIsAWarningOnIt() {
    JavaFileObject source =
        source(
            "Bot",
            "public class Bot {}",
            "class Events {",
            "  @dev.shardwire.annotations.ShardEvent",
            "  interface Ping extends Event {}",
            "}");
    Compilation compilation = javac().withProcessors(new ShardwireProcessor()).compile(source);
    assertThat(compilation)
        .hadWarningContaining(
            "[ShardwireAuxiliaryClass] Ping is declared in Bot.java, a file named for another"
                + " class, so the code generated for it in files of its own names it with javac's"
                + " auxiliaryclass warning; move Events to a file of its own, Events.java")
        .inFile(source)
        .onLineContaining("interface Ping");
  }

  @Test
  void aSourceTypeNamedLikeAGeneratedOne() {
    JavaFileObject taken = source("ImmutablePing", "class ImmutablePing {}");
    assertError(
        source("Ping", "@dev.shardwire.annotations.ShardEvent(name = \"PING\")", "interface Ping extends Event {}"),
        "[ShardwireGeneratedTypeExists] the code generated for test.Ping includes test.ImmutablePing,"
            + " but a source of this compilation already declares a type of that name; rename that"
            + " type",
        "interface Ping",
        taken);
  }

  @Test
  void aSourceTypeNamedLikeThePackagesTable() {
    JavaFileObject taken = source("ShardwireEventTable", "class ShardwireEventTable {}");
    assertError(
        source("Ping", "@dev.shardwire.annotations.ShardEvent(name = \"PING\")", "interface Ping extends Event {}"),
        "[ShardwireGeneratedTypeExists] the code generated for test.Ping includes"
            + " test.ShardwireEventTable, but a source of this compilation already declares a type of"
            + " that name; rename that type",
        "interface Ping",
        taken);
  }

  @Test
  void eventClaimingABuiltInDispatchName() {
    assertError(
        source(
            "MyReady",
            "@dev.shardwire.annotations.ShardEvent(name = \"READY\")",
            "interface MyReady extends Event {}"),
        "[ShardwireBuiltInGatewayName] gateway dispatch \"READY\" is already decoded by the built-in"
            + " event dev.shardwire.events.ShardReadyEvent, and each dispatch decodes into exactly one"
            + " event; subscribe to ShardReadyEvent instead, or remove the name and read the raw"
            + " payload from ShardPayloadEvent",
        "interface MyReady");
  }

  @Test
  void concreteEventExtendingANonEvent() {
    assertError(
        source(
            "Bad",
            "interface Named { String name(); }",
            "@dev.shardwire.annotations.ShardEvent",
            "interface Bad extends Event, Named {}"),
        "[ShardwireSupertypeNotEvent] event Bad extends test.Named, which is not a @ShardEvent"
            + " interface, so it has no place in the dispatch table; annotate Named with"
            + " @ShardEvent(base = true) or stop extending it",
        "interface Bad extends Event, Named");
  }

  @Test
  void eventNotRootedInEvent() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "interface Bad {}"),
        "[ShardwireEventNotRooted] @ShardEvent interface Bad must extend dev.shardwire.events.Event,"
            + " directly or through another event; add 'extends Event' or extend a built-in event"
            + " such as ShardEvent",
        "interface Bad");
  }

  @Test
  void baseEventWithAGatewayName() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent(base = true, name = \"BAD\")", "interface Bad extends Event {}"),
        "[ShardwireBaseWithName] base event Bad cannot decode dispatch \"BAD\", because base events"
            + " are never built; remove base = true or the name",
        "@dev.shardwire.annotations.ShardEvent(base = true");
  }

  @Test
  void unknownIntent() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent(intents = \"GUILD_MEMBER\")", "interface Bad extends Event {}"),
        "[ShardwireUnknownIntent] \"GUILD_MEMBER\" is not a constant of dev.shardwire.models.Intents;"
            + " use one of its names, such as GUILD_MEMBERS",
        "intents = \"GUILD_MEMBER\"");
  }

  @Test
  void contextPropertyOfAnotherType() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent",
            "interface Bad extends Event {",
            "  @FromContext String region();",
            "}"),
        "[ShardwireContextType] @FromContext property region() of Bad has type java.lang.String, but"
            + " the decode context offers only dev.shardwire.spi.App and"
            + " dev.shardwire.spi.Shard",
        "String region()");
  }

  @Test
  void keyedByOnAScalar() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  @KeyedBy(\"id\") Snowflake owner();",
            "}"),
        "[ShardwireKeyedByMisuse] @KeyedBy on owner() of Bad needs a List, Set or Map property;"
            + " remove it or change the type",
        "Snowflake owner()");
  }

  @Test
  void jsonPathInsideAnotherPropertysPath() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  User user();",
            "  @JsonName(\"user.id\") Snowflake userId();",
            "}"),
        "[ShardwireJsonPathOverlap] the JSON path of userId() (\"user.id\") lies inside that of"
            + " user() (\"user\") in Bad, but one pass cannot read a value both whole and field by"
            + " field; read the field from the model the other property holds, or give one of them"
            + " another @JsonName",
        "Snowflake userId()");
  }

  @Test
  void keyedByNamingNoPropertyOfTheValues() {
    assertError(
        source(
            "Bad",
            "@GatewayModel interface Item {",
            "  Snowflake id();",
            "  String name();",
            "}",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  @KeyedBy(\"item_id\") Map<Snowflake, Item> items();",
            "}"),
        "[ShardwireKeyedByUnresolved] @KeyedBy(\"item_id\") on items() of Bad names no property of"
            + " Item; name the JSON path of one of its properties (such as \"id\", \"name\")",
        "Map<Snowflake, Item> items()");
  }

  @Test
  void keyedByOnAMapOfPlainValues() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  @KeyedBy(\"id\") Map<Snowflake, String> names();",
            "}"),
        "[ShardwireKeyedByNotModel] @KeyedBy on names() of Bad takes each key from a field of the"
            + " element, but its elements are java.lang.String, which have no fields; make the"
            + " elements a @GatewayModel type, or remove @KeyedBy",
        "Map<Snowflake, String> names()");
  }

  @Test
  void malformedJsonPath() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  @JsonName(\"application..id\") Snowflake applicationId();",
            "}"),
        "[ShardwireJsonNameInvalid] \"application..id\" on applicationId() is not a JSON field name or"
            + " a dotted path of names; write names separated by single dots, as \"application.id\"",
        "Snowflake applicationId()");
  }

  @Test
  void twoPropertiesReadingOneJsonField() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent(name = \"BAD\")",
            "interface Bad extends Event {",
            "  String userName();",
            "  @JsonName(\"user_name\") String alias();",
            "}"),
        "[ShardwireJsonNameClash] properties userName() and alias() of Bad both read the JSON field"
            + " \"user_name\"; give one of them another @JsonName",
        "String alias()");
  }

  @Test
  void listEventWithoutElementSource() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent",
            "interface Bad extends Event, List<User> {",
            "  int count();",
            "}"),
        "[ShardwireListViewSource] Bad is a List<User>, so it needs exactly one List<User> or"
            + " Map<?, User> property to hold its elements, but it has 0",
        "interface Bad extends Event, List<User>");
  }

  @Test
  void privateNestedEvent() {
    assertError(
        source(
            "Outer",
            "class Outer {",
            "  @dev.shardwire.annotations.ShardEvent",
            "  private interface Bad extends Event {}",
            "}"),
        "[ShardwireTypeNotAccessible] Bad is private or nested in a private class, so the code"
            + " generated in its package cannot implement it; make it package-private or public",
        "private interface Bad");
  }

  @Test
  void eventExtendingALibraryInterfaceIsNotToldToAnnotateIt() {
    assertError(
        source("Bad", "@dev.shardwire.annotations.ShardEvent", "interface Bad extends Event, Comparable<Bad> {}"),
        "[ShardwireSupertypeNotEvent] event Bad extends java.lang.Comparable, which is not a"
            + " @ShardEvent interface, so it has no place in the dispatch table; stop extending it,"
            + " and extend an event interface instead, such as dev.shardwire.events.ShardEvent",
        "interface Bad extends Event, Comparable<Bad>");
  }

  @Test
  void modelExtendingALibraryInterfaceIsNotToldToAnnotateIt() {
    assertError(
        source("Bad", "@GatewayModel", "interface Bad extends java.io.Serializable {}"),
        "[ShardwireSupertypeNotModel] model Bad extends java.io.Serializable, which is not a"
            + " @GatewayModel interface, so its accessors cannot be decoded; stop extending it, and"
            + " declare the properties you need on Bad itself",
        "interface Bad extends java.io.Serializable");
  }

  @Test
  void modelExtendingANonModel() {
    assertError(
        source("Bad", "interface Named { String name(); }", "@GatewayModel", "interface Bad extends Named {}"),
        "[ShardwireSupertypeNotModel] model Bad extends test.Named, which is not a @GatewayModel"
            + " interface; annotate it with @GatewayModel or stop extending it",
        "interface Bad extends Named");
  }

  @Test
  void accessorNamedBuilder() {
    assertError(
        source("Bad", "@GatewayModel", "interface Bad {", "  String builder();", "}"),
        "[ShardwirePropertyReserved] accessor builder() of Bad clashes with the generated"
            + " implementation's static builder(); rename the accessor",
        "String builder()");
  }

  @Test
  void listEventWithAnAccessorNamedElements() {
    assertError(
        source(
            "Bad",
            "@dev.shardwire.annotations.ShardEvent",
            "interface Bad extends Event, List<User> {",
            "  List<User> users();",
            "  int elements();",
            "}"),
        "[ShardwirePropertyReserved] accessor elements() of Bad clashes with the generated"
            + " implementation's list of elements; rename the accessor",
        "int elements()");
  }
}
