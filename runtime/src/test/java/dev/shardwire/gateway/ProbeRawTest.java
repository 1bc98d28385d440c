package dev.shardwire.gateway;

import dev.shardwire.gateway.client.WebSocketGatewayShard;
import dev.shardwire.models.Intents;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProbeRawTest {
  RecordingSink sink = new RecordingSink();

  @Test
  void payloads() throws Exception {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    List<String> bad = List.of("[1,2,3]", "null", "\"str\"", "{", "   ", "{\"op\":0,\"t\":\"X\",\"s\":1.5,\"d\":{}}",
        "{\"op\":0,\"t\":5,\"s\":3,\"d\":{}}", "{\"op\":0,\"s\":3,\"d\":{}}", "{\"op\":11,\"d\":" + deep + "}",
        "{\"op\":0,\"t\":\"DEEPX\",\"d\":" + deep + "}",
        "{\"op\":1e400,\"d\":null}", "{\"op\":0,\"t\":\"X\",\"s\":-5,\"d\":{}}", "{\"op\":0,\"t\":\"X\",\"s\":9223372036854775808,\"d\":{}}",
        "{\"op\":42,\"d\":\"" + "x".repeat(30_000_000) + "\"}", "{\"op\":0,\"t\":\"BIG\",\"d\":\"" + "x".repeat(30_000_000) + "\"}",
        "{\"op\":10,\"d\":{\"heartbeat_interval\":45000}}", "{\"op\":0,\"t\":\"READY\",\"d\":{}}", "{\"op\":0,\"t\":\"RESUMED\",\"d\":{}}",
        "{\"op\":0,\"t\":\"READY\",\"s\":1,\"d\":{\"session_id\":\"other\",\"resume_gateway_url\":\"wss://elsewhere.example/x?y=1\"}}",
        "{\"op\":11,\"d\":null}", "{\"op\":7,\"d\":null,\"op\":11}");
    try (RawGateway g = new RawGateway(c -> {
      c.acceptUpgrade(); c.hello(45000); String first = c.awaitOp(2, 6); System.out.println("conn " + c.number + " got " + first.substring(0, 20));
      c.ready("s1", "ws://127.0.0.1:1/");
      if (c.number == 1) { for (String b : bad) c.sendText(b); }
      c.dispatch("MESSAGE_CREATE", 2, "{\"sentinel\":true}");
      new CountDownLatch(1).await();
    })) {
      WebSocketGatewayShard s = WebSocketGatewayShard.builder().token("Bot.x").intents(Intents.UNPRIVILEGED).gatewayUrl(g.url())
          .compress(false).sink(sink).random(() -> 0.99).reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
          .helloTimeout(Duration.ofSeconds(5)).build();
      s.start().get(10, TimeUnit.SECONDS);
      new CountDownLatch(1).await(5, TimeUnit.SECONDS);
      System.out.println("=== connections " + g.connections() + " connected " + s.isConnected() + " seq " + s.sequence());
      for (RuntimeException e : sink.malformed()) System.out.println("=== malformed " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).substring(0, Math.min(200, String.valueOf(e.getMessage()).length())));
      for (RecordingSink.Dispatch d : sink.dispatches()) System.out.println("=== dispatch " + d.name() + " " + d.sequence() + " " + String.valueOf(d.data()).substring(0, Math.min(60, String.valueOf(d.data()).length())));
      s.close();
    }
  }
}
