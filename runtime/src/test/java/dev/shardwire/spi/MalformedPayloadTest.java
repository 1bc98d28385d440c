package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.MemberChunkEvent;
import dev.shardwire.events.MemberChunkEventDecoder;
import dev.shardwire.events.ShardReadyEventDecoder;
import dev.shardwire.models.MemberPresence;
import dev.shardwire.models.Status;
import org.junit.jupiter.api.Test;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.JsonParser;

/**
 * Bad payloads: each one fails with a {@link DecodeException} that names the event, the field
 * path and the location in the input.
 */
class MalformedPayloadTest {

  private static DecodeException chunkFails(String json) {
    return fails(json, MemberChunkEventDecoder.INSTANCE);
  }

  private static DecodeException fails(String json, EventDecoder<?> decoder) {
    DecodeException e =
        assertThrows(DecodeException.class, () -> GatewayJson.decode(json, decoder, TestContexts.CONTEXT));
    assertFalse(e.location().isEmpty(), "no location in: " + e.getMessage());
    assertTrue(e.getMessage().contains(e.path()), e.getMessage());
    return e;
  }

  private static void assertFailure(DecodeException e, String type, String path, String problemPart) {
    assertEquals(type, e.typeName(), e.getMessage());
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.problem().contains(problemPart), "expected '" + problemPart + "' in: " + e.getMessage());
    assertTrue(e.getMessage().startsWith("cannot decode " + type + (path.isEmpty() ? ":" : " at " + path + ":")), e.getMessage());
  }

  @Test
  void missingRequiredField() {
    String json = Payloads.CHUNK_MINIMAL.replace("\"chunk_count\":1,", "");
    assertFailure(chunkFails(json), "MemberChunkEvent", "chunk_count", "required field 'chunk_count'");
  }

  @Test
  void missingRequiredFieldInsideANestedPath() {
    String json = Payloads.READY.replace("\"id\":\"287704373499691009\",", "");
    assertFailure(fails(json, ShardReadyEventDecoder.INSTANCE), "ShardReadyEvent", "application.id", "missing");
  }

  /**
   * A value whose first token is not JSON fails in the name step, which reads that token (the
   * gateway's parser reads it with the name; Jackson's, in {@link FieldNames#nextValue}): it is
   * reported under the field's name at the top level, and under its object's path in a nested one,
   * over either parser.
   */
  @Test
  void aBadFirstTokenIsReportedUnderItsFieldOrItsObjectOverEitherParser() {
    String top = Payloads.CHUNK_MINIMAL.replace("\"chunk_count\":1", "\"chunk_count\":tru");
    String nested = Payloads.READY.replace("\"id\":\"287704373499691009\"", "\"id\":nul");
    assertFailure(chunkFails(top), "MemberChunkEvent", "chunk_count", "");
    assertFailure(overJacksonsParser(top, MemberChunkEventDecoder.INSTANCE), "MemberChunkEvent", "chunk_count", "");
    assertFailure(fails(nested, ShardReadyEventDecoder.INSTANCE), "ShardReadyEvent", "application", "");
    assertFailure(overJacksonsParser(nested, ShardReadyEventDecoder.INSTANCE), "ShardReadyEvent", "application", "");
  }

  private static DecodeException overJacksonsParser(String json, EventDecoder<?> decoder) {
    try (JsonParser parser = JacksonReference.STOCK.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return assertThrows(DecodeException.class, () -> decoder.decode(parser, TestContexts.CONTEXT));
    }
  }

  @Test
  void missingRequiredFieldOfAListElement() {
    String json = Payloads.CHUNK_FULL.replace("\"username\":\"Mason\",\"id\":\"53908232506183680\",", "");
    assertFailure(chunkFails(json), "MemberChunkEvent", "members[1].user.id", "required field 'id'");
  }

  @Test
  void nullForARequiredField() {
    String json = Payloads.READY.replace("\"session_id\":\"b3a0b7c2f6ef4b1c8c1a2b1c0f9e1a2b\"", "\"session_id\":null");
    assertFailure(fails(json, ShardReadyEventDecoder.INSTANCE), "ShardReadyEvent", "session_id", "found null");
  }

  @Test
  void wrongJsonTypeDeepInside() {
    String json = Payloads.CHUNK_FULL.replace("\"id\":\"53908232506183680\"", "\"id\":[1]");
    assertFailure(chunkFails(json), "MemberChunkEvent", "members[1].user.id", "but found an array");
  }

  @Test
  void wrongJsonTypeForTheWholePayload() {
    assertFailure(chunkFails("[1,2]"), "MemberChunkEvent", "", "expected an object but found an array");
  }

  @Test
  void wrongTypeOfAListElementAndOfAPluckedKey() {
    assertFailure(
        chunkFails(Payloads.CHUNK_FULL.replace("\"not_found\":[\"1234\",\"5678\"]", "\"not_found\":[\"1234\",true]")),
        "MemberChunkEvent",
        "not_found[1]",
        "found a boolean");
    assertFailure(
        fails(Payloads.READY.replace("{\"unavailable\":true,\"id\":\"41771983423143938\"}", "{\"id\":{}}"), ShardReadyEventDecoder.INSTANCE),
        "ShardReadyEvent",
        "guilds[1]",
        "found an object");
  }

  /**
   * Not malformed: enums are open. Until issue 11 an unknown status failed the whole chunk; now it
   * decodes to the fallback constant and keeps its raw value (the expectation was changed on
   * purpose).
   */
  @Test
  void unknownEnumValueIsNoLongerMalformed() {
    String json = Payloads.CHUNK_FULL.replace("\"status\":\"dnd\"", "\"status\":\"busy\"");
    MemberChunkEvent chunk = GatewayJson.decode(json, MemberChunkEventDecoder.INSTANCE, TestContexts.CONTEXT);
    MemberPresence presence = chunk.presences().values().stream().toList().get(1);
    assertEquals(Status.UNKNOWN, presence.status());
    assertEquals("busy", presence.rawStatus());
  }

  @Test
  void enumValueOfTheWrongJsonType() {
    String json = Payloads.CHUNK_FULL.replace("\"status\":\"dnd\"", "\"status\":{}");
    assertFailure(chunkFails(json), "MemberChunkEvent", "presences[1].status", "expected a string or an integer");
  }

  @Test
  void truncatedDocument() {
    String json = Payloads.CHUNK_FULL.substring(0, Payloads.CHUNK_FULL.indexOf("\"joined_at\":\"2016"));
    DecodeException e = chunkFails(json);
    assertEquals("MemberChunkEvent", e.typeName());
    assertTrue(e.path().startsWith("members[1]"), e.getMessage());
    assertTrue(e.problem().contains("end-of-input"), e.getMessage());
  }

  @Test
  void numberOutOfRange() {
    String json = Payloads.CHUNK_MINIMAL.replace("\"chunk_count\":1", "\"chunk_count\":4294967296");
    assertFailure(chunkFails(json), "MemberChunkEvent", "chunk_count", "out of range for int");
    assertFailure(
        chunkFails(Payloads.CHUNK_MINIMAL.replace("\"guild_id\":\"41771983423143937\"", "\"guild_id\":\"-1\"")),
        "MemberChunkEvent",
        "guild_id",
        "not a snowflake");
    assertFailure(
        fails(Payloads.READY.replace("\"flags\":565248", "\"flags\":-5"), ShardReadyEventDecoder.INSTANCE),
        "ShardReadyEvent",
        "application.flags",
        "out of range");
    assertFailure(
        chunkFails(Payloads.CHUNK_MINIMAL.replace("\"chunk_index\":0", "\"chunk_index\":0.5")),
        "MemberChunkEvent",
        "chunk_index",
        "expected an integer but found a decimal number");
  }

  @Test
  void nestingTooDeep() {
    String deep = "[".repeat(GatewayJson.MAX_NESTING_DEPTH + 10) + "]".repeat(GatewayJson.MAX_NESTING_DEPTH + 10);
    String json = Payloads.CHUNK_MINIMAL.replace("\"chunk_count\":1,", "\"chunk_count\":1,\"extra\":" + deep + ",");
    DecodeException e = chunkFails(json);
    assertFailure(e, "MemberChunkEvent", "extra", "nesting depth");
  }

  @Test
  void stringTooLong() {
    String json =
        Payloads.CHUNK_FULL.replace("\"chunk-request-1\"", "\"" + "n".repeat(GatewayJson.MAX_STRING_LENGTH + 1) + "\"");
    assertFailure(chunkFails(json), "MemberChunkEvent", "nonce", "String value length");
  }

  @Test
  void numberTooLong() {
    String json = Payloads.CHUNK_MINIMAL.replace("\"chunk_count\":1", "\"chunk_count\":1" + "0".repeat(GatewayJson.MAX_NUMBER_LENGTH + 1));
    assertFailure(chunkFails(json), "MemberChunkEvent", "chunk_count", "Number value length");
  }

  @Test
  void trailingGarbageAfterThePayload() {
    DecodeException e = chunkFails(Payloads.CHUNK_MINIMAL + " {}");
    assertEquals("MemberChunkEvent", e.typeName());
  }

  @Test
  void notJsonAtAll() {
    DecodeException e = chunkFails("{\"guild_id\": nope}");
    assertEquals("guild_id", e.path());
  }
}
