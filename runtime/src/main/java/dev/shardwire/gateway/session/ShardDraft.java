package dev.shardwire.gateway.session;

import dev.shardwire.gateway.UpgradeRefusedException;
import dev.shardwire.gateway.wire.FrameTranslator;
import dev.shardwire.gateway.wire.RefusedFrame;
import dev.shardwire.gateway.wire.SentTextFrame;
import dev.shardwire.gateway.wire.UnreadableMessage;
import dev.shardwire.gateway.wire.UpgradeResponse;
import dev.shardwire.gateway.wire.Utf8;
import dev.shardwire.gateway.wire.ZlibStreamInflater;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.HandshakeState;
import org.java_websocket.exceptions.IncompleteHandshakeException;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.exceptions.InvalidHandshakeException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.framing.TextFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.Handshakedata;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 6455 as {@link Draft_6455} speaks it, except on the read path, and in what the library may
 * log of what the shard sends.
 *
 * <p><b>Reading.</b> Frames are read by a {@link FrameTranslator} instead of the library's parser:
 * it bounds every message from its header before allocating anything (the library allocates any
 * announced length and assembles fragments without a limit), inflates zlib-stream data as it
 * arrives, and checks text for UTF-8 with {@link Utf8}, which skips ASCII eight bytes at a time
 * (the library's check, one byte at a time, measured about a quarter of the read thread in the
 * gateway throughput benchmark). A whole text message then reaches its {@link ShardConnection} as
 * UTF-8 bytes ({@link ShardConnection#onText}) instead of a {@code String}: the JSON parser reads
 * the bytes directly. Control frames and uncompressed binary messages take the library's path.
 *
 * <p>The server's answer to the opening handshake is bounded too ({@link #LONGEST_HANDSHAKE}),
 * read whole before it is judged, and an answer that does not open the connection is kept as an
 * {@link UpgradeRefusedException} that names what was wrong ({@link #upgradeRefusal()}), where the
 * library would only close with 1002 and a message of its own.
 *
 * <p><b>Nothing thrown escapes the read thread.</b> The library rethrows an {@code Error} such as
 * {@code OutOfMemoryError} out of its read loop: the read thread ends, the socket stays open, and
 * the shard looks connected while reading nothing. Here any throwable while reading or handling a
 * frame fails the connection instead (1011, through the library's own close), and the shard
 * resumes on a new one; nothing more of the failed connection is read. A frame refused by the
 * protocol fails the connection the same way, with its own code, and is not thrown to the library
 * either, which would log it at ERROR with a stack trace (the shard reports it as malformed).
 *
 * <p><b>Writing.</b> The library logs every frame it sends at TRACE, payload included, and the
 * shard's IDENTIFY and RESUME carry the token. Frames sent through this draft are {@link
 * SentTextFrame}s, whose {@code toString} does not show the payload, and are encoded here without
 * the library's TRACE line of their bytes.
 */
public final class ShardDraft extends Draft_6455 {

  private static final Logger LOG = LoggerFactory.getLogger(ShardDraft.class);
  /** The longest HTTP answer to the opening handshake read: a gateway's is a few hundred bytes. */
  public static final int LONGEST_HANDSHAKE = 64 * 1024;
  /** The reason of a close the server sent without one where the library needs one (1007). */
  static final String NO_REASON = "no reason given";

  private final int maxMessageBytes;
  private final boolean compress;
  private final ZlibStreamInflater inflater;
  private final FrameTranslator translator;
  /** A throwable escaped reading or handling a frame: nothing more of this connection is read. */
  private boolean failed;
  /** Whether the connection was failed already: one refusal is reported, not two. */
  private boolean refused;
  /** Why the server's answer to the opening handshake did not open the connection, or null. */
  private UpgradeRefusedException upgradeRefusal;

  /**
   * @param maxMessageBytes the longest message kept: a longer one is skipped as it arrives and
   *     reported to the connection, which goes on
   * @param compress whether binary messages are Discord's zlib stream
   */
  public ShardDraft(int maxMessageBytes, boolean compress) {
    this.maxMessageBytes = maxMessageBytes;
    this.compress = compress;
    this.inflater = compress ? new ZlibStreamInflater(maxMessageBytes) : null;
    this.translator = new FrameTranslator(maxMessageBytes, inflater);
  }

  /** The longest message kept, in bytes. */
  public int maxMessageBytes() {
    return maxMessageBytes;
  }

  /** The zlib stream's inflater, or null on an uncompressed connection. */
  public ZlibStreamInflater inflater() {
    return inflater;
  }

  @Override
  public List<Framedata> translateFrame(ByteBuffer buffer) throws InvalidDataException {
    if (failed) {
      buffer.position(buffer.limit());
      return List.of();
    }
    try {
      return translator.translate(buffer);
    } catch (InvalidDataException e) {
      // processFrame fails the connection for it: thrown here, the library would log it at ERROR.
      return List.of(new RefusedFrame(e));
    } catch (Throwable t) {
      return List.of(new RefusedFrame(fail("reading a frame", t)));
    }
  }

  @Override
  public void processFrame(WebSocketImpl connection, Framedata frame) throws InvalidDataException {
    if (frame instanceof RefusedFrame refused) {
      refuse(connection, refused.refusal());
      return;
    }
    if (failed) {
      return;
    }
    try {
      if (connection.getWebSocketListener() instanceof ShardConnection shardConnection) {
        if (frame instanceof UnreadableMessage unreadable) {
          shardConnection.onUnreadable(unreadable.error());
          return;
        }
        if (frame instanceof CloseFrame close && close.getCloseCode() == CloseFrame.NO_UTF8
            && "".equals(close.getMessage()) && connection.isOpen()) {
          // The library echoes a close with its code and reason, and refuses to build a 1007 close
          // without a reason (its check takes it for text that is not UTF-8), which failed the
          // connection as if the server's frame were bad: the echo gets a reason.
          connection.close(CloseFrame.NO_UTF8, NO_REASON, true);
          return;
        }
        if (frame instanceof TextFrame) {
          try {
            shardConnection.onText(frame.getPayloadData());
          } catch (RuntimeException e) {
            // As the library does for a listener that throws: report it and keep the connection.
            LOG.error("Runtime exception while handling a text frame", e);
            shardConnection.onError(e);
          }
          return;
        }
      }
      super.processFrame(connection, frame);
    } catch (InvalidDataException e) {
      refuse(connection, e);
    } catch (Throwable t) {
      refuse(connection, fail("handling a frame", t));
    }
  }

  /**
   * Fails {@code connection} as the library does for a frame it refuses (the listener hears of
   * the refusal, then the connection closes with its code; nothing more of it is read), without
   * the library's ERROR line and stack trace: a server's bad frame is a fault the shard expects,
   * and reports itself, as a malformed frame.
   */
  private void refuse(WebSocketImpl connection, InvalidDataException refusal) {
    if (refused) {
      // A frame of the same read refused after the connection failed for an earlier one.
      return;
    }
    refused = true;
    failed = true;
    translator.reset();
    connection.getWebSocketListener().onWebsocketError(connection, refusal);
    connection.close(refusal);
  }

  /**
   * The server's answer to the opening handshake: refused once it grows past {@link
   * #LONGEST_HANDSHAKE} without ending, which the library would otherwise keep reading into an
   * ever larger buffer. An HTTP answer is read up to its blank line before anything is decided (the
   * library refuses a status other than 101 from its first line, before the headers that say why
   * have arrived); a first line that is not an HTTP status line is refused as soon as it ends, as a
   * peer that is no web server may send one line and wait. A status other than 101 is kept as the
   * {@link #upgradeRefusal()}.
   */
  @Override
  public Handshakedata translateHandshake(ByteBuffer buffer) throws InvalidHandshakeException {
    if (buffer.remaining() > LONGEST_HANDSHAKE) {
      upgradeRefusal = new UpgradeRefusedException(-1, "the gateway's answer to the WebSocket upgrade is longer than "
          + LONGEST_HANDSHAKE + " bytes without ending", null);
      throw new InvalidHandshakeException(upgradeRefusal.getMessage());
    }
    UpgradeResponse head = UpgradeResponse.read(buffer);
    if (head == null) {
      // The library keeps what came and calls again with more.
      throw new IncompleteHandshakeException(buffer.remaining() + 1024);
    }
    if (head.status() != 101) {
      Duration retryAfter = head.retryAfter(Instant.now());
      upgradeRefusal = new UpgradeRefusedException(head.status(), head.status() < 0
          ? "the gateway answered the WebSocket upgrade with something that is not HTTP: " + head.printableStatusLine()
          : "the gateway refused the WebSocket upgrade: " + head.printableStatusLine()
              + (retryAfter == null ? "" : " (Retry-After: " + retryAfter.toSeconds() + " s)"), retryAfter);
      buffer.position(buffer.limit());
      throw new InvalidHandshakeException(upgradeRefusal.getMessage());
    }
    try {
      return super.translateHandshake(buffer);
    } catch (InvalidHandshakeException e) {
      // The library's own reading of a 101 (its status line, its header lines) refused it.
      upgradeRefusal = new UpgradeRefusedException(101,
          "the gateway's 101 answer to the WebSocket upgrade is not a valid HTTP/1.1 response: " + e.getMessage(), null);
      throw e;
    }
  }

  /** A 101 answer: what RFC 6455 requires of it is the library's check; why it failed is ours. */
  @Override
  public HandshakeState acceptHandshakeAsClient(ClientHandshake request, ServerHandshake response)
      throws InvalidHandshakeException {
    HandshakeState state = super.acceptHandshakeAsClient(request, response);
    if (state != HandshakeState.MATCHED) {
      upgradeRefusal = new UpgradeRefusedException(response.getHttpStatus(),
          "the gateway's 101 answer to the WebSocket upgrade " + whyNot(response), null);
    }
    return state;
  }

  /** What RFC 6455 (section 4.1) finds wrong with a 101 answer the library refused. */
  private static String whyNot(ServerHandshake response) {
    if (!response.getFieldValue("Upgrade").equalsIgnoreCase("websocket")) {
      return "has no 'Upgrade: websocket' header";
    }
    if (!response.getFieldValue("Connection").toLowerCase(Locale.ROOT).contains("upgrade")) {
      return "has no 'Connection: Upgrade' header";
    }
    if (!response.hasFieldValue("Sec-WebSocket-Accept")) {
      return "has no Sec-WebSocket-Accept header";
    }
    // The library accepts any extension and subprotocol answer: what is left is the key.
    return "has a Sec-WebSocket-Accept that does not answer the request's key";
  }

  /**
   * Why the server's answer to the opening handshake did not open the connection, or null when it
   * did (or has not come). Read on the connection's read thread once it has closed.
   */
  UpgradeRefusedException upgradeRefusal() {
    return upgradeRefusal;
  }

  private InvalidDataException fail(String what, Throwable t) {
    failed = true;
    translator.reset();
    // The close reason must fit a close frame (123 bytes): the class name says enough.
    return new InvalidDataException(CloseFrame.UNEXPECTED_CONDITION,
        what + " failed: " + t.getClass().getSimpleName(), t);
  }

  @Override
  public List<Framedata> createFrames(String text, boolean mask) {
    SentTextFrame frame = new SentTextFrame(text);
    frame.setTransferemasked(mask);
    return List.of(frame);
  }

  @Override
  public ByteBuffer createBinaryFrame(Framedata framedata) {
    if (framedata instanceof SentTextFrame sent) {
      // The library's own encoder logs the payload at TRACE before masking it.
      return sent.encode();
    }
    return super.createBinaryFrame(framedata);
  }

  @Override
  public void reset() {
    super.reset();
    translator.reset();
  }

  /** Frees the connection's native inflater; called once its socket has closed. */
  void end() {
    if (inflater != null) {
      inflater.end();
    }
  }

  @Override
  public Draft copyInstance() {
    // The library copies the draft it is given for each connection; the copy must stay a ShardDraft.
    return new ShardDraft(maxMessageBytes, compress);
  }
}
