package dev.shardwire.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The generated decoder of the small event of {@link GoldenEventTest} (a nested model, an {@code
 * Optional}, a {@code List} under an overridden JSON name, a primitive, a {@code @Nullable} id and
 * context properties), against a golden file. Rewrite it with {@code
 * -Dshardwire.golden.update=true} (see {@link GoldenFiles}).
 */
class GoldenDecoderTest {

  private static final String DECODER = "test.golden.GuildBanEventDecoder";

  @Test
  void generatesTheDecoderAsTheGoldenFileSays() {
    Compilation compilation = ProcessorTesting.compile(GoldenEventTest.BASE, GoldenEventTest.CONCRETE);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertGenerated(compilation, DECODER, "GuildBanEventDecoder.java.txt");
  }

  @Test
  void generatesByteIdenticalDecodersForTheSameSources() {
    Compilation first = ProcessorTesting.compile(GoldenEventTest.BASE, GoldenEventTest.CONCRETE);
    Compilation second = ProcessorTesting.compile(GoldenEventTest.CONCRETE, GoldenEventTest.BASE);
    assertEquals(GoldenFiles.generatedSource(first, DECODER), GoldenFiles.generatedSource(second, DECODER));
  }
}
