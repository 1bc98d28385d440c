package dev.shardwire.spi;

import java.util.List;
import java.util.Objects;

/**
 * The base of the bindings the processor generates: the handlers' event types and names are two
 * lists fixed per listener class, so a generated binding writes only {@link #invoke}, its one
 * method with code of its own. Handler {@code i} listens to {@code types.get(i)} and is named
 * {@code names.get(i)} (as {@code Greeter.onReady(ShardReadyEvent)}).
 */
public abstract class GeneratedBinding extends ListenerBinding {

  private final Object target;
  private final List<EventType<?>> types;
  private final List<String> names;

  /**
   * @param target the object whose handlers the subclass's {@code invoke} calls
   * @param types each handler's event type, by index
   * @param names each handler's name, by index
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if the two lists differ in size
   */
  protected GeneratedBinding(Object target, List<EventType<?>> types, List<String> names) {
    this.target = Objects.requireNonNull(target, "target must not be null");
    if (types.size() != names.size()) {
      throw new IllegalArgumentException(types.size() + " event types for " + names.size() + " handler names");
    }
    this.types = types;
    this.names = names;
  }

  @Override
  public final Object target() {
    return target;
  }

  @Override
  public final int handlerCount() {
    return types.size();
  }

  @Override
  public final EventType<?> eventType(int index) {
    return types.get(index);
  }

  @Override
  public final String handlerName(int index) {
    return names.get(index);
  }
}
