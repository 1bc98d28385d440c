package dev.shardwire.gateway.wire;

import dev.shardwire.gateway.MalformedFrameException;
import dev.shardwire.spi.FieldNames;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads a gateway envelope ({@code op}, {@code t}, {@code s}, {@code d}) with the streaming
 * parser, never building a tree. A dispatch's {@code d} is not read here at all: the handler gets
 * the envelope and reads the payload when and where it likes ({@link #openD}). When {@code op},
 * {@code t} and {@code s} come before {@code d}, as Discord sends them, reading stops at {@code
 * d}; any other key order is read to the end.
 */
public final class FrameReader {

  /**
   * The envelope's keys, matched in the parser's input without a String per key; the order Discord
   * writes them in is learned after the first frame (see {@link FieldNames}).
   */
  private static final FieldNames ENVELOPE = FieldNames.of("op", "t", "s", "d");

  private static final int OP = 0;
  private static final int T = 1;
  private static final int S = 2;
  private static final int D = 3;

  private final JsonFactory json;

  public FrameReader(JsonFactory json) {
    this.json = json;
  }

  /**
   * Reads {@code frame} and reports it to {@code handler}.
   *
   * @throws MalformedFrameException or {@code JacksonException} when the frame is not a gateway envelope
   */
  public void read(Frame frame, FrameHandler handler) {
    JsonParser p = frame.open(json);
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedFrameException("a gateway frame must be a JSON object");
      }
      int op = -1;
      String t = null;
      long s = -1;
      boolean sSeen = false;
      boolean dSeen = false;
      int expected = 0;
      int key;
      while (isKey(key = ENVELOPE.nextValue(p, expected))) {
        if (key >= 0) {
          expected = key + 1;
        }
        JsonToken token = p.currentToken();
        switch (key) {
          case OP:
            if (token != JsonToken.VALUE_NUMBER_INT) {
              throw new MalformedFrameException("'op' must be an integer, got " + token);
            }
            op = p.getIntValue();
            if (op < 0) {
              throw new MalformedFrameException("'op' must be a non-negative integer, got " + op);
            }
            break;
          case T:
            if (token == JsonToken.VALUE_STRING) {
              t = p.getString();
            } else if (token != JsonToken.VALUE_NULL) {
              throw new MalformedFrameException("'t' must be a string or null, got " + token);
            }
            break;
          case S:
            sSeen = true;
            if (token == JsonToken.VALUE_NUMBER_INT) {
              s = p.getLongValue();
              if (s <= 0) {
                throw new MalformedFrameException("'s' must be a positive integer or null, got " + s);
              }
            } else if (token != JsonToken.VALUE_NULL) {
              throw new MalformedFrameException("'s' must be an integer or null, got " + token);
            }
            break;
          case D:
            dSeen = true;
            // Only once op is known: a frame whose op is missing, or comes after d, is not a
            // dispatch because it has a name and a sequence.
            if (op == 0 && t != null && sSeen) {
              // The envelope is complete: d is the dispatch's to read, later (GatewayDispatch),
              // and so is the parser, already on d's first token.
              if (handler.beginDispatch(t, s)) {
                JsonParser atPayload = p;
                p = null;
                handler.dispatch(t, s, true, atPayload);
              }
              return;
            } else if (op > 0) {
              handler.control(op, p);
              return;
            } else {
              p.skipChildren();
            }
            break;
          default:
            p.skipChildren();
        }
      }
      if (op < 0) {
        throw new MalformedFrameException("gateway frame has no 'op'");
      }
      if (op == 0) {
        if (t == null) {
          throw new MalformedFrameException("dispatch (op 0) has no 't'");
        }
        if (handler.beginDispatch(t, s)) {
          handler.dispatch(t, s, dSeen, null);
        }
      } else if (dSeen) {
        try (JsonParser again = openD(frame)) {
          handler.control(op, again);
        }
      } else {
        handler.control(op, null);
      }
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /** A new parser over {@code frame}, on the first token of its top-level {@code d}. */
  public JsonParser openD(Frame frame) {
    JsonParser p = frame.open(json);
    try {
      p.nextToken();
      int expected = 0;
      int key;
      while (isKey(key = ENVELOPE.nextValue(p, expected))) {
        if (key == D) {
          return p;
        }
        if (key >= 0) {
          expected = key + 1;
        }
        p.skipChildren();
      }
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
    p.close();
    throw new MalformedFrameException("gateway frame has no 'd'");
  }

  /** Whether {@link FieldNames#nextValue}'s answer is a key (known or not), as opposed to the end or any other token. */
  private static boolean isKey(int match) {
    return match >= 0 || match == PropertyNameMatcher.MATCH_UNKNOWN_NAME;
  }

  /** A new parser on a JSON {@code null}: the payload of a frame that has no {@code d}. */
  JsonParser openNull() {
    JsonParser p = Frame.ofText("null").open(json);
    p.nextToken();
    return p;
  }
}
