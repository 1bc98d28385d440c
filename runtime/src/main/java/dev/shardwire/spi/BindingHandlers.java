package dev.shardwire.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The event types and names of a listener class's handlers, by index, as a {@link
 * GeneratedBinding} gives them: a constant per generated binding class, written one handler a
 * line,
 *
 * <pre>{@code
 * BindingHandlers.of(ShardwireEventTable.SHARD_READY_EVENT, "Greeter.onReady(ShardReadyEvent)")
 *     .and(ShardwireEventTable.MEMBER_CHUNK_EVENT, "Greeter.onChunk(MemberChunkEvent)")
 * }</pre>
 *
 * <p>Immutable: {@link #and} answers a longer list.
 */
public final class BindingHandlers {

  private final List<EventType<?>> types;
  private final List<String> names;

  private BindingHandlers(List<EventType<?>> types, List<String> names) {
    this.types = types;
    this.names = names;
  }

  /**
   * One handler, index 0, listening to {@code type} and named {@code name}.
   *
   * @throws NullPointerException if {@code type} or {@code name} is null
   */
  public static BindingHandlers of(EventType<?> type, String name) {
    return new BindingHandlers(List.of(), List.of()).and(type, name);
  }

  /**
   * These handlers, then one more: the next index listens to {@code type} and is named {@code
   * name}.
   *
   * @throws NullPointerException if {@code type} or {@code name} is null
   */
  public BindingHandlers and(EventType<?> type, String name) {
    return new BindingHandlers(
        append(types, Objects.requireNonNull(type, "type must not be null")),
        append(names, Objects.requireNonNull(name, "name must not be null")));
  }

  /** How many handlers there are. */
  public int size() {
    return types.size();
  }

  /** The event type handler {@code index} listens to. */
  public EventType<?> type(int index) {
    return types.get(index);
  }

  /** The name of handler {@code index}, as {@code Greeter.onReady(ShardReadyEvent)}. */
  public String name(int index) {
    return names.get(index);
  }

  @Override
  public String toString() {
    return "BindingHandlers" + names;
  }

  private static <V> List<V> append(List<V> list, V value) {
    List<V> longer = new ArrayList<>(list.size() + 1);
    longer.addAll(list);
    longer.add(value);
    return List.copyOf(longer);
  }
}
