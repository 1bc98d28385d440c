package dev.shardwire.processor.validation;

import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Tells the types the user compiles (whose declarations a message may tell them to change) from
 * the types of libraries and the JDK (which they cannot annotate): a message's fix must be one the
 * user can follow.
 */
public final class SourceTypes {

  private final Trees trees;

  /** Looks declarations up through javac's tree API; under another compiler no type counts as source. */
  public SourceTypes(ProcessingEnvironment env) {
    Trees found;
    try {
      found = Trees.instance(env);
    } catch (IllegalArgumentException e) {
      found = null;
    }
    this.trees = found;
  }

  /** Whether {@code type} is declared in a source file of this compilation. */
  public boolean isSource(TypeElement type) {
    return trees != null && trees.getPath(type) != null;
  }

  /** Whether {@code type} is an interface declared in a source file of this compilation. */
  public boolean isSourceInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE && isSource(type);
  }
}
