package dev.shardwire.testing;

import tools.jackson.databind.JsonNode;

/**
 * A frame the {@link EmbeddedGateway} received from a client.
 *
 * @param connection the number of the connection it came on (1 for the gateway's first)
 * @param op the frame's opcode
 * @param d the frame's {@code d} (a missing node when absent)
 * @param receivedNanos when it arrived, on the {@link System#nanoTime()} clock
 */
public record ReceivedFrame(int connection, int op, JsonNode d, long receivedNanos) {

  /** Never shows {@code d}: an IDENTIFY carries a token. */
  @Override
  public String toString() {
    return "ReceivedFrame[connection=" + connection + ", op=" + op + "]";
  }
}
