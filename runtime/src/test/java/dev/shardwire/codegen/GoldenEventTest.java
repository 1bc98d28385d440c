package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated implementation and table of a small event hierarchy, against golden files. */
class GoldenEventTest {

  static final JavaFileObject BASE =
      JavaFileObjects.forSourceLines(
          "test.golden.GuildEvent",
          "package test.golden;",
          "",
          "import dev.shardwire.annotations.Repr;",
          "import dev.shardwire.models.Snowflake;",
          "",
          "/** Base of the guild events of this test. */",
          "@dev.shardwire.annotations.ShardEvent(base = true, intents = \"GUILDS\")",
          "public interface GuildEvent extends dev.shardwire.events.ShardEvent {",
          "  /** The guild. */",
          "  @Repr",
          "  Snowflake guildId();",
          "}");

  static final JavaFileObject CONCRETE =
      JavaFileObjects.forSourceLines(
          "test.golden.GuildBanEvent",
          "package test.golden;",
          "",
          "import dev.shardwire.annotations.JsonName;",
          "import dev.shardwire.annotations.Nullable;",
          "import dev.shardwire.annotations.Repr;",
          "import dev.shardwire.models.Snowflake;",
          "import dev.shardwire.models.User;",
          "import java.util.List;",
          "import java.util.Optional;",
          "",
          "/** A ban. */",
          "@dev.shardwire.annotations.ShardEvent(name = \"GUILD_BAN_ADD\", intents = \"GUILD_MODERATION\", builder = true)",
          "public interface GuildBanEvent extends GuildEvent {",
          "  /** The banned user. */",
          "  @Repr",
          "  User user();",
          "  /** Why, if given. */",
          "  Optional<String> reason();",
          "  /** Roles the user had. */",
          "  @JsonName(\"role_ids\")",
          "  List<Snowflake> roles();",
          "  /** How many messages were deleted. */",
          "  int deletedMessages();",
          "  /** Who banned, when known. */",
          "  @Nullable",
          "  Snowflake moderatorId();",
          "}");

  @Test
  void generatesImplementationAndTableAsTheGoldenFilesSay() {
    Compilation compilation = ProcessorTesting.compile(BASE, CONCRETE);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertGenerated(compilation, "test.golden.ImmutableGuildBanEvent", "ImmutableGuildBanEvent.java.txt");
    GoldenFiles.assertGenerated(compilation, "test.golden.ShardwireEventTable", "ShardwireEventTable.java.txt");
  }

  @Test
  void generatesByteIdenticalOutputForTheSameSources() {
    Compilation first = ProcessorTesting.compile(BASE, CONCRETE);
    Compilation second = ProcessorTesting.compile(CONCRETE, BASE);
    for (String name : new String[] {"test.golden.ImmutableGuildBanEvent", "test.golden.ShardwireEventTable"}) {
      assertEquals(GoldenFiles.generatedSource(first, name), GoldenFiles.generatedSource(second, name), name);
    }
  }
}
