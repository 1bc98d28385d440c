package dev.shardwire.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.processor.ShardwireProcessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with the Shardwire processor for the rule tests. The runtime types the sources
 * name come from the stubs in this module's test classes ({@code dev.shardwire.events}, {@code
 * .models}, {@code .spi}), on the class path as the runtime's jar is on a bot's.
 */
final class RuleTesting {

  private RuleTesting() {}

  /**
   * A source file {@code packageName.name}: the package line, an import of each of {@code
   * imports}, {@code @SuppressWarnings("unused")} for the type, a blank line, then {@code lines}.
   * Rule tests name lines by their text, so what the header adds never shifts an assertion.
   */
  static JavaFileObject source(String packageName, String name, List<String> imports, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package " + packageName + ";");
    for (String imported : imports) {
      all.add("import " + imported + ";");
    }
    all.add("@SuppressWarnings(\"unused\")");
    all.add("");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines(packageName + "." + name, all);
  }

  /**
   * Asserts that compiling {@code others} and then {@code source} fails with {@code message} on the
   * line of {@code source} containing {@code lineText}.
   */
  static void assertError(JavaFileObject source, String message, String lineText, JavaFileObject... others) {
    JavaFileObject[] all = Arrays.copyOf(others, others.length + 1);
    all[others.length] = source;
    Compilation compilation = compile(all);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(lineText);
  }

  /** Compiles {@code sources} with the processor, warnings as errors, as the project builds. */
  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ShardwireProcessor()).withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
  }
}
