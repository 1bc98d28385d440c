package dev.shardwire.benchmarks.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CPU time of another process, such as the benchmark's {@code redis-server}. */
final class ProcessCpu {

  private ProcessCpu() {}

  /**
   * The CPU time the process has used so far, in nanoseconds, from {@code /proc/<pid>/stat} (user
   * plus system, in clock ticks of 10 ms on Linux's usual 100 Hz), or -1 where there is no {@code /proc}.
   */
  static long ofPid(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th, stime the 15th.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
