package dev.shardwire.processor.writer;

import com.palantir.javapoet.ClassName;

/**
 * The runtime, library and JDK types that generated code names, in one place, so every writer
 * spells them the same way and a renamed runtime type is one edit here.
 */
final class TypeNames {

  static final String DECODE = "dev.shardwire.decode";

  static final ClassName EVENT_DECODER = ClassName.get(DECODE, "EventDecoder");
  static final ClassName DECODE_CONTEXT = ClassName.get(DECODE, "DecodeContext");
  static final ClassName DECODE_EXCEPTION = ClassName.get(DECODE, "DecodeException");
  static final ClassName DECODE_FAILURES = ClassName.get(DECODE, "DecodeFailures");
  static final ClassName JSON_READS = ClassName.get(DECODE, "JsonReads");
  static final ClassName GATEWAY_JSON = ClassName.get(DECODE, "GatewayJson");
  static final ClassName FIELD_NAMES = ClassName.get(DECODE, "FieldNames");

  static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
  static final ClassName JACKSON_EXCEPTION = ClassName.get("tools.jackson.core", "JacksonException");
  static final ClassName NAME_MATCHER = ClassName.get("tools.jackson.core.sym", "PropertyNameMatcher");

  static final ClassName GATEWAY_BOT = ClassName.get("dev.shardwire", "GatewayBot");
  static final ClassName GATEWAY_SHARD = ClassName.get("dev.shardwire.gateway", "GatewayShard");

  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");

  static final String DISPATCH = "dev.shardwire.dispatch";

  static final ClassName EVENT = ClassName.get("dev.shardwire.events", "Event");
  static final ClassName EVENT_TYPE = ClassName.get(DISPATCH, "EventType");
  static final ClassName EVENT_TABLE = ClassName.get(DISPATCH, "EventTable");
  static final ClassName EVENT_MANAGER = ClassName.get(DISPATCH, "EventManager");
  static final ClassName LISTENER_BINDING = ClassName.get(DISPATCH, "ListenerBinding");
  static final ClassName SUBSCRIPTION_GROUP = ClassName.get(DISPATCH, "SubscriptionGroup");
  static final ClassName INTENTS = ClassName.get("dev.shardwire.models", "Intents");
  static final ClassName IMMUTABLE_COPIES = ClassName.get("dev.shardwire.internal", "ImmutableCopies");

  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName ABSTRACT_LIST = ClassName.get("java.util", "AbstractList");
  static final ClassName COMPLETION_STAGE = ClassName.get("java.util.concurrent", "CompletionStage");

  private TypeNames() {}
}
