package dev.shardwire.processor;

import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.TypeRefs;
import dev.shardwire.processor.validation.Message;
import dev.shardwire.processor.validation.Reporter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * Which source type each name generated in this compilation stands for, across rounds and across
 * both steps. Generated names flatten nesting and case ({@code Bot.Handlers} and {@code
 * Bot_Handlers} both want {@code Bot_Handlers_ShardwireBinding}; {@code Message.Create} and {@code
 * MessageCreate} are both {@code MESSAGE_CREATE} in the table), so two types can meet in one; the
 * second is told so before anything of it is written, where the Filer would refuse the file.
 */
final class GeneratedNameClaims {

  /** Keyed by package, a space, then the generated name (a type, or {@code Table.CONSTANT}). */
  private final Map<String, QualifiedName> owners = new HashMap<>();

  /**
   * Claims {@code names} (in {@code type}'s package) for {@code type}, or reports on {@code type}
   * the first that another type holds and claims none of them.
   *
   * @return whether every name is now {@code type}'s
   */
  boolean claim(TypeElement type, List<String> names, Reporter reporter) {
    QualifiedName self = TypeRefs.nameOf(type);
    for (String name : names) {
      QualifiedName previous = owners.get(key(self, name));
      if (previous != null && !previous.equals(self)) {
        String where = self.packageName().isEmpty() ? "the default package" : "package " + self.packageName();
        reporter.error(Message.GENERATED_NAME_CLASH, type, previous, self, name, where);
        return false;
      }
    }
    names.forEach(name -> owners.put(key(self, name), self));
    return true;
  }

  private static String key(QualifiedName type, String name) {
    return type.packageName() + " " + name;
  }
}
