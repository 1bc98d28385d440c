package dev.shardwire.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What the embedded gateway saw, for tests to read: every frame clients sent, every connection's
 * query string, and the close codes clients sent. Thread-safe: the server's worker threads record,
 * tests read copies.
 */
final class GatewayRecorder {

  private final List<ReceivedFrame> received = new ArrayList<>();
  private final List<String> queries = new ArrayList<>();
  private final List<Integer> clientCloseCodes = new ArrayList<>();

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
