package dev.shardwire;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layers, bottom up, as the README's design notes draw them: each layer uses only
 * the layers below it, {@code dispatch} and {@code gateway} never use each other, and no two
 * packages depend on each other in a cycle. The next cycle fails the build here.
 */
class LayersTest {

  private static final JavaClasses RUNTIME =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("/dev/shardwire/processor/"))
          .importPackages("dev.shardwire");

  /**
   * The gateway has layers of its own, bottom up: its API (the shard's interface, commands, stores,
   * exceptions), the wire (frames), the session (connections, heartbeats, identify, resume), and
   * the client that assembles them ({@code WebSocketGatewayShard}, {@code ShardOptions}). Wire and
   * session are not exported; outside the gateway only its API and its client are used.
   */
  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("annotations").definedBy("dev.shardwire.annotations..")
        .layer("spi").definedBy("dev.shardwire.spi..")
        .layer("models").definedBy("dev.shardwire.models..")
        .layer("events").definedBy("dev.shardwire.events..")
        .layer("dispatch").definedBy("dev.shardwire.dispatch..")
        .layer("gateway API").definedBy("dev.shardwire.gateway")
        .layer("gateway wire").definedBy("dev.shardwire.gateway.wire..")
        .layer("gateway session").definedBy("dev.shardwire.gateway.session..")
        .layer("gateway client").definedBy("dev.shardwire.gateway.client..")
        .layer("bot").definedBy("dev.shardwire", "dev.shardwire.wiring..", "dev.shardwire.redis..")
        .layer("testing").definedBy("dev.shardwire.testing..")
        .whereLayer("testing").mayNotBeAccessedByAnyLayer()
        .whereLayer("bot").mayOnlyBeAccessedByLayers("testing")
        .whereLayer("dispatch").mayOnlyBeAccessedByLayers("bot", "testing")
        .whereLayer("gateway client").mayOnlyBeAccessedByLayers("bot", "testing")
        .whereLayer("gateway session").mayOnlyBeAccessedByLayers("gateway client")
        .whereLayer("gateway wire").mayOnlyBeAccessedByLayers("gateway session", "gateway client")
        .whereLayer("gateway API")
        .mayOnlyBeAccessedByLayers("gateway wire", "gateway session", "gateway client", "bot",
            "testing")
        .whereLayer("events").mayOnlyBeAccessedByLayers("dispatch", "bot", "testing")
        .whereLayer("models")
        .mayOnlyBeAccessedByLayers("events", "dispatch", "gateway API", "gateway wire",
            "gateway session", "gateway client", "bot", "testing")
        .whereLayer("spi")
        .mayOnlyBeAccessedByLayers("models", "events", "dispatch", "gateway API", "gateway wire",
            "gateway session", "gateway client", "bot", "testing")
        .because("a low layer that knows a high one makes a cycle and keeps an API jar from being split out")
        .check(RUNTIME);
  }

  @Test
  void noPackageCycles() {
    slices().assignedFrom(new ByPackage()).should().beFreeOfCycles().check(RUNTIME);
  }

  /** One slice per package, the root package included (a {@code ..} pattern would leave it out). */
  private static final class ByPackage implements SliceAssignment {

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return SliceIdentifier.of(javaClass.getPackageName());
    }

    @Override
    public String getDescription() {
      return "one slice per package";
    }
  }
}
