package dev.shardwire.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query strings the embedded gateway serves, and the close codes Discord gives the others. */
class ConnectQueryTest {

  private final EmbeddedGateway gateway = EmbeddedGateway.builder().start();

  @AfterEach
  void stop() {
    gateway.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"v=10&encoding=json", "v=9&encoding=json", "v=8&encoding=json", "v=10",
      "encoding=json&v=9&compress=zlib-stream"})
  void acceptedQueriesGetHello(String query) throws Exception {
    RawClient client = new RawClient(gateway.url() + "/?" + query);
    assertTrue(client.connectBlocking(10, TimeUnit.SECONDS));
    if (query.contains("compress")) {
      // A compressed HELLO arrives as a binary message, which RawClient does not queue; a session proves the handshake.
      client.identify(0, 1, 1);
      await().atMost(Duration.ofSeconds(10)).until(() -> gateway.sessionIds().size() == 1);
      client.closeBlocking();
      return;
    }
    assertEquals(10, client.next().path("op").asInt());
    client.closeBlocking();
  }

  @ParameterizedTest
  @CsvSource({
      "v=7&encoding=json, 4012", // decommissioned in early 2023
      "v=6&encoding=json, 4012",
      "v=5&encoding=json, 4012", // discontinued
      "v=11&encoding=json, 4012", // no such version yet
      "v=ten&encoding=json, 4012",
      "encoding=json, 4012", // no version at all
      "v=10&encoding=etf, 4002", // Discord's other encoding, not spoken here
      "v=10&encoding=xml, 4002"})
  void refusedQueriesAreClosedWithDiscordsCode(String query, int code) throws Exception {
    // The gateway closes right after the upgrade, so do not insist on seeing the socket open.
    RawClient client = new RawClient(gateway.url() + "/?" + query);
    client.connectBlocking(10, TimeUnit.SECONDS);
    assertEquals(code, client.next().path("close").asInt());
  }
}
