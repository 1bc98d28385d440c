package dev.shardwire.propertytypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.GatewayBot;
import dev.shardwire.models.OptionalNullable;
import dev.shardwire.models.RawJson;
import dev.shardwire.models.Snowflake;
import dev.shardwire.spi.DecodeContext;
import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.testing.DetachedShard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The generated decoder of {@link TypesEvent}, which holds every property type of issue 11: the
 * values, absent versus {@code null}, unknown fields, keys in any order and ids as strings.
 */
class PropertyTypesDecodeTest {

  private static final DecodeContext CONTEXT = new DecodeContext(GatewayBot.builder().build(), DetachedShard.of(0, 1));

  /** Every field, in an order of its own, with unknown fields between them. */
  private static final String FULL =
      """
      {"unknown_first":{"deep":[1,{"x":null}]},
       "mood":"very_sad","level":2,"tier":"1",
       "at":"2021-04-22T10:20:33.123456+00:00","at_offset":"2021-04-22T12:20:33+02:00",
       "edited_at":"2021-04-22T10:20:33Z",
       "things":{"80351110224678912":{"note":null,"name":"a"},"2":{"name":"b","note":"hi","made_at":"2020-02-29T23:59:59.5Z"}},
       "counts":{"x":1,"y":9007199254740993},
       "levels_by_name":{"first":[0,"1",7],"empty":[]},
       "data":{"b" : [1, 2.50, "t\\"\\n\\u00e9", true, null], "a":{}},
       "extra":[ ],
       "big":9007199254740993,"boxed_big":-5,"ratio":0.25,"boxed_ratio":1e3,
       "small_count":7,"large_count":null,"share":0.5,
       "tags":["b","a","b"],
       "groups":[["1","2"],[],[3]],
       "moods":["happy","brand_new_mood"],
       "nick":null,"owner":{"name":"o"},"max":3,"until":null,
       "unknown_last":"x"}""";

  /** Decodes {@code json} from bytes, as the gateway does, and checks that the text parser agrees. */
  private static TypesEvent decode(String json) {
    TypesEvent fromBytes =
        GatewayJson.decode(json.getBytes(StandardCharsets.UTF_8), TypesEventDecoder.INSTANCE, CONTEXT);
    assertEquals(fromBytes, GatewayJson.decode(json, TypesEventDecoder.INSTANCE, CONTEXT));
    return fromBytes;
  }

  @Test
  void decodesEveryType() {
    TypesEvent event = decode(FULL);
    assertEquals(Instant.parse("2021-04-22T10:20:33.123456Z"), event.at());
    assertEquals(OffsetDateTime.of(2021, 4, 22, 12, 20, 33, 0, ZoneOffset.ofHours(2)), event.atOffset());
    assertEquals(ZoneOffset.ofHours(2), event.atOffset().getOffset());
    assertEquals(Optional.of(Instant.parse("2021-04-22T10:20:33Z")), event.editedAt());

    Map<Snowflake, Thing> things = event.things();
    assertEquals(List.of(Snowflake.parse("80351110224678912"), Snowflake.of(2)), List.copyOf(things.keySet()));
    Thing a = things.get(Snowflake.parse("80351110224678912"));
    assertEquals("a", a.name());
    assertTrue(a.note().isNull());
    assertTrue(a.madeAt().isAbsent());
    Thing b = things.get(Snowflake.of(2));
    assertEquals(OptionalNullable.of("hi"), b.note());
    assertEquals(OptionalNullable.of(Instant.parse("2020-02-29T23:59:59.500Z")), b.madeAt());
    assertEquals(Map.of("x", 1L, "y", 9007199254740993L), event.counts());
    assertEquals(List.of("first", "empty"), List.copyOf(event.levelsByName().keySet()));
    assertEquals(List.of(Level.NONE, Level.LOW, Level.UNKNOWN), event.levelsByName().get("first"));

    assertEquals("{\"b\":[1,2.50,\"t\\\"\\n\u00e9\",true,null],\"a\":{}}", event.data().json());
    assertEquals(RawJson.of("{ \"b\": [1, 2.50, \"t\\\"\\n\\u00e9\", true, null], \"a\": {} }"), event.data());
    assertEquals(2.5, event.data().tree().get("b").get(1).doubleValue());
    assertEquals(Optional.of(RawJson.of("[]")), event.extra());

    assertEquals(9007199254740993L, event.big());
    assertEquals(-5L, event.boxedBig());
    assertEquals(0.25, event.ratio());
    assertEquals(1000.0, event.boxedRatio());
    assertEquals(OptionalInt.of(7), event.smallCount());
    assertEquals(OptionalLong.empty(), event.largeCount());
    assertEquals(OptionalDouble.of(0.5), event.share());
    assertEquals(List.of("b", "a"), List.copyOf(event.tags()));
    assertEquals(List.of(List.of(Snowflake.of(1), Snowflake.of(2)), List.of(), List.of(Snowflake.of(3))), event.groups());

    assertEquals(Mood.SAD, event.mood());
    assertEquals("very_sad", event.rawMood());
    assertEquals(Optional.of(Level.HIGH), event.level());
    assertEquals(Optional.of("2"), event.rawLevel());
    assertEquals(List.of(Mood.HAPPY, Mood.UNKNOWN), event.moods());

    assertTrue(event.nick().isNull());
    assertEquals("o", event.owner().get().name());
    assertEquals(OptionalNullable.of(3L), event.limit());
    assertEquals(OptionalNullable.of(Level.LOW), event.tier());
    assertEquals(OptionalNullable.of("1"), event.rawTier());
    assertTrue(event.until().isNull());
  }

  @Test
  void absentFieldsAreAbsentAndEmpty() {
    TypesEvent event =
        decode(
            """
            {"big":1,"ratio":2,"mood":"happy","data":null,"at":"2021-01-01T00:00:00Z",
             "at_offset":"2021-01-01T00:00:00.000001-05:30"}""");
    assertEquals(RawJson.of("null"), event.data());
    assertTrue(event.data().isNull());
    assertEquals(OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 1000, ZoneOffset.ofHoursMinutes(-5, -30)), event.atOffset());
    assertEquals(Map.of(), event.things());
    assertEquals(List.of(), event.groups());
    assertEquals(Optional.empty(), event.level());
    assertEquals(Optional.empty(), event.rawLevel());
    assertEquals(OptionalInt.empty(), event.smallCount());
    assertEquals(OptionalDouble.empty(), event.share());
    assertTrue(event.nick().isAbsent());
    assertTrue(event.owner().isAbsent());
    assertTrue(event.tier().isAbsent());
    assertTrue(event.rawTier().isAbsent());
    assertTrue(event.until().isAbsent());
    assertEquals(null, event.boxedBig());
  }

  @Test
  void nullsOfOptionalNullableAreNullAndOfOptionalsEmpty() {
    TypesEvent event =
        decode(
            """
            {"tier":null,"owner":null,"max":null,"until":"2030-12-31T23:59:59.999999999Z","level":null,
             "edited_at":null,"extra":null,"big":1,"ratio":2,"mood":1,"data":0,"at":"2021-01-01T00:00:00Z",
             "at_offset":"2021-01-01T00:00:00Z"}""");
    assertTrue(event.tier().isNull());
    assertTrue(event.rawTier().isNull());
    assertTrue(event.owner().isNull());
    assertTrue(event.limit().isNull());
    assertEquals(OptionalNullable.of(Instant.parse("2030-12-31T23:59:59.999999999Z")), event.until());
    assertEquals(Optional.empty(), event.level());
    assertEquals(Optional.empty(), event.editedAt());
    assertEquals(Optional.empty(), event.extra());
    // A number where a string-valued enum is expected is an unknown value, kept raw.
    assertEquals(Mood.UNKNOWN, event.mood());
    assertEquals("1", event.rawMood());
    assertSame(ZoneOffset.UTC, event.atOffset().getOffset());
  }

  @Test
  void badValuesNameTheirField() {
    String base = "{\"big\":1,\"ratio\":2,\"mood\":\"happy\",\"data\":1,\"at_offset\":\"2021-01-01T00:00:00Z\",";
    DecodeException timestamp = assertThrows(DecodeException.class, () -> decode(base + "\"at\":\"2021-02-29T00:00:00Z\"}"));
    assertEquals("at", timestamp.path());
    assertTrue(timestamp.problem().contains("'2021-02-29T00:00:00Z' is not an ISO-8601 timestamp"), timestamp.getMessage());

    DecodeException key =
        assertThrows(DecodeException.class, () -> decode(base + "\"at\":\"2021-01-01T00:00:00Z\",\"things\":{\"x1\":{\"name\":\"a\"}}}"));
    assertEquals("things[x1]", key.path());
    assertTrue(key.problem().contains("'x1' is not a snowflake"), key.getMessage());

    DecodeException inner =
        assertThrows(DecodeException.class, () -> decode(base + "\"at\":\"2021-01-01T00:00:00Z\",\"things\":{\"1\":{\"name\":5}}}"));
    assertEquals("things[1].name", inner.path());

    DecodeException nested =
        assertThrows(DecodeException.class, () -> decode(base + "\"at\":\"2021-01-01T00:00:00Z\",\"groups\":[[\"1\"],[true]]}"));
    assertEquals("groups[1][0]", nested.path());

    DecodeException missing = assertThrows(DecodeException.class, () -> decode("{\"big\":1,\"ratio\":2,\"data\":1}"));
    assertFalse(missing.location().isEmpty());
  }

  private static ImmutableTypesEvent.Builder required() {
    return ImmutableTypesEvent.builder()
        .app(CONTEXT.app())
        .at(Instant.EPOCH)
        .atOffset(OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
        .data(RawJson.of("{}"));
  }

  @Test
  void builderDefaultsAndDeepCopies() {
    java.util.ArrayList<Snowflake> inner = new java.util.ArrayList<>(List.of(Snowflake.of(1)));
    TypesEvent built =
        required()
            .mood(Mood.SAD)
            .level(Level.HIGH)
            .tier(OptionalNullable.ofNull())
            .groups(List.of(inner))
            .build();
    // Raw values left unset are the constants' JSON texts.
    assertEquals("very_sad", built.rawMood());
    assertEquals(Optional.of("2"), built.rawLevel());
    assertTrue(built.rawTier().isNull());
    assertEquals(OptionalNullable.of("1"), required().mood(Mood.HAPPY).tier(OptionalNullable.of(Level.LOW)).build().rawTier());
    assertTrue(required().mood(Mood.HAPPY).build().rawTier().isAbsent());
    assertEquals("x", required().mood(Mood.UNKNOWN).rawMood("x").build().rawMood());
    assertThrows(NullPointerException.class, () -> required().mood(Mood.UNKNOWN).build());
    inner.add(Snowflake.of(2));
    assertEquals(List.of(List.of(Snowflake.of(1))), built.groups());
    assertThrows(UnsupportedOperationException.class, () -> built.groups().get(0).add(Snowflake.of(3)));
    assertTrue(built.nick().isAbsent());
    assertEquals(OptionalLong.empty(), built.largeCount());
  }
}
