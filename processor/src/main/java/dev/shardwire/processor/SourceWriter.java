package dev.shardwire.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/** Writes generated types through the {@link Filer}, with their originating elements, in one house style. */
final class SourceWriter {

  private final Filer filer;

  SourceWriter(Filer filer) {
    this.filer = filer;
  }

  /** Writes {@code type} into {@code packageName}, generated from {@code originating}. */
  void write(String packageName, TypeSpec type, List<? extends Element> originating) {
    // Through the Filer directly rather than TypeSpec.toBuilder() plus JavaFile.writeTo(Filer):
    // JavaPoet's toBuilder() drops a record's components.
    String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    try {
      JavaFileObject source = filer.createSourceFile(name, originating.toArray(Element[]::new));
      try (Writer out = source.openWriter()) {
        format(packageName, type).writeTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + packageName + "." + type.name(), e);
    }
  }

  /** The file as it is written: two-space indent, no java.lang imports. Tests format golden files the same way. */
  static JavaFile format(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}
