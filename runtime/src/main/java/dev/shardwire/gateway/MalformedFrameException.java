package dev.shardwire.gateway;

/** A gateway frame that is not a well-formed gateway payload; the message says what was wrong. */
public class MalformedFrameException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Makes the exception.
   *
   * @param message what was wrong with the frame
   */
  public MalformedFrameException(String message) {
    super(message);
  }
}
