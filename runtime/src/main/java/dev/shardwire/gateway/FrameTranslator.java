package dev.shardwire.gateway;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidFrameException;
import org.java_websocket.exceptions.LimitExceededException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.FramedataImpl1;

/**
 * Reads the RFC 6455 frames a server sends out of the bytes the socket delivers, for {@link
 * ShardDraft}: a frame may arrive across any number of reads (the bytes read so far are kept until
 * it is whole) and one read may hold several frames. Each frame owns a heap buffer of exactly its
 * payload.
 *
 * <p>A whole text frame is checked with {@link Utf8} and any other frame with the library's own
 * {@code isValid()}. A frame no server may send fails with the library's exceptions, so that the
 * connection closes with the matching code: 1002 ({@link InvalidFrameException}) for an unknown
 * opcode, a reserved bit (this client negotiates no extension), a mask (RFC 6455 §5.1) or a
 * fragmented or longer than 125 bytes control frame; 1007 for text that is not UTF-8; 1009 ({@link
 * LimitExceededException}) for a length that does not fit an {@code int}. A whole text frame above
 * the text limit is one message too large, not a broken connection: its bytes are skipped as they
 * arrive, never held, and a {@link DroppedTextFrame} stands for it.
 *
 * <p>Not thread-safe: the connection's read thread is its only user.
 */
final class FrameTranslator {

  private static final int FIN = 0x80;
  private static final int RSV = 0x70;
  private static final int MASK = 0x80;
  private static final int LONGEST_CONTROL_PAYLOAD = 125;
  /** Two bytes, then up to eight of extended length (no masking key: servers do not mask). */
  private static final int LONGEST_HEADER = 2 + 8;

  private final int maxTextBytes;

  // The frame being read.
  private final byte[] header = new byte[LONGEST_HEADER];
  private int headerRead;
  /** 2, 4 or 10 once the first two bytes are in, 0 before. */
  private int headerLength;
  private Opcode opcode;
  private boolean fin;
  /** Allocated once the whole header is in; null while it is not. */
  private byte[] payload;
  private int payloadRead;
  /** A whole text frame above the limit, being skipped: its length, and how much of it is left. */
  private int droppedLength;
  private int dropRemaining;

  /** @param maxTextBytes the longest whole text frame kept, in bytes; longer ones are skipped */
  FrameTranslator(int maxTextBytes) {
    this.maxTextBytes = maxTextBytes;
  }

  /**
   * The frames completed by the bytes from {@code buffer}'s position to its limit, in order (none
   * when they only continue a frame); reads them all.
   *
   * @throws InvalidDataException if a frame is invalid; the bytes read so far are dropped
   */
  List<Framedata> translate(ByteBuffer buffer) throws InvalidDataException {
    try {
      List<Framedata> frames = List.of();
      while (payload != null || buffer.hasRemaining()) {
        if (payload == null && dropRemaining == 0 && !readHeader(buffer)) {
          break;
        }
        if (dropRemaining > 0) {
          int skipped = Math.min(dropRemaining, buffer.remaining());
          buffer.position(buffer.position() + skipped);
          dropRemaining -= skipped;
          if (dropRemaining > 0) {
            break;
          }
          frames = append(frames, new DroppedTextFrame(droppedLength));
          reset();
          continue;
        }
        int n = Math.min(payload.length - payloadRead, buffer.remaining());
        buffer.get(payload, payloadRead, n);
        payloadRead += n;
        if (payloadRead < payload.length) {
          break;
        }
        frames = append(frames, frame());
      }
      return frames;
    } catch (InvalidDataException e) {
      reset();
      throw e;
    }
  }

  /** {@code frames} with {@code frame} added; most reads complete no frame, so none is allocated until one does. */
  private static List<Framedata> append(List<Framedata> frames, Framedata frame) {
    List<Framedata> list = frames.isEmpty() ? new ArrayList<>() : frames;
    list.add(frame);
    return list;
  }

  /** Drops the bytes of a frame read in part. */
  void reset() {
    headerRead = 0;
    headerLength = 0;
    opcode = null;
    fin = false;
    payload = null;
    payloadRead = 0;
    droppedLength = 0;
    dropRemaining = 0;
  }

  /**
   * Reads header bytes from {@code buffer}, checking each part as soon as it is in.
   *
   * @return whether the header is whole (its payload is then allocated, or it is being dropped)
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
    if (opcode == Opcode.TEXT && fin && length > maxTextBytes) {
      // A whole message too large to keep: skip it and tell the connection, which goes on.
      droppedLength = length;
      dropRemaining = length;
    } else {
      // Anything else is kept whatever its size, as the library does: a binary frame is part of
      // a zlib stream, whose inflater drops an oversized message without losing the stream, and
      // failing the connection instead would only have the resume replay the same message.
      payload = new byte[length];
      payloadRead = 0;
    }
    return true;
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
    if (opcode == Opcode.CLOSING || opcode == Opcode.PING || opcode == Opcode.PONG) {
      if (!fin) {
        throw new InvalidFrameException("fragmented control frame: " + opcode);
      }
      if (length > LONGEST_CONTROL_PAYLOAD) {
        throw new InvalidFrameException("control frame of more than 125 bytes: " + opcode);
      }
    }
    return length == 126 ? 4 : length == 127 ? 10 : 2;
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
        throw new LimitExceededException("payload length out of range: " + Long.toUnsignedString(length));
      }
    }
    return (int) length;
  }

  /** The frame just read, checked; clears the state for the next one. */
  private Framedata frame() throws InvalidDataException {
    FramedataImpl1 frame = FramedataImpl1.get(opcode);
    frame.setFin(fin);
    // RSV bits are refused with the header, so they stay clear.
    byte[] bytes = payload;
    frame.setPayload(ByteBuffer.wrap(bytes));
    reset();
    if (frame.getOpcode() == Opcode.TEXT && frame.isFin()) {
      if (!Utf8.isValid(bytes, 0, bytes.length)) {
        throw new InvalidDataException(CloseFrame.NO_UTF8, "text frame is not valid UTF-8");
      }
    } else {
      frame.isValid();
    }
    return frame;
  }
}
