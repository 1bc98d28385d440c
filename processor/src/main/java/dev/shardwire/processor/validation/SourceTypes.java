package dev.shardwire.processor.validation;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

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

  /**
   * Warns when {@code type}, or the top-level class it is nested in, is declared in a source file
   * named for another class (an auxiliary class): javac warns where another file names it, and the
   * generated files do.
   */
  public void warnIfAuxiliary(TypeElement type, Reporter reporter) {
    TypeElement topLevel = type;
    while (topLevel.getEnclosingElement() instanceof TypeElement enclosing) {
      topLevel = enclosing;
    }
    TreePath path = trees == null ? null : trees.getPath(topLevel);
    if (path == null) {
      return;
    }
    JavaFileObject file = path.getCompilationUnit().getSourceFile();
    String name = topLevel.getSimpleName().toString();
    if (!file.isNameCompatible(name, JavaFileObject.Kind.SOURCE)) {
      String fileName = file.getName().substring(Math.max(file.getName().lastIndexOf('/'), file.getName().lastIndexOf('\\')) + 1);
      reporter.warning(Message.AUXILIARY_CLASS, type, type.getSimpleName(), fileName, name, name);
    }
  }

  /** Whether {@code type} is an interface declared in a source file of this compilation. */
  public boolean isSourceInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE && isSource(type);
  }
}
