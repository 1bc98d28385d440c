package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.MalformedFrameException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The receiving end of Discord's {@code zlib-stream} transport compression: one zlib stream per
 * connection, each message ending in {@code 00 00 ff ff}, possibly split across binary frames.
 *
 * <p>Compressed bytes are inflated as they arrive ({@link #input}), straight from the socket's
 * buffer: nothing of a compressed frame is ever held, so a frame's header cannot make the shard
 * allocate its announced length. Inflated bytes go to a buffer that grows up to the message limit;
 * past it the rest of the message is inflated into scratch, so that the stream's state still moves
 * past it, and the message is reported instead of delivered. Failing the connection instead would
 * only have the resume replay the same message.
 *
 * <p>Memory kept between messages is bounded: after a message longer than {@link #KEPT_OUTPUT}
 * the buffer goes back to that size. The inflater's own state (its 32 KiB window) is native memory,
 * freed by {@link #end()}.
 *
 * <p>Used by one read thread only.
 */
public final class ZlibStreamInflater {

  /** The output buffer kept between messages; most gateway messages fit in it, and a larger one grows it for a while. */
  public static final int KEPT_OUTPUT = 8 * 1024;

  /**
   * Where the bytes of a message above the limit go. Shared by every connection: its content is
   * never read, so concurrent writes to it do no harm, and no connection keeps a scratch buffer
   * of its own.
   */
  private static final byte[] SCRATCH = new byte[8192];

  private final int maxMessageBytes;
  /** Made with the first compressed bytes, so a connection that never gets any holds none. */
  private Inflater inflater;
  private byte[] output;
  private int length;
  /** The current message passed the limit and is being inflated into {@link #SCRATCH}. */
  private boolean tooLarge;
  private boolean ended;

  public ZlibStreamInflater(int maxMessageBytes) {
    this.maxMessageBytes = maxMessageBytes;
  }

  /**
   * Inflates {@code len} compressed bytes of {@code bytes} from {@code off}, all of them: the array
   * is not referred to after the call.
   *
   * @throws BrokenStreamException if the bytes are not zlib data: the stream cannot be read any
   *     further
   */
  public void input(byte[] bytes, int off, int len) {
    if (len == 0 || ended) {
      return; // after end(), the connection's last bytes are of no use to anyone
    }
    if (inflater == null) {
      inflater = new Inflater();
      output = new byte[Math.min(KEPT_OUTPUT, maxMessageBytes)];
    }
    inflater.setInput(bytes, off, len);
    try {
      while (true) {
        if (!tooLarge && length == output.length && !grow()) {
          tooLarge = true;
        }
        int n = tooLarge ? inflater.inflate(SCRATCH) : inflater.inflate(output, length, output.length - length);
        if (!tooLarge) {
          length += n;
        }
        if (n == 0) {
          if (inflater.needsInput()) {
            return;
          }
          // Finished, or wants a dictionary: either way nothing later of this stream is readable.
          throw new BrokenStreamException("the zlib stream "
              + (inflater.finished() ? "ended" : "asks for a preset dictionary") + " in the middle of the connection");
        }
      }
    } catch (DataFormatException e) {
      throw new BrokenStreamException("binary frame is not a zlib stream: " + e.getMessage());
    } finally {
      if (inflater.needsInput()) {
        inflater.setInput(SCRATCH, 0, 0); // let go of the caller's array
      }
    }
  }

  /** Grows the output buffer towards the limit; false when it is at the limit already. */
  private boolean grow() {
    if (output.length >= maxMessageBytes) {
      return false;
    }
    output = Arrays.copyOf(output, (int) Math.min(maxMessageBytes, 2L * output.length));
    return true;
  }

  /**
   * The message inflated since the last call ended with the binary frame just read (which ended
   * in {@code 00 00 ff ff}): its bytes, in an array of their own.
   *
   * @throws MalformedFrameException if the message was above the limit; it is dropped, and the
   *     stream stays usable
   */
  public byte[] endMessage() {
    int n = length;
    boolean dropped = tooLarge;
    length = 0;
    tooLarge = false;
    byte[] message = dropped || output == null ? null : Arrays.copyOf(output, n);
    if (output != null && output.length > KEPT_OUTPUT) {
      output = new byte[KEPT_OUTPUT];
    }
    if (dropped) {
      throw new MalformedFrameException(
          "compressed message inflates to more than maxMessageBytes (" + maxMessageBytes + " bytes); dropped");
    }
    return message == null ? new byte[0] : message;
  }

  /** The output buffer's size now: what the inflater keeps on the heap between messages. */
  public int bufferSize() {
    return output == null ? 0 : output.length;
  }

  /** Frees the native inflater. */
  public void end() {
    ended = true;
    if (inflater != null) {
      inflater.end();
    }
  }
}
