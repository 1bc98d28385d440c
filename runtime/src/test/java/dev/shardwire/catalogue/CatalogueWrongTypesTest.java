package dev.shardwire.catalogue;

import static dev.shardwire.catalogue.Decoding.decode;
import static dev.shardwire.catalogue.Decoding.decodeFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shardwire.events.presence.PresenceUpdateEvent;
import dev.shardwire.models.ActivityTimestamps;
import dev.shardwire.spi.DecodeException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Where the catalogue's leniency ends: a real payload with one value of a genuinely wrong type
 * still fails, naming the event, the field's path and the place in the input; only the values
 * Discord passes on unchecked (an activity's times) read as empty instead.
 */
class CatalogueWrongTypesTest {

  private static void assertNames(DecodeException e, String type, String path) {
    assertEquals(type, e.typeName(), e.getMessage());
    assertEquals(path, e.path(), e.getMessage());
    assertFalse(e.location().isEmpty(), e.getMessage());
    assertTrue(e.getMessage().startsWith("cannot decode " + type + " at " + path + ":"), e.getMessage());
  }

  @Test
  void anActivityNameThatIsNoString() {
    String json = RealTrafficPayloads.PRESENCE_UPDATE_EVERY_ACTIVITY_TYPE.replace("\"name\":\"Arena\"", "\"name\":42");
    assertNames(decodeFails("PRESENCE_UPDATE", json), "PresenceUpdateEvent", "activities[4].name");
  }

  @Test
  void anAttachmentSizeThatIsNoNumber() {
    String json = RealTrafficPayloads.MESSAGE_CREATE_IN_DM.replace("\"size\":9000", "\"size\":\"9 kB\"");
    assertNames(decodeFails("MESSAGE_CREATE", json), "MessageCreateEvent", "attachments[0].size");
  }

  @Test
  void anInvokingUserIdThatIsNoSnowflake() {
    String json = RealTrafficPayloads.INTERACTION_BUTTON_ON_EPHEMERAL_IN_THREAD.replace(
        "\"member\":{\"user\":{\"username\":\"nelly\",\"id\":\"80351110224678912\"",
        "\"member\":{\"user\":{\"username\":\"nelly\",\"id\":true");
    assertNames(decodeFails("INTERACTION_CREATE", json), "InteractionCreateEvent", "member.user.id");
  }

  @Test
  void anActivityTimeOfNoNumberReadsAsEmpty() {
    String json = RealTrafficPayloads.PRESENCE_UPDATE_EVERY_ACTIVITY_TYPE.replace(
        "\"timestamps\":{\"start\":1727800000000}", "\"timestamps\":{\"start\":{\"at\":\"noon\"}}");
    ActivityTimestamps timestamps =
        decode("PRESENCE_UPDATE", json, PresenceUpdateEvent.class).activities().get(2).timestamps().orElseThrow();
    assertEquals(OptionalLong.empty(), timestamps.start());
    assertEquals("{\"at\":\"noon\"}", timestamps.rawStart().orElseThrow().json());
  }

  @Test
  void aNumberWithAFractionWhereAWholeOneBelongs() {
    String json = RealTrafficPayloads.MESSAGE_CREATE_WHOLE_NUMBERS_AS_DECIMALS.replace("\"width\":640.0", "\"width\":640.5");
    DecodeException e = decodeFails("MESSAGE_CREATE", json);
    assertNames(e, "MessageCreateEvent", "attachments[0].width");
    assertEquals("expected an integer but found a decimal number", e.problem());
  }

  @Test
  void aWholeNumberPastTheFieldsRange() {
    String json = RealTrafficPayloads.MESSAGE_CREATE_WHOLE_NUMBERS_AS_DECIMALS.replace("\"width\":640.0", "\"width\":6.4e9");
    DecodeException e = decodeFails("MESSAGE_CREATE", json);
    assertNames(e, "MessageCreateEvent", "attachments[0].width");
    assertEquals("number 6.4e9 is out of range for int", e.problem());
  }

  @Test
  void anEnumValueWithAFraction() {
    String json = RealTrafficPayloads.PRESENCE_UPDATE_WHOLE_NUMBERS_AS_DECIMALS.replace("\"type\":0.0", "\"type\":0.5");
    assertNames(decodeFails("PRESENCE_UPDATE", json), "PresenceUpdateEvent", "activities[0].type");
  }
}
