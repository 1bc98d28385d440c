package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.models.Snowflake;
import dev.shardwire.models.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-written reference decoder, and with it the runtime helpers generated decoders call. */
class HandWrittenUserDecoderTest {

  private static User decode(String json) {
    return GatewayJson.decode(json, HandWrittenUserDecoder.INSTANCE, TestContexts.CONTEXT);
  }

  @Test
  void readsEveryFieldInAnyOrderAndSkipsUnknownOnes() {
    User user =
        decode(
            """
            {"username":"Nelly","extra":{"nested":[1,2,{"x":null}]},"id":"80351110224678912",
             "discriminator":"1337","avatar":"8342729096ea3675442027381ff50dfe","global_name":null,
             "bot":true,"verified":true}""");
    assertEquals(Snowflake.parse("80351110224678912"), user.id());
    assertEquals("Nelly", user.username());
    assertEquals("1337", user.discriminator());
    assertEquals(Optional.empty(), user.globalName());
    assertEquals(Optional.of("8342729096ea3675442027381ff50dfe"), user.avatarHash());
    assertTrue(user.isBot());
    assertFalse(user.isSystem());
  }

  @Test
  void missingRequiredFieldNamesIt() {
    DecodeException e = assertThrows(DecodeException.class, () -> decode("{\"id\":\"1\",\"discriminator\":\"0\"}"));
    assertEquals("User", e.typeName());
    assertEquals("username", e.path());
    assertTrue(e.getMessage().contains("line 1, column"), e.getMessage());
  }

  @Test
  void wrongTypeNamesFieldAndTokens() {
    DecodeException e =
        assertThrows(DecodeException.class, () -> decode("{\"id\":{\"a\":1},\"username\":\"x\",\"discriminator\":\"0\"}"));
    assertEquals("id", e.path());
    assertTrue(e.problem().contains("but found an object"), e.problem());
  }

  @Test
  void truncatedDocumentIsADecodeException() {
    DecodeException e = assertThrows(DecodeException.class, () -> decode("{\"id\":\"1\",\"username\":\"x"));
    assertEquals("User", e.typeName());
    assertFalse(e.location().isEmpty());
  }

  @Test
  void snowflakeOutOfRangeIsAnError() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () -> decode("{\"id\":\"18446744073709551616\",\"username\":\"x\",\"discriminator\":\"0\"}"));
    assertEquals("id", e.path());
    DecodeException n =
        assertThrows(
            DecodeException.class,
            () -> decode("{\"id\":18446744073709551616,\"username\":\"x\",\"discriminator\":\"0\"}"));
    assertTrue(n.problem().contains("out of range"), n.problem());
    assertEquals(
        Snowflake.of(-1L),
        decode("{\"id\":18446744073709551615,\"username\":\"x\",\"discriminator\":\"0\"}").id());
  }

  @Test
  void snowflakeStringsReadAsUnsignedDecimals() {
    for (String text : List.of("0", "7", "0007", "80351110224678912", "1300000000000000000",
        "9223372036854775807", "9223372036854775808", "18446744073709551609", "18446744073709551615")) {
      assertEquals(Long.parseUnsignedLong(text), idOf(text).asLong(), text);
    }
    for (String text : List.of("", "+1", "-1", "1a", " 1", "1.0", "18446744073709551616", "18446744073709551620",
        "20000000000000000000", "99999999999999999999", "000000000000000000001")) {
      DecodeException e = assertThrows(DecodeException.class, () -> idOf(text), text);
      assertEquals("'" + text + "' is not a snowflake (an unsigned 64-bit decimal number)", e.problem());
    }
  }

  private static Snowflake idOf(String text) {
    return decode("{\"id\":\"" + text + "\",\"username\":\"x\",\"discriminator\":\"0\"}").id();
  }
}
