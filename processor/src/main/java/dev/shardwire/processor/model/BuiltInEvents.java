package dev.shardwire.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The gateway dispatch names the runtime's own events already decode, read from the runtime's
 * packages on the class path, so that a bot's event claiming one is a compile error rather than a
 * clash when the bot starts.
 *
 * <p>The packages are listed here because a processor cannot enumerate the packages of a jar;
 * the runtime's {@code BuiltInPackagesTest} checks that this list names every package it has.
 */
public final class BuiltInEvents {

  /** Every runtime package that declares {@code @ShardEvent} interfaces. */
  public static final List<String> PACKAGES =
      List.of(
          "dev.shardwire.events",
          "dev.shardwire.events.channel",
          "dev.shardwire.events.guild",
          "dev.shardwire.events.interaction",
          "dev.shardwire.events.member",
          "dev.shardwire.events.message",
          "dev.shardwire.events.presence",
          "dev.shardwire.events.typing",
          "dev.shardwire.events.voice");

  private final Elements elements;
  private Map<String, QualifiedName> claimed;

  /** Reads the runtime's packages through {@code elements}, once, on the first question. */
  public BuiltInEvents(Elements elements) {
    this.elements = elements;
  }

  /** The built-in event that decodes dispatch {@code gatewayName}, if one does. */
  public Optional<QualifiedName> claimant(String gatewayName) {
    if (claimed == null) {
      claimed = scan();
    }
    return Optional.ofNullable(claimed.get(gatewayName));
  }

  private Map<String, QualifiedName> scan() {
    Map<String, QualifiedName> names = new HashMap<>();
    for (String packageName : PACKAGES) {
      PackageElement pkg = elements.getPackageElement(packageName);
      if (pkg == null) {
        continue; // compiling the runtime itself, before that package exists
      }
      for (Element member : pkg.getEnclosedElements()) {
        if (member instanceof TypeElement type) {
          Annotations.find(type, KnownTypes.SHARD_EVENT_ANNOTATION)
              .flatMap(mirror -> Annotations.value(mirror, "name"))
              .map(value -> String.valueOf(value.getValue()))
              .filter(name -> !name.isEmpty())
              .ifPresent(name -> names.putIfAbsent(name, TypeRefs.nameOf(type)));
        }
      }
    }
    return names;
  }
}
