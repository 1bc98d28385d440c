package dev.shardwire.benchmarks.worker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A {@code redis-server} (Debian's package) of the benchmark's own, on a free loopback port, with
 * persistence off and a temporary directory, as the runtime's Redis tests start theirs.
 */
final class RedisServerProcess implements AutoCloseable {

  private final Process process;
  private final Path directory;
  private final int port;

  private RedisServerProcess(Process process, Path directory, int port) {
    this.process = process;
    this.directory = directory;
    this.port = port;
  }

  static RedisServerProcess start() throws IOException {
    Path directory = Files.createTempDirectory("shardwire-bench-redis");
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Process process =
        new ProcessBuilder(
                "redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", directory.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("redis.log").toFile())
            .start();
    return new RedisServerProcess(process, directory, port);
  }

  /**
   * The CPU time the server has used so far, in nanoseconds, from {@code /proc/<pid>/stat} (user
   * plus system, in clock ticks of 10 ms on Linux's usual 100 Hz), or -1 where there is no {@code /proc}.
   */
  long cpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th, stime the 15th.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    process.waitFor();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
