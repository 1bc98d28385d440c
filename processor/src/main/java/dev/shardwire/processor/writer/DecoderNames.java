package dev.shardwire.processor.writer;

import com.palantir.javapoet.ClassName;

/** The runtime and library types that generated decoders name. */
final class DecoderNames {

  static final String DECODE = "dev.shardwire.decode";

  static final ClassName EVENT_DECODER = ClassName.get(DECODE, "EventDecoder");
  static final ClassName DECODE_CONTEXT = ClassName.get(DECODE, "DecodeContext");
  static final ClassName DECODE_EXCEPTION = ClassName.get(DECODE, "DecodeException");
  static final ClassName DECODE_FAILURES = ClassName.get(DECODE, "DecodeFailures");
  static final ClassName JSON_READS = ClassName.get(DECODE, "JsonReads");
  static final ClassName GATEWAY_JSON = ClassName.get(DECODE, "GatewayJson");

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

  private DecoderNames() {}
}
