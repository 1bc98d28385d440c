package dev.shardwire.spi;


/**
 * A gateway payload that could not be decoded: a missing required field, a value of the wrong
 * JSON type, a truncated document, a number out of range or a limit exceeded. The message names
 * the event or model, the field path ({@code members[3].user.id}) and the location in the input.
 *
 * <p>Generated decoders build the path only when something fails: each level of the payload
 * catches the exception of the level below and re-throws it with its own segment in front ({@link
 * #within(String, String)}), so decoding a valid payload pays nothing for it.
 */
public final class DecodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final String path;
  private final String problem;
  private final String location;

  /**
   * @param typeName the event or model being decoded
   * @param path the field path, as {@code members[3].user.id}; empty for the payload itself
   * @param problem what is wrong
   * @param location where in the input, as {@code line 1, column 57}; empty when unknown
   * @param cause the underlying parser exception, if any
   */
  public DecodeException(
      String typeName, String path, String problem, String location, Throwable cause) {
    super(message(typeName, path, problem, location), cause);
    this.typeName = typeName;
    this.path = path;
    this.problem = problem;
    this.location = location;
  }

  private static String message(String typeName, String path, String problem, String location) {
    return "cannot decode "
        + typeName
        + (path.isEmpty() ? "" : " at " + path)
        + ": "
        + problem
        + (location.isEmpty() ? "" : " (" + location + ")");
  }

  /** The event or model being decoded (the outermost one, once the exception has left it). */
  public String typeName() {
    return typeName;
  }

  /** The field path of the bad value, as {@code members[3].user.id}; empty for the payload itself. */
  public String path() {
    return path;
  }

  /** What is wrong, without the type, path and location. */
  public String problem() {
    return problem;
  }

  /** Where in the input, as {@code line 1, column 57}; empty when unknown. */
  public String location() {
    return location;
  }

  /**
   * The same failure seen from the enclosing value: {@code outerType} decoding its field {@code
   * segment}. A segment is a JSON name ({@code user}, {@code application.id}) or an index ({@code
   * [3]}); it is joined to this path with a dot unless this path starts with an index.
   *
   * @param outerType the enclosing event or model
   * @param segment the enclosing value's field or index that holds this one; null or empty for
   *     none
   */
  public DecodeException within(String outerType, String segment) {
    String joined = join(segment, path);
    return new DecodeException(outerType, joined, problem, location, getCause() == null ? this : getCause());
  }

  static String join(String segment, String inner) {
    if (segment == null || segment.isEmpty()) {
      return inner;
    }
    if (inner.isEmpty()) {
      return segment;
    }
    return inner.charAt(0) == '[' ? segment + inner : segment + "." + inner;
  }
}
