package dev.shardwire.benchmarks.compile;

import java.lang.management.ManagementFactory;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs javac once in this fresh JVM, as the {@code javac} launcher would, then prints the CPU time
 * the whole process used (every thread: javac's, the JIT's and the collector's) on its last line
 * as {@code cpu-nanos N}. {@link CompileCost} starts one per measured compile, so no compile
 * profits from a JVM that an earlier one warmed.
 */
public final class JavacChild {

  private JavacChild() {}

  /** @param args javac's arguments */
  public static void main(String[] args) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, args);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.println("cpu-nanos " + os.getProcessCpuTime());
    System.exit(status);
  }
}
