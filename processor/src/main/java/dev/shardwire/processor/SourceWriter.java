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
import javax.annotation.processing.FilerException;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Writes generated types through the {@link Filer}, with their originating elements, in one house
 * style, and remembers what it wrote: the next round's root elements are mostly those files, and
 * the steps need not search them again for annotations they never carry.
 */
final class SourceWriter {

  private final Filer filer;
  private final Elements elements;
  private final Set<String> written = new HashSet<>();
  /** The simple names of java.lang's types, read once: looking each name up costs javac a search of every module. */
  private Set<String> javaLangNames;

  SourceWriter(Filer filer, Elements elements) {
    this.filer = filer;
    this.elements = elements;
  }

  /** Writes {@code type} into {@code packageName}, generated from {@code originating}. */
  void write(String packageName, TypeSpec type, List<? extends Element> originating) {
    // Through the Filer directly rather than TypeSpec.toBuilder() plus JavaFile.writeTo(Filer):
    // JavaPoet's toBuilder() drops a record's components.
    String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    boolean again = !written.add(name);
    try {
      JavaFileObject source = filer.createSourceFile(name, originating.toArray(Element[]::new));
      try (Writer out = source.openWriter()) {
        format(packageName, type, shadowsJavaLang(packageName)).writeTo(out);
      }
    } catch (FilerException e) {
      // Writing a name twice would be this processor's bug; otherwise a source declares it.
      if (again) {
        throw new UncheckedIOException("could not write " + name, e);
      }
      throw new GeneratedTypeTaken(name, e);
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

  /**
   * Whether a type of {@code packageName} (the bot's {@code game.Exception}) has the simple name of
   * a java.lang type: it shadows java.lang's in that package, so generated code there that says
   * {@code Exception} or {@code String} would mean the bot's type.
   */
  private boolean shadowsJavaLang(String packageName) {
    PackageElement owner = elements.getPackageElement(packageName);
    if (owner == null) {
      return false;
    }
    Set<String> javaLang = javaLangNames();
    for (Element member : owner.getEnclosedElements()) {
      if (member instanceof TypeElement type && javaLang.contains(type.getSimpleName().toString())) {
        return true;
      }
    }
    return false;
  }

  private Set<String> javaLangNames() {
    if (javaLangNames == null) {
      Set<String> names = new HashSet<>();
      PackageElement javaLang = elements.getPackageElement("java.lang");
      for (Element member : javaLang == null ? List.<Element>of() : javaLang.getEnclosedElements()) {
        names.add(member.getSimpleName().toString());
      }
      javaLangNames = names;
    }
    return javaLangNames;
  }

  /**
   * The file as it is written: two-space indent, no java.lang imports unless a type of the package
   * shadows one ({@code javaLangImports}), where JavaPoet's explicit imports keep java.lang's meaning.
   * Tests format golden files the same way.
   */
  static JavaFile format(String packageName, TypeSpec type, boolean javaLangImports) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(!javaLangImports).indent("  ").build();
  }
}
