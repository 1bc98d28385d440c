package dev.shardwire.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/** Writes generated types through the {@link Filer}, with their originating elements, in one house style. */
final class SourceWriter {

  private final Filer filer;

  SourceWriter(Filer filer) {
    this.filer = filer;
  }

  /** Writes {@code type} into {@code packageName}, generated from {@code originating}. */
  void write(String packageName, TypeSpec type, List<? extends Element> originating) {
    TypeSpec.Builder builder = type.toBuilder();
    originating.forEach(builder::addOriginatingElement);
    JavaFile file = format(packageName, builder.build());
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + packageName + "." + type.name(), e);
    }
  }

  /** The file as it is written: two-space indent, no java.lang imports. Tests format golden files the same way. */
  static JavaFile format(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }
}
