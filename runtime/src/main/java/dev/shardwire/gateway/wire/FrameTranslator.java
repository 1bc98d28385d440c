package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.MalformedFrameException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidFrameException;
import org.java_websocket.exceptions.LimitExceededException;
import org.java_websocket.framing.BinaryFrame;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.FramedataImpl1;
import org.java_websocket.framing.TextFrame;

/**
 * Reads the RFC 6455 frames a server sends out of the bytes the socket delivers, for {@code
 * ShardDraft}, and puts fragmented messages together: a frame may arrive across any number of
 * reads and one read may hold several frames. What comes out is whole messages (a text or binary
 * frame with FIN set) and control frames, each owning a heap buffer of exactly its payload.
 *
 * <p><b>Every length is checked against the limit from the header, before anything is
 * allocated.</b> Nothing above {@code maxMessageBytes} is ever held:
 *
 * <ul>
 *   <li>a whole text or binary frame above the limit is skipped as it arrives;
 *   <li>a message sent in fragments is assembled only while the running total of its fragments'
 *       lengths stays within the limit; once it passes, what was assembled is let go and the rest
 *       of the message is skipped as it arrives;
 *   <li>on a zlib-stream connection, binary data is never held at all: it goes to the {@link
 *       ZlibStreamInflater} straight from the socket's buffer, which bounds what it inflates.
 * </ul>
 *
 * Within the limit, a buffer grows as the payload's bytes arrive ({@link #FIRST_BUFFER} at first,
 * then doubling): a header that announces the limit's worth and is followed by little or nothing
 * holds little or nothing.
 *
 * A message dropped for its size is one message too large, not a broken connection: an {@link
 * UnreadableMessage} stands for it and the connection goes on. Failing the connection instead
 * would only have the resume replay the same message, forever.
 *
 * <p>A frame no server may send fails with the library's exceptions, so that the connection
 * closes with the matching code: 1002 ({@link InvalidFrameException}) for an unknown opcode, a
 * reserved bit (this client negotiates no extension), a mask (RFC 6455 §5.1), a fragmented or
 * longer than 125 bytes control frame, a continuation with nothing to continue or a new message
 * inside a fragmented one, a close frame of one byte or with a code no endpoint may send; 1007 for
 * text or a close reason that is not UTF-8 (checked by {@link Utf8}); 1009 ({@link
 * LimitExceededException}) for a length that does not fit an {@code int}, which no message can
 * have.
 *
 * <p>Not thread-safe: the connection's read thread is its only user.
 */
public final class FrameTranslator {

  private static final int FIN = 0x80;
  private static final int RSV = 0x70;
  private static final int MASK = 0x80;
  private static final int LONGEST_CONTROL_PAYLOAD = 125;
  /** Two bytes, then up to eight of extended length (no masking key: servers do not mask). */
  private static final int LONGEST_HEADER = 2 + 8;
  /**
   * The first buffer of a frame or message read in place, at most: it grows by doubling as more of
   * the payload arrives, so a header announcing megabytes allocates nothing of them until they come.
   */
  private static final int FIRST_BUFFER = 16 * 1024;
  /** The zlib-stream message suffix {@code 00 00 ff ff}, as the last four bytes of a message. */
  private static final int ZLIB_SUFFIX = 0x0000FFFF;

  /** What is done with the payload of the frame being read. */
  private enum Mode {
    /** Read into a buffer of the frame's own (control frames, whole text frames). */
    KEEP,
    /** Appended to the message being assembled. */
    APPEND,
    /** Handed to the inflater as it arrives. */
    INFLATE,
    /** Skipped as it arrives. */
    SKIP
  }

  private final int maxMessageBytes;
  /** The connection's zlib stream, or null when it is not compressed. */
  private final ZlibStreamInflater inflater;

  // The frame being read.
  private final byte[] header = new byte[LONGEST_HEADER];
  private int headerRead;
  /** 2, 4 or 10 once the first two bytes are in, 0 before. */
  private int headerLength;
  private Opcode opcode;
  private boolean fin;
  /** Whether the header is whole and the payload is being read. */
  private boolean inPayload;
  private Mode mode;
  private int frameLength;
  /** Payload bytes of this frame still to come. */
  private int remaining;
  /** KEEP mode's buffer, and how much of it is read. */
  private byte[] payload;
  private int payloadRead;

  // The message whose first fragment arrived and whose last has not (or a binary message of a
  // zlib-stream connection, however many frames it has).
  /** TEXT or BINARY while a message is open, null between messages. */
  private Opcode messageOpcode;
  private byte[] message;
  private int messageLength;
  /** The lengths of the message's frames so far, added up; a long, since a hostile server may send many. */
  private long messageTotal;
  /** The message passed the limit: the rest of it is skipped. */
  private boolean messageDropped;
  /** The last four bytes of a compressed message so far, and how many of them there are. */
  private int tail;
  private int tailBytes;
  /** The zlib stream broke: its later binary data is skipped (the connection is being given up). */
  private boolean broken;

  /**
   * @param maxMessageBytes the longest message kept, in bytes; a longer one is skipped as it arrives
   * @param inflater the connection's zlib stream, or null when it is not compressed
   */
  public FrameTranslator(int maxMessageBytes, ZlibStreamInflater inflater) {
    this.maxMessageBytes = maxMessageBytes;
    this.inflater = inflater;
  }

  /**
   * The messages and control frames completed by the bytes from {@code buffer}'s position to its
   * limit, in order (none when they only continue one); reads them all.
   *
   * @throws InvalidDataException if a frame is invalid and no frame before it in {@code buffer}
   *     was complete; otherwise those frames come back followed by a {@link RefusedFrame}. The
   *     bytes read of the refused frame and after it are dropped
   */
  public List<Framedata> translate(ByteBuffer buffer) throws InvalidDataException {
    List<Framedata> frames = List.of();
    try {
      while (inPayload || buffer.hasRemaining()) {
        if (!inPayload && !readHeader(buffer)) {
          break;
        }
        int n = Math.min(remaining, buffer.remaining());
        switch (mode) {
          case KEEP -> {
            if (n > 0) {
              payload = grown(payload, payloadRead + n, frameLength);
              buffer.get(payload, payloadRead, n);
              payloadRead += n;
            }
          }
          case APPEND -> {
            if (n > 0) {
              ensureMessageCapacity(messageLength + n);
              buffer.get(message, messageLength, n);
              messageLength += n;
            }
          }
          case INFLATE -> frames = inflate(buffer, n, frames);
          default -> buffer.position(buffer.position() + n);
        }
        remaining -= n;
        if (remaining > 0) {
          break;
        }
        Framedata done = endFrame();
        if (done != null) {
          frames = append(frames, done);
        }
      }
      return frames;
    } catch (InvalidDataException e) {
      reset();
      buffer.position(buffer.limit()); // nothing after a refused frame is read
      if (frames.isEmpty()) {
        throw e;
      }
      // The frames before it are good: they are delivered first, then the refusal fails the
      // connection (in ShardDraft.processFrame), as if it had come on a read of its own.
      return append(frames, new RefusedFrame(e));
    }
  }

  /** Hands {@code n} bytes of {@code buffer} to the inflater, without copying them where it can. */
  private List<Framedata> inflate(ByteBuffer buffer, int n, List<Framedata> frames) {
    byte[] bytes;
    int off;
    if (buffer.hasArray()) {
      bytes = buffer.array();
      off = buffer.arrayOffset() + buffer.position();
      buffer.position(buffer.position() + n);
    } else {
      bytes = new byte[n];
      off = 0;
      buffer.get(bytes);
    }
    for (int i = Math.max(0, n - 4); i < n; i++) {
      tail = tail << 8 | (bytes[off + i] & 0xFF);
    }
    tailBytes = Math.min(4, tailBytes + n);
    try {
      inflater.input(bytes, off, n);
      return frames;
    } catch (BrokenStreamException e) {
      broken = true;
      mode = Mode.SKIP;
      return append(frames, new UnreadableMessage(e));
    }
  }

  /** {@code frames} with {@code frame} added; most reads complete no frame, so none is allocated until one does. */
  private static List<Framedata> append(List<Framedata> frames, Framedata frame) {
    List<Framedata> list = frames.isEmpty() ? new ArrayList<>() : frames;
    list.add(frame);
    return list;
  }

  /** Drops the bytes of a frame, and a message, read in part; lets go of their buffers. */
  public void reset() {
    headerRead = 0;
    headerLength = 0;
    opcode = null;
    fin = false;
    inPayload = false;
    mode = null;
    remaining = 0;
    payload = null;
    payloadRead = 0;
    messageOpcode = null;
    message = null;
    messageLength = 0;
    messageTotal = 0;
    messageDropped = false;
    tail = 0;
    tailBytes = 0;
  }

  /**
   * Reads header bytes from {@code buffer}, checking each part as soon as it is in.
   *
   * @return whether the header is whole (what to do with its payload is then decided)
   */
  private boolean readHeader(ByteBuffer buffer) throws InvalidDataException {
    if (headerLength == 0) {
      if (!fill(buffer, 2)) {
        return false;
      }
      headerLength = checkFirstBytes();
    }
    if (!fill(buffer, headerLength)) {
      return false;
    }
    int length = payloadLength();
    headerRead = 0;
    headerLength = 0;
    inPayload = true;
    frameLength = length;
    remaining = length;
    if (isControl(opcode)) {
      keep(length);
    } else {
      startDataFrame(length);
    }
    return true;
  }

  /** The frame's payload is read into a buffer of its own, which grows as its bytes arrive. */
  private void keep(int length) {
    mode = Mode.KEEP;
    payload = length == 0 ? new byte[0] : null;
    payloadRead = 0;
  }

  /**
   * {@code array}, or a copy of it, holding at least {@code needed} bytes: doubled as bytes arrive,
   * up to {@code length}, so that a header alone allocates nothing of the length it announces.
   */
  private static byte[] grown(byte[] array, int needed, int length) {
    if (array == null) {
      return new byte[Math.min(length, Math.max(needed, FIRST_BUFFER))];
    }
    if (array.length >= needed) {
      return array;
    }
    return Arrays.copyOf(array, (int) Math.min(length, Math.max(needed, 2L * array.length)));
  }

  /** Decides what to do with a text, binary or continuation frame of {@code length} bytes. */
  private void startDataFrame(int length) throws InvalidFrameException {
    if (opcode == Opcode.CONTINUOUS) {
      if (messageOpcode == null) {
        throw new InvalidFrameException("continuation frame without a fragmented message to continue");
      }
    } else {
      if (messageOpcode != null) {
        throw new InvalidFrameException("a new " + opcode + " message began inside a fragmented one");
      }
      if (fin && opcode == Opcode.TEXT) {
        // A whole text frame, as Discord sends every uncompressed message: read in place.
        if (length > maxMessageBytes) {
          mode = Mode.SKIP;
        } else {
          keep(length);
        }
        return;
      }
      messageOpcode = opcode;
      messageLength = 0;
      messageTotal = 0;
      messageDropped = false;
      tail = 0;
      tailBytes = 0;
    }
    messageTotal += length;
    if (messageOpcode == Opcode.BINARY && inflater != null) {
      mode = broken ? Mode.SKIP : Mode.INFLATE;
    } else if (messageDropped || messageTotal > maxMessageBytes) {
      messageDropped = true;
      message = null; // what was assembled is of no use any more
      messageLength = 0;
      mode = Mode.SKIP;
    } else {
      mode = Mode.APPEND; // the buffer grows as the bytes arrive
    }
  }

  /** Grows the message buffer to hold {@code needed} bytes (never above the limit, which the caller checked). */
  private void ensureMessageCapacity(int needed) {
    if (message == null) {
      message = new byte[Math.min(maxMessageBytes, Math.max(needed, FIRST_BUFFER))];
    } else if (message.length < needed) {
      // Doubling keeps many small fragments cheap; the limit caps it.
      int size = (int) Math.min(maxMessageBytes, Math.max(needed, 2L * message.length));
      message = Arrays.copyOf(message, size);
    }
  }

  /** Copies header bytes until {@code length} of them are in; whether they are. */
  private boolean fill(ByteBuffer buffer, int length) {
    int n = Math.min(length - headerRead, buffer.remaining());
    buffer.get(header, headerRead, n);
    headerRead += n;
    return headerRead == length;
  }

  /**
   * Checks the first two header bytes and keeps the opcode and FIN bit.
   *
   * @return the length of the whole header
   */
  private int checkFirstBytes() throws InvalidFrameException {
    int first = header[0] & 0xFF;
    int second = header[1] & 0xFF;
    if ((first & RSV) != 0) {
      throw new InvalidFrameException("reserved bits set without a negotiated extension: " + (first & RSV));
    }
    opcode = opcode(first & 0x0F);
    fin = (first & FIN) != 0;
    if ((second & MASK) != 0) {
      throw new InvalidFrameException("masked frame from the server");
    }
    int length = second & 0x7F;
    if (isControl(opcode)) {
      if (!fin) {
        throw new InvalidFrameException("fragmented control frame: " + opcode);
      }
      if (length > LONGEST_CONTROL_PAYLOAD) {
        throw new InvalidFrameException("control frame of more than 125 bytes: " + opcode);
      }
    }
    return length == 126 ? 4 : length == 127 ? 10 : 2;
  }

  private static boolean isControl(Opcode opcode) {
    return opcode == Opcode.CLOSING || opcode == Opcode.PING || opcode == Opcode.PONG;
  }

  private static Opcode opcode(int code) throws InvalidFrameException {
    return switch (code) {
      case 0x0 -> Opcode.CONTINUOUS;
      case 0x1 -> Opcode.TEXT;
      case 0x2 -> Opcode.BINARY;
      case 0x8 -> Opcode.CLOSING;
      case 0x9 -> Opcode.PING;
      case 0xA -> Opcode.PONG;
      default -> throw new InvalidFrameException("unknown opcode " + code);
    };
  }

  /** The payload length the whole header gives, refused above {@code Integer.MAX_VALUE}. */
  private int payloadLength() throws LimitExceededException {
    long length;
    if (headerLength == 2) {
      length = header[1] & 0x7F;
    } else if (headerLength == 4) {
      length = (header[2] & 0xFF) << 8 | (header[3] & 0xFF);
    } else {
      length = ByteBuffer.wrap(header, 2, 8).getLong();
      if (length < 0 || length > Integer.MAX_VALUE) {
        throw new LimitExceededException("frame length out of range: " + Long.toUnsignedString(length));
      }
    }
    return (int) length;
  }

  /** The frame's payload is all in: the frame or message it completes, if any. */
  private Framedata endFrame() throws InvalidDataException {
    inPayload = false;
    if (isControl(opcode)) {
      return control();
    }
    if (messageOpcode == null) {
      if (mode == Mode.SKIP) {
        return new UnreadableMessage(new MalformedFrameException("dropped a text message of " + frameLength
            + " bytes, above maxMessageBytes (" + maxMessageBytes + ")"));
      }
      return text(take(), frameLength);
    }
    return fin ? endMessage() : null;
  }

  /** The KEEP buffer, now the frame's; the translator lets go of it. */
  private byte[] take() {
    byte[] bytes = payload;
    payload = null;
    return bytes;
  }

  private Framedata control() throws InvalidDataException {
    byte[] bytes = take();
    if (opcode == Opcode.CLOSING) {
      checkClosePayload(bytes);
    }
    FramedataImpl1 frame = FramedataImpl1.get(opcode);
    frame.setFin(true);
    frame.setPayload(ByteBuffer.wrap(bytes));
    return frame;
  }

  /**
   * Checks a close frame's payload here rather than with the library's {@code isValid}, which gets
   * some of it wrong: it reads a one-byte payload as a close with 1002, a reason that is not UTF-8
   * makes it throw a NullPointerException instead of refusing the frame with 1007, and it refuses a
   * 1007 close without a reason as if its text were not UTF-8, where RFC 6455 makes every reason
   * optional (§5.5.1, §7.4.1, §8.1).
   */
  private static void checkClosePayload(byte[] bytes) throws InvalidDataException {
    if (bytes.length == 1) {
      throw new InvalidFrameException("close frame with a payload of one byte (a close code takes two)");
    }
    if (bytes.length >= 2) {
      int code = (bytes[0] & 0xFF) << 8 | (bytes[1] & 0xFF);
      if (!maySend(code)) {
        throw new InvalidFrameException("closecode must not be sent over the wire: " + code);
      }
    }
    if (bytes.length > 2 && !Utf8.isValid(bytes, 2, bytes.length - 2)) {
      throw new InvalidDataException(CloseFrame.NO_UTF8, "close reason is not valid UTF-8");
    }
  }

  /**
   * Whether an endpoint may send close code {@code code} (RFC 6455 §7.4): 1000 to 1003, 1007 to
   * 1014 (the IANA registry's), and 3000 to 4999; never 1004, 1005, 1006 or 1015.
   */
  private static boolean maySend(int code) {
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
  }

  /** A text message of {@code length} bytes of {@code bytes}, checked for UTF-8. */
  private static Framedata text(byte[] bytes, int length) throws InvalidDataException {
    if (!Utf8.isValid(bytes, 0, length)) {
      throw new InvalidDataException(CloseFrame.NO_UTF8, "text message is not valid UTF-8");
    }
    TextFrame frame = new TextFrame();
    frame.setPayload(ByteBuffer.wrap(bytes, 0, length));
    return frame;
  }

  /** The last frame of a message arrived: the message, or what stands for it, or null if a compressed message goes on. */
  private Framedata endMessage() throws InvalidDataException {
    Opcode op = messageOpcode;
    byte[] bytes = message == null ? new byte[0] : message;
    int length = messageLength;
    boolean dropped = messageDropped;
    long total = messageTotal;
    boolean zlibMessageEnds = tailBytes == 4 && tail == ZLIB_SUFFIX;
    messageOpcode = null;
    message = null;
    messageLength = 0;
    messageDropped = false;
    if (op == Opcode.BINARY && inflater != null) {
      if (broken || !zlibMessageEnds) {
        return null; // the zlib message goes on in the next binary message
      }
      try {
        byte[] inflated = inflater.endMessage();
        TextFrame frame = new TextFrame(); // JSON text; the JSON reader refuses bytes that are not UTF-8
        frame.setPayload(ByteBuffer.wrap(inflated));
        return frame;
      } catch (MalformedFrameException e) {
        return new UnreadableMessage(e);
      }
    }
    if (dropped) {
      return new UnreadableMessage(new MalformedFrameException("dropped a " + op.name().toLowerCase(Locale.ROOT)
          + " message of " + total + " bytes sent in fragments, above maxMessageBytes (" + maxMessageBytes + ")"));
    }
    if (op == Opcode.TEXT) {
      return text(bytes, length);
    }
    BinaryFrame frame = new BinaryFrame();
    frame.setPayload(ByteBuffer.wrap(bytes, 0, length));
    return frame;
  }
}
