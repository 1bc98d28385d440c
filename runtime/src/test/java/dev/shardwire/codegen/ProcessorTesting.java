package dev.shardwire.codegen;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.shardwire.processor.ShardwireProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with the Shardwire processor and loads what it produced, for the tests whose
 * generated code needs the real runtime (golden files, what the rules accept). The rules' errors
 * are tested in the processor module.
 */
public final class ProcessorTesting {

  private ProcessorTesting() {}

  /**
   * A source file {@code packageName.name}: the package line, an import of each of {@code
   * imports}, {@code @SuppressWarnings("unused")} for the type, a blank line, then {@code lines}.
   * Rule tests name lines by their text, so what the header adds never shifts an assertion.
   */
  public static JavaFileObject source(String packageName, String name, List<String> imports, String... lines) {
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

  /** Compiles {@code sources} with the processor, warnings as warnings. */
  public static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ShardwireProcessor()).withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
  }

  /**
   * A class loader over the classes of {@code compilation}, whose parent is the test class
   * loader, so that the runtime's own types (and tables) are shared with the test.
   */
  public static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.getName();
        String binary = name.substring(name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), name.length() - ".class".length()).replace('/', '.');
        try (var in = file.openInputStream()) {
          classes.put(binary, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(ProcessorTesting.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /** The {@code INSTANCE} of the generated table of {@code packageName} in {@code loader}. */
  public static dev.shardwire.spi.EventTable table(ClassLoader loader, String packageName) {
    try {
      Class<?> table = Class.forName(packageName + ".ShardwireEventTable", true, loader);
      return (dev.shardwire.spi.EventTable) table.getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot load the table of " + packageName, e);
    }
  }
}
