package dev.shardwire.gateway.wire;

/**
 * Text a server sent, made safe for a log line: control characters (line breaks, escape sequences),
 * the Unicode line and paragraph separators and the invisible format characters (bidirectional
 * overrides that reorder what a terminal shows, among others) become {@code ?}. A server's line break in a log
 * line would end the shard's line and let the server write lines of its own.
 */
public final class Printable {

  private Printable() {}

  /** {@code text} with every character that could break or restyle a log line replaced by {@code ?}; "null" for null. */
  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        StringBuilder out = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); j++) {
          char c = text.charAt(j);
          out.append(isUnsafe(c) ? '?' : c);
        }
        return out.toString();
      }
    }
    return text;
  }

  private static boolean isUnsafe(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT;
  }
}
