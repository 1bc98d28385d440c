package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.MalformedFrameException;

/**
 * A compressed frame that is not zlib data: the connection's zlib stream has lost its place, so
 * nothing later on that connection can be read. The shard resumes on a new connection.
 */
public final class BrokenStreamException extends MalformedFrameException {

  private static final long serialVersionUID = 1L;

  BrokenStreamException(String message) {
    super(message);
  }
}
