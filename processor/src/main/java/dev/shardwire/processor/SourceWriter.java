package dev.shardwire.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Writes generated types through the {@link Filer}, with their originating elements, in one house
 * style, and remembers what it wrote: the next round's root elements are mostly those files, and
 * the steps need not search them again for annotations they never carry.
 */
final class SourceWriter {

  private final Filer filer;
  private final Set<String> written = new HashSet<>();

  SourceWriter(Filer filer) {
    this.filer = filer;
  }

  /** Writes {@code type} into {@code packageName}, generated from {@code originating}. */
  void write(String packageName, TypeSpec type, List<? extends Element> originating) {
    // Through the Filer directly rather than TypeSpec.toBuilder() plus JavaFile.writeTo(Filer):
    // JavaPoet's toBuilder() drops a record's components.
    String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    written.add(name);
    try {
      JavaFileObject source = filer.createSourceFile(name, originating.toArray(Element[]::new));
      try (Writer out = source.openWriter()) {
        format(packageName, type).writeTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + packageName + "." + type.name(), e);
    }
  }

  /**
   * The round's root types that this processor did not write itself, in the round's order: a
   * generated implementation, decoder, table or binding declares no {@code @ShardEvent}, {@code
   * GatewayModel} or {@code @Subscribe}, and never a local class.
   */
  List<TypeElement> foreignRootTypes(RoundEnvironment round) {
    List<TypeElement> types = new ArrayList<>();
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type && !written.contains(type.getQualifiedName().toString())) {
        types.add(type);
      }
    }
    return types;
  }

  /** The file as it is written: two-space indent, no java.lang imports. Tests format golden files the same way. */
  static JavaFile format(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}
