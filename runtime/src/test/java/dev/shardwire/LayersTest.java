package dev.shardwire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("annotations").definedBy("dev.shardwire.annotations..")
        .layer("spi").definedBy("dev.shardwire.spi..")
        .layer("models").definedBy("dev.shardwire.models..")
        .layer("events").definedBy("dev.shardwire.events..")
        .layer("dispatch").definedBy("dev.shardwire.dispatch..")
        .layer("gateway").definedBy("dev.shardwire.gateway..")
        .layer("bot").definedBy("dev.shardwire", "dev.shardwire.wiring..", "dev.shardwire.redis..")
        .layer("testing").definedBy("dev.shardwire.testing..")
        .whereLayer("testing").mayNotBeAccessedByAnyLayer()
        .whereLayer("bot").mayOnlyBeAccessedByLayers("testing")
        .whereLayer("dispatch").mayOnlyBeAccessedByLayers("bot", "testing")
        .whereLayer("gateway").mayOnlyBeAccessedByLayers("bot", "testing")
        .whereLayer("events").mayOnlyBeAccessedByLayers("dispatch", "bot", "testing")
        .whereLayer("models")
        .mayOnlyBeAccessedByLayers("events", "dispatch", "gateway", "bot", "testing")
        .whereLayer("spi")
        .mayOnlyBeAccessedByLayers("models", "events", "dispatch", "gateway", "bot", "testing")
        .because("a low layer that knows a high one makes a cycle and keeps an API jar from being split out")
        .check(RUNTIME);
  }

  /**
   * The gateway's wire and session are its insides: the module does not export them, and nothing
   * outside the gateway reaches them but through its API (the shard, its options, the sink).
   */
  @Test
  void onlyTheGatewayUsesItsWireAndSession() {
    noClasses()
        .that().resideOutsideOfPackage("dev.shardwire.gateway..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.shardwire.gateway.wire..", "dev.shardwire.gateway.session..")
        .because("the gateway's API is what the rest of Shardwire and its users program against")
        .check(RUNTIME);
  }

  /** The wire reads and writes frames; it knows nothing of sessions, heartbeats or reconnects. */
  @Test
  void theWireKnowsNoSession() {
    noClasses()
        .that().resideInAPackage("dev.shardwire.gateway.wire..")
        .should().dependOnClassesThat().resideInAPackage("dev.shardwire.gateway.session..")
        .because("frames are read the same whatever the session does with them")
        .check(RUNTIME);
  }

  @Test
  void noPackageCycles() {
    slices().assignedFrom(new ByPackage()).should().beFreeOfCycles().check(RUNTIME);
  }

  /**
   * One slice per package, the root package included (a {@code ..} pattern would leave it out).
   *
   * <p>The gateway and its subpackages are one slice for now: the public shard builds its session
   * parts, which report to the public sink, so {@code gateway} and {@code gateway.session} still use
   * each other. {@link #theWireKnowsNoSession} and {@link #onlyTheGatewayUsesItsWireAndSession} hold
   * the rest of the gateway's shape meanwhile.
   */
  private static final class ByPackage implements SliceAssignment {

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      return SliceIdentifier.of(name.startsWith("dev.shardwire.gateway.") ? "dev.shardwire.gateway" : name);
    }

    @Override
    public String getDescription() {
      return "one slice per package";
    }
  }
}
