package dev.shardwire.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shardwire.dispatch.BuiltInTables;
import dev.shardwire.processor.model.BuiltInEvents;
import dev.shardwire.spi.EventTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor finds the built-in dispatch names in the packages it lists; the runtime's tables
 * must live in exactly those packages, or a bot's event could claim a built-in name unnoticed.
 */
class BuiltInPackagesTest {

  @Test
  void theProcessorListsEveryPackageOfTheRuntimesTables() {
    List<String> packages = BuiltInTables.tables().stream().map(EventTable::getClass).map(Class::getPackageName).sorted().toList();
    assertEquals(BuiltInEvents.PACKAGES.stream().sorted().toList(), packages);
  }
}
