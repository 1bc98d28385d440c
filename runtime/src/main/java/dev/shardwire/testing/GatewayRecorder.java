package dev.shardwire.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the embedded gateway saw, for tests to read: every frame clients sent, every connection's
 * query string, the close codes clients sent, and each IDENTIFY's shard and arrival. Thread-safe: the server's worker threads record,
 * tests read copies.
 */
final class GatewayRecorder {

  private final List<ReceivedFrame> received = new ArrayList<>();
  private final List<String> queries = new ArrayList<>();
  private final List<Integer> clientCloseCodes = new ArrayList<>();
  private final List<IdentifyRecord> identifies = new ArrayList<>();

  void frame(ReceivedFrame frame) {
    synchronized (received) {
      received.add(frame);
    }
  }

  void query(String query) {
    synchronized (queries) {
      queries.add(query);
    }
  }

  void clientClose(int code) {
    synchronized (clientCloseCodes) {
      clientCloseCodes.add(code);
    }
  }

  void identify(IdentifyRecord identify) {
    synchronized (identifies) {
      identifies.add(identify);
    }
  }

  /** By arrival time: connections are served on several threads, which may record out of order. */
  List<IdentifyRecord> identifies() {
    List<IdentifyRecord> copy;
    synchronized (identifies) {
      copy = new ArrayList<>(identifies);
    }
    copy.sort(Comparator.comparingLong(IdentifyRecord::arrivedNanos));
    return List.copyOf(copy);
  }

  List<ReceivedFrame> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  List<ReceivedFrame> received(int op) {
    List<ReceivedFrame> out = new ArrayList<>();
    for (ReceivedFrame frame : received()) {
      if (frame.op() == op) {
        out.add(frame);
      }
    }
    return out;
  }

  List<String> queries() {
    synchronized (queries) {
      return List.copyOf(queries);
    }
  }

  List<Integer> clientCloseCodes() {
    synchronized (clientCloseCodes) {
      return List.copyOf(clientCloseCodes);
    }
  }
}
