package dev.shardwire.gateway;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The receiving end of Discord's {@code zlib-stream} transport compression: one zlib stream per
 * connection, each message ending in {@code 00 00 ff ff}, possibly split across binary frames.
 * Used by one read thread only.
 */
final class ZlibStreamInflater {

  private final Inflater inflater = new Inflater();
  private final int maxMessageBytes;
  private byte[] input = new byte[8192];
  private int inputLength;
  private byte[] output;
  private final byte[] discard = new byte[8192];
  /** Whether the current message is too large and is being inflated into {@link #discard}. */
  private boolean skipping;

  ZlibStreamInflater(int maxMessageBytes) {
    this.maxMessageBytes = maxMessageBytes;
    this.output = new byte[Math.min(32768, maxMessageBytes)];
  }

  /**
   * Adds one binary frame.
   *
   * @return the length of the inflated message now in {@link #output()}, or -1 if the message is
   *     not complete yet
   * @throws MalformedFrameException if a message is too large; the stream stays usable, because
   *     the message is still inflated (into a scratch buffer) and only then dropped
   * @throws BrokenStreamException if the data is not zlib: the stream cannot be read any further
   */
  int feed(ByteBuffer frame) {
    int n = frame.remaining();
    boolean last = endsMessage(frame);
    if (skipping || inputLength + n > maxMessageBytes) {
      skip(frame, last);
      return -1;
    }
    if (inputLength + n > input.length) {
      byte[] grown = new byte[Math.max(input.length * 2, inputLength + n)];
      System.arraycopy(input, 0, grown, 0, inputLength);
      input = grown;
    }
    frame.get(input, inputLength, n);
    inputLength += n;
    if (!last) {
      return -1;
    }
    inflater.setInput(input, 0, inputLength);
    inputLength = 0;
    try {
      return inflateAll();
    } catch (DataFormatException e) {
      throw new BrokenStreamException("binary frame is not a zlib stream: " + e.getMessage());
    }
  }

  /**
   * Inflates a message too large to keep into the scratch buffer, frame by frame, so the stream's
   * state moves past it; reports it once its last frame has arrived.
   */
  private void skip(ByteBuffer frame, boolean last) {
    skipping = true;
    try {
      if (inputLength > 0) {
        inflater.setInput(input, 0, inputLength);
        inputLength = 0;
        drain();
      }
      inflater.setInput(frame);
      drain();
    } catch (DataFormatException e) {
      skipping = false;
      throw new BrokenStreamException("binary frame is not a zlib stream: " + e.getMessage());
    }
    if (last) {
      skipping = false;
      throw new MalformedFrameException("compressed message exceeds " + maxMessageBytes + " bytes");
    }
  }

  private void drain() throws DataFormatException {
    while (inflater.inflate(discard) > 0 || !inflater.needsInput()) {
      // The scratch buffer's content is never read.
    }
  }

  private static boolean endsMessage(ByteBuffer frame) {
    int end = frame.limit();
    return frame.remaining() >= 4
        && frame.get(end - 4) == 0
        && frame.get(end - 3) == 0
        && frame.get(end - 2) == (byte) 0xff
        && frame.get(end - 1) == (byte) 0xff;
  }

  private int inflateAll() throws DataFormatException {
    int length = 0;
    boolean tooLarge = false;
    while (true) {
      if (!tooLarge && length == output.length) {
        if (output.length >= maxMessageBytes) {
          tooLarge = true;
        } else {
          byte[] grown = new byte[Math.min(maxMessageBytes, output.length * 2)];
          System.arraycopy(output, 0, grown, 0, length);
          output = grown;
        }
      }
      if (tooLarge) {
        // Keep inflating into a scratch buffer: the stream's state must advance past this message.
        if (inflater.inflate(discard) < discard.length) {
          break;
        }
        continue;
      }
      int space = output.length - length;
      int got = inflater.inflate(output, length, space);
      length += got;
      if (got < space) {
        break;
      }
    }
    if (tooLarge) {
      throw new MalformedFrameException("inflated message exceeds " + maxMessageBytes + " bytes");
    }
    return length;
  }

  /** The buffer holding the last inflated message. */
  byte[] output() {
    return output;
  }

  /** Frees the native inflater. */
  void end() {
    inflater.end();
  }
}
