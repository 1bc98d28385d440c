package dev.shardwire.decode;

/**
 * A gateway payload that could not be decoded: a missing required field, a value of the wrong
 * JSON type, a truncated document, a number out of range or a limit exceeded. The message names
 * the event or model, the field path ({@code members[3].user.id}) and the location in the input.
 */
public final class DecodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final String path;

  /**
   * @param typeName the event or model being decoded
   * @param path the field path, as {@code members[3].user.id}; empty for the payload itself
   * @param problem what is wrong
   * @param location where in the input, as Jackson describes it
   * @param cause the underlying parser exception, if any
   */
  public DecodeException(
      String typeName, String path, String problem, String location, Throwable cause) {
    super(
        "cannot decode "
            + typeName
            + (path.isEmpty() ? "" : " at " + path)
            + ": "
            + problem
            + (location.isEmpty() ? "" : " (" + location + ")"),
        cause);
    this.typeName = typeName;
    this.path = path;
  }

  /** The event or model being decoded. */
  public String typeName() {
    return typeName;
  }

  /** The field path of the bad value, as {@code members[3].user.id}. */
  public String path() {
    return path;
  }
}
