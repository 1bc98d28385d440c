package dev.shardwire.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A sink that records everything, reading each wanted payload into a tree. */
final class RecordingSink implements DispatchSink {

  record Dispatch(String name, long sequence, JsonNode data) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final Set<String> unwanted;
  private final List<Dispatch> dispatches = new ArrayList<>();
  private final List<RuntimeException> malformed = new ArrayList<>();
  final AtomicInteger connected = new AtomicInteger();
  final AtomicInteger disconnected = new AtomicInteger();
  final AtomicInteger wantsAsked = new AtomicInteger();

  RecordingSink() {
    this(Set.of());
  }

  RecordingSink(Set<String> unwanted) {
    this.unwanted = unwanted;
  }

  @Override
  public boolean wants(String name) {
    wantsAsked.incrementAndGet();
    return !unwanted.contains(name);
  }

  @Override
  public void onDispatch(GatewayShard shard, GatewayDispatch dispatch) {
    JsonNode data;
    try (JsonParser payload = dispatch.openPayload()) {
      data = MAPPER.readTree(payload);
    }
    synchronized (this) {
      dispatches.add(new Dispatch(dispatch.name(), dispatch.sequence(), data));
    }
  }

  @Override
  public void onConnected(GatewayShard shard) {
    connected.incrementAndGet();
  }

  @Override
  public void onDisconnected(GatewayShard shard) {
    disconnected.incrementAndGet();
  }

  @Override
  public synchronized void onMalformedFrame(GatewayShard shard, RuntimeException error) {
    malformed.add(error);
  }

  synchronized List<Dispatch> dispatches() {
    return List.copyOf(dispatches);
  }

  synchronized List<Dispatch> named(String name) {
    List<Dispatch> out = new ArrayList<>();
    for (Dispatch d : dispatches) {
      if (d.name().equals(name)) {
        out.add(d);
      }
    }
    return out;
  }

  /** The sequence numbers of every numbered dispatch, in delivery order. */
  synchronized List<Long> sequences() {
    List<Long> out = new ArrayList<>();
    for (Dispatch d : dispatches) {
      if (d.sequence() > 0) {
        out.add(d.sequence());
      }
    }
    return out;
  }

  synchronized List<RuntimeException> malformed() {
    return List.copyOf(malformed);
  }
}
