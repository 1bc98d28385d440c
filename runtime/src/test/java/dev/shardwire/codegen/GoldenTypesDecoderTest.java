package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated decoder of an event with the property types of issue 11 (timestamps, a map from a
 * JSON object, an open enum with its raw value, an OptionalNullable and a raw JSON value), against
 * a golden file. Rewrite it with {@code -Dshardwire.golden.update=true} (see {@link GoldenFiles}).
 */
class GoldenTypesDecoderTest {

  static final JavaFileObject KIND =
      JavaFileObjects.forSourceLines(
          "test.golden.types.ChannelKind",
          "package test.golden.types;",
          "",
          "import dev.shardwire.annotations.JsonName;",
          "import dev.shardwire.annotations.UnknownValue;",
          "",
          "/** An integer-valued open enum. */",
          "public enum ChannelKind {",
          "  /** 0. */",
          "  @JsonName(\"0\") TEXT,",
          "  /** 2. */",
          "  @JsonName(\"2\") VOICE,",
          "  /** Added later. */",
          "  @UnknownValue UNKNOWN",
          "}");

  static final JavaFileObject EVENT =
      JavaFileObjects.forSourceLines(
          "test.golden.types.ThreadSyncEvent",
          "package test.golden.types;",
          "",
          "import dev.shardwire.annotations.RawValueOf;",
          "import dev.shardwire.models.OptionalNullable;",
          "import dev.shardwire.models.RawJson;",
          "import dev.shardwire.models.Snowflake;",
          "import dev.shardwire.models.User;",
          "import java.time.Instant;",
          "import java.time.OffsetDateTime;",
          "import java.util.List;",
          "import java.util.Map;",
          "",
          "/** A made-up dispatch with the new types. */",
          "@dev.shardwire.annotations.ShardEvent(name = \"THREAD_SYNC\")",
          "public interface ThreadSyncEvent extends dev.shardwire.events.ShardEvent {",
          "  /** When it was sent. */",
          "  Instant timestamp();",
          "  /** When it was edited, as sent. */",
          "  OptionalNullable<OffsetDateTime> editedTimestamp();",
          "  /** Users keyed by id, from a JSON object. */",
          "  Map<Snowflake, User> users();",
          "  /** The kind of channel. */",
          "  ChannelKind type();",
          "  /** The kind as sent. */",
          "  @RawValueOf(\"type\") String rawType();",
          "  /** Anything. */",
          "  RawJson data();",
          "  /** Counts, in order: a list the runtime has no read of its own for, so the decoder gets a reader method. */",
          "  List<Integer> counts();",
          "}");

  @Test
  void generatesTheDecoderAsTheGoldenFileSays() {
    Compilation compilation = ProcessorTesting.compile(KIND, EVENT);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertGenerated(compilation, "test.golden.types.ThreadSyncEventDecoder", "ThreadSyncEventDecoder.java.txt");
  }
}
