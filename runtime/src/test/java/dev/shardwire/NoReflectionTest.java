package dev.shardwire;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The runtime calls generated code only: nothing in its main code (generated code included) may
 * use reflection, load classes by name or look up method handles.
 */
class NoReflectionTest {

  private static final JavaClasses RUNTIME =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.shardwire");

  @Test
  void runtimeDoesNotUseJavaLangReflect() {
    ArchRule rule =
        noClasses()
            .that().resideOutsideOfPackage("dev.shardwire.processor..")
            .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .because("the dispatcher calls generated code only");
    rule.check(RUNTIME);
  }

  @Test
  void runtimeDoesNotLoadClassesByNameOrInstantiateReflectively() {
    ArchRule rule =
        noClasses()
            .that().resideOutsideOfPackage("dev.shardwire.processor..")
            .should().callMethod(Class.class, "forName", String.class)
            .orShould().callMethod(Class.class, "forName", String.class, boolean.class, ClassLoader.class)
            .orShould().callMethod(Class.class, "newInstance")
            .orShould().callMethod(Class.class, "getDeclaredMethods")
            .orShould().callMethod(Class.class, "getMethods")
            .orShould().callMethod(Class.class, "getDeclaredFields")
            .orShould().callMethod(Class.class, "getDeclaredConstructors")
            .because("event types and listeners are found through generated tables and bindings");
    rule.check(RUNTIME);
  }

  @Test
  void runtimeDoesNotLookUpMethodHandles() {
    ArchRule rule =
        noClasses()
            .that().resideOutsideOfPackage("dev.shardwire.processor..")
            .should().callMethodWhere(
                com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(java.lang.invoke.MethodHandles.class))))
            .because("handlers are bound by generated code, not looked up");
    rule.check(RUNTIME);
  }
}
