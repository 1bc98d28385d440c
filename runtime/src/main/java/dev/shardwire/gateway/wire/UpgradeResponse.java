package dev.shardwire.gateway.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The head of the server's HTTP answer to the opening handshake: its status line and headers,
 * read by hand so that an answer the WebSocket library refuses (a 429, a 503, a redirect) can still
 * be told apart and named, with its headers ({@code Retry-After}). The library stops at the status
 * line of such an answer, before its headers have even arrived.
 *
 * @param status the status code, or -1 when the status line is not {@code HTTP/x.y NNN ...}
 * @param statusLine the first line, as sent
 * @param headers the header fields, names in lower case; a repeated field keeps its last value
 */
public record UpgradeResponse(int status, String statusLine, Map<String, String> headers) {

  /**
   * Reads the head from {@code buffer}'s position without moving it, or returns null when it has
   * not all arrived: an HTTP status line waits for the blank line that ends the headers, while a
   * first line that is not one (an sshd's banner, which then waits for the client's) is returned
   * as soon as it ends, with status -1 and no headers.
   */
  public static UpgradeResponse read(ByteBuffer buffer) {
    int start = buffer.position();
    int firstLineEnd = -1;
    int end = -1;
    for (int i = start; i + 1 < buffer.limit(); i++) {
      if (buffer.get(i) == '\r' && buffer.get(i + 1) == '\n') {
        if (firstLineEnd < 0) {
          firstLineEnd = i;
        }
        if (i + 3 < buffer.limit() && buffer.get(i + 2) == '\r' && buffer.get(i + 3) == '\n') {
          end = i;
          break;
        }
      }
    }
    if (firstLineEnd < 0) {
      return null;
    }
    if (end < 0) {
      String firstLine = ascii(buffer, start, firstLineEnd);
      return status(firstLine) < 0 ? new UpgradeResponse(-1, firstLine, Map.of()) : null;
    }
    String[] lines = ascii(buffer, start, end).split("\r\n");
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    return new UpgradeResponse(status(lines[0]), lines[0], Map.copyOf(headers));
  }

  private static String ascii(ByteBuffer buffer, int from, int to) {
    byte[] bytes = new byte[to - from];
    buffer.duplicate().position(from).get(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static int status(String line) {
    String[] parts = line.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/") || parts[1].length() != 3) {
      return -1;
    }
    for (int i = 0; i < 3; i++) {
      if (parts[1].charAt(i) < '0' || parts[1].charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(parts[1]);
  }

  /** A header's value, or null; {@code name} in lower case. */
  public String header(String name) {
    return headers.get(name);
  }

  /**
   * The {@code Retry-After} header (RFC 9110, section 10.2.3) as a wait from {@code now}: a number
   * of seconds, or a date (a date already past waits nothing). Null when the header is missing or
   * is neither.
   */
  public Duration retryAfter(Instant now) {
    String value = header("retry-after");
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Any number of digits, leading zeros counting for nothing: past what a long holds, it is a
      // wait nobody will honour in full anyway.
      String digits = value.replaceFirst("^0+(?=.)", "");
      return digits.length() > 12 ? Duration.ofSeconds(999_999_999_999L) : Duration.ofSeconds(Long.parseLong(digits));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The status line made printable and short enough for a log line. */
  public String printableStatusLine() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < statusLine.length() && out.length() < 100; i++) {
      char c = statusLine.charAt(i);
      out.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return out.toString();
  }
}
