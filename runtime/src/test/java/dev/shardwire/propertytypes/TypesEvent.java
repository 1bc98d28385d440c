package dev.shardwire.propertytypes;

import dev.shardwire.annotations.JsonName;
import dev.shardwire.annotations.Nullable;
import dev.shardwire.annotations.RawValueOf;
import dev.shardwire.events.Event;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.RawJson;
import dev.shardwire.models.Snowflake;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Every property type of issue 11 at once, for {@code PropertyTypesDecodeTest}. */
@dev.shardwire.annotations.ShardEvent(name = "TYPES_TEST", builder = true)
public interface TypesEvent extends Event {

  /** A timestamp. */
  Instant at();

  /** A timestamp with its offset. */
  OffsetDateTime atOffset();

  /** An optional timestamp. */
  Optional<Instant> editedAt();

  /** Models keyed by id, from a JSON object. */
  Map<Snowflake, Thing> things();

  /** Numbers keyed by name, from a JSON object. */
  Map<String, Long> counts();

  /** Lists keyed by name: a map of collections. */
  Map<String, List<Level>> levelsByName();

  /** Any JSON value. */
  RawJson data();

  /** Any JSON value, if present. */
  Optional<RawJson> extra();

  /** A long. */
  long big();

  /** A boxed long. */
  @Nullable
  Long boxedBig();

  /** A double. */
  double ratio();

  /** A boxed double. */
  @Nullable
  Double boxedRatio();

  /** An optional int. */
  OptionalInt smallCount();

  /** An optional long. */
  OptionalLong largeCount();

  /** An optional double. */
  OptionalDouble share();

  /** A set, in first-seen order. */
  Set<String> tags();

  /** A list of lists. */
  List<List<Snowflake>> groups();

  /** A string-valued open enum. */
  Mood mood();

  /** The raw value of {@link #mood()}. */
  @RawValueOf("mood")
  String rawMood();

  /** An integer-valued open enum. */
  Optional<Level> level();

  /** The raw value of {@link #level()}. */
  @RawValueOf("level")
  Optional<String> rawLevel();

  /** Enums in a list. */
  List<Mood> moods();

  /** Absent, null or a string. */
  OptionalNullable<String> nick();

  /** Absent, null or a model. */
  OptionalNullable<Thing> owner();

  /** Absent, null or a number, under another JSON name. */
  @JsonName("max")
  OptionalNullable<Long> limit();

  /** Absent, null or an enum, with its raw value. */
  OptionalNullable<Level> tier();

  /** The raw value of {@link #tier()}. */
  @RawValueOf("tier")
  OptionalNullable<String> rawTier();

  /** Absent, null or a timestamp. */
  OptionalNullable<Instant> until();
}
