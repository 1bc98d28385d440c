package dev.shardwire.processor.writer;

import com.palantir.javapoet.ClassName;

/**
 * The runtime, library and JDK types that generated code names, in one place, so every writer
 * spells them the same way and a renamed runtime type is one edit here.
 */
final class TypeNames {

  static final String SPI = "dev.shardwire.spi";

  static final ClassName EVENT_DECODER = ClassName.get(SPI, "EventDecoder");
  static final ClassName DECODE_CONTEXT = ClassName.get(SPI, "DecodeContext");
  static final ClassName DECODE_EXCEPTION = ClassName.get(SPI, "DecodeException");
  static final ClassName DECODE_FAILURES = ClassName.get(SPI, "DecodeFailures");
  static final ClassName JSON_READS = ClassName.get(SPI, "JsonReads");
  static final ClassName GATEWAY_JSON = ClassName.get(SPI, "GatewayJson");
  static final ClassName FIELD_NAMES = ClassName.get(SPI, "FieldNames");
  static final ClassName KEYED_LIST = ClassName.get(SPI, "KeyedList");

  static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
  static final ClassName JACKSON_EXCEPTION = ClassName.get("tools.jackson.core", "JacksonException");
  static final ClassName NAME_MATCHER = ClassName.get("tools.jackson.core.sym", "PropertyNameMatcher");

  static final ClassName APP = ClassName.get(SPI, "App");
  static final ClassName SHARD = ClassName.get(SPI, "Shard");

  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName OPTIONAL_INT = ClassName.get("java.util", "OptionalInt");
  static final ClassName OPTIONAL_LONG = ClassName.get("java.util", "OptionalLong");
  static final ClassName OPTIONAL_DOUBLE = ClassName.get("java.util", "OptionalDouble");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");

  static final String DISPATCH = "dev.shardwire.dispatch";

  static final ClassName EVENT = ClassName.get("dev.shardwire.events", "Event");
  static final ClassName EVENT_TYPE = ClassName.get(SPI, "EventType");
  static final ClassName EVENT_TABLE = ClassName.get(SPI, "EventTable");
  static final ClassName EVENT_MANAGER = ClassName.get(DISPATCH, "EventManager");
  static final ClassName LISTENER_BINDING = ClassName.get(SPI, "ListenerBinding");
  static final ClassName GENERATED_BINDING = ClassName.get(SPI, "GeneratedBinding");
  static final ClassName BINDING_HANDLERS = ClassName.get(SPI, "BindingHandlers");
  static final ClassName SUBSCRIPTION_GROUP = ClassName.get(DISPATCH, "SubscriptionGroup");
  static final ClassName INTENTS = ClassName.get("dev.shardwire.models", "Intents");
  static final ClassName SNOWFLAKE = ClassName.get("dev.shardwire.models", "Snowflake");
  static final ClassName JSON_ARRAYS = ClassName.get("dev.shardwire.models", "JsonArrays");
  static final ClassName RAW_JSON = ClassName.get("dev.shardwire.models", "RawJson");
  static final ClassName OPTIONAL_NULLABLE = ClassName.get("dev.shardwire.models", "OptionalNullable");
  static final ClassName IMMUTABLE_COPIES = ClassName.get(SPI, "ImmutableCopies");
  static final ClassName HASHES = ClassName.get(SPI, "Hashes");

  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName ABSTRACT_LIST = ClassName.get("java.util", "AbstractList");
  static final ClassName COMPLETION_STAGE = ClassName.get("java.util.concurrent", "CompletionStage");

  private TypeNames() {}
}
