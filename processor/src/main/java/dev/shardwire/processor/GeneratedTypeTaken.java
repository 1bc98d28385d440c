package dev.shardwire.processor;

/**
 * The Filer refused to write a generated type because a source of the compilation already declares
 * that name: the user's mistake, reported as such on the element being processed.
 */
final class GeneratedTypeTaken extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String typeName;

  GeneratedTypeTaken(String typeName, Throwable cause) {
    super(typeName, cause);
    this.typeName = typeName;
  }

  /** The qualified name of the type that could not be written. */
  String typeName() {
    return typeName;
  }
}
