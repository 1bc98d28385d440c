package dev.shardwire.processor.model;


/** The canonical names of the types the processor recognises, in one place. */
public final class KnownTypes {

  /** {@code @ShardEvent}. */
  public static final String SHARD_EVENT_ANNOTATION = "dev.shardwire.annotations.ShardEvent";
  /** {@code @GatewayModel}. */
  public static final String GATEWAY_MODEL_ANNOTATION = "dev.shardwire.annotations.GatewayModel";
  /** {@code @JsonName}. */
  public static final String JSON_NAME = "dev.shardwire.annotations.JsonName";
  /** {@code @Repr}. */
  public static final String REPR = "dev.shardwire.annotations.Repr";
  /** {@code @FromContext}. */
  public static final String FROM_CONTEXT = "dev.shardwire.annotations.FromContext";
  /** {@code @KeyedBy}. */
  public static final String KEYED_BY = "dev.shardwire.annotations.KeyedBy";
  /** {@code @UnknownValue}, on the fallback constant of an enum. */
  public static final String UNKNOWN_VALUE = "dev.shardwire.annotations.UnknownValue";
  /** {@code @RawValueOf}, on the accessor of an enum property's raw value. */
  public static final String RAW_VALUE_OF = "dev.shardwire.annotations.RawValueOf";
  /** {@code @Subscribe}. */
  public static final String SUBSCRIBE = "dev.shardwire.annotations.Subscribe";
  /** Simple name of any {@code @Nullable} annotation we honour (ours, JSpecify's, JSR 305's, …). */
  public static final String NULLABLE_SIMPLE_NAME = "Nullable";

  /** The root event interface. */
  public static final String EVENT = "dev.shardwire.events.Event";
  /** The accessor of {@code Event} that generated code implements and that is no property. */
  public static final String EVENT_TYPE_ACCESSOR = "eventType";
  /** The id type. */
  public static final String SNOWFLAKE = "dev.shardwire.models.Snowflake";
  /** The intents type, whose constants {@code @ShardEvent(intents = …)} names. */
  public static final String INTENTS = "dev.shardwire.models.Intents";
  /** The bot, a context type. */
  public static final String APP = "dev.shardwire.spi.App";
  /** The shard, a context type. */
  public static final String SHARD = "dev.shardwire.spi.Shard";
  /** The raw JSON value type. */
  public static final String RAW_JSON = "dev.shardwire.models.RawJson";
  /** The three-state optional type. */
  public static final String OPTIONAL_NULLABLE = "dev.shardwire.models.OptionalNullable";
  /** The read-only tree type. */
  public static final String JSON_NODE = "tools.jackson.databind.JsonNode";

  private KnownTypes() {}
}
