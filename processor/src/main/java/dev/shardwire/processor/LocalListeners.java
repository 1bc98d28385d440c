package dev.shardwire.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.shardwire.processor.model.KnownTypes;
import dev.shardwire.processor.validation.Message;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds {@code @Subscribe} methods in local and anonymous classes, which no generated code can
 * name. The element API does not show such classes while processors run (javac enters them only
 * when it attributes method bodies), so this reads the syntax trees of the round's sources.
 * Without javac's tree API (another compiler) it does nothing, and the handler simply gets no
 * binding.
 */
final class LocalListeners {

  private static final String PACKAGE = KnownTypes.SUBSCRIBE.substring(0, KnownTypes.SUBSCRIBE.lastIndexOf('.'));

  private final Trees trees;

  LocalListeners(ProcessingEnvironment env) {
    Trees found;
    try {
      found = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      found = null;
    }
    this.trees = found;
  }

  /** Reports every {@code @Subscribe} method of a local or anonymous class in the sources of {@code roots}. */
  void report(List<TypeElement> roots) {
    if (trees == null) {
      return;
    }
    for (TypeElement root : roots) {
      TreePath path = trees.getPath(root);
      if (path != null) {
        new Scanner(path.getCompilationUnit()).scan(path, false);
      }
    }
  }

  private final class Scanner extends TreePathScanner<Void, Boolean> {

    private final CompilationUnitTree unit;
    private final boolean imported;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
      boolean found = false;
      for (ImportTree each : unit.getImports()) {
        String name = each.getQualifiedIdentifier().toString();
        found |= !each.isStatic() && (name.equals(KnownTypes.SUBSCRIBE) || name.equals(PACKAGE + ".*"));
      }
      this.imported = found;
    }

    @Override
    public Void visitClass(ClassTree tree, Boolean insideLocal) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      boolean local =
          insideLocal || !(parent instanceof ClassTree || parent instanceof CompilationUnitTree);
      if (local) {
        for (Tree member : tree.getMembers()) {
          if (member instanceof MethodTree method && isSubscribe(method)) {
            String parameters =
                method.getParameters().stream().map(p -> p.getType().toString()).collect(Collectors.joining(", "));
            trees.printMessage(
                Diagnostic.Kind.ERROR,
                Message.LISTENER_LOCAL.format(method.getName() + "(" + parameters + ")"),
                method,
                unit);
          }
        }
      }
      return super.visitClass(tree, local);
    }

    private boolean isSubscribe(MethodTree method) {
      for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
        String name = annotation.getAnnotationType().toString();
        if (name.equals(KnownTypes.SUBSCRIBE) || (imported && name.equals("Subscribe"))) {
          return true;
        }
      }
      return false;
    }
  }
}
