package dev.shardwire.spi;

import java.util.Objects;

/**
 * The base of the bindings the processor generates: it holds the target and the handlers' event
 * types and names, so a generated binding writes only {@link #invoke}, its one method with code of
 * its own. The handlers are a {@link BindingHandlers} list, a constant per listener class: handler
 * {@code i} listens to {@code handlers.type(i)} and is named {@code handlers.name(i)} (as {@code
 * Greeter.onReady(ShardReadyEvent)}).
 *
 * @param <T> the listener class
 */
public abstract class GeneratedBinding<T> extends ListenerBinding {

  /** The object whose handlers {@link #invoke} calls. */
  protected final T target;

  private final BindingHandlers handlers;

  /**
   * @param target the object whose handlers the subclass's {@code invoke} calls
   * @param handlers each handler's event type and name, by index
   * @throws NullPointerException if {@code target} is null
   */
  protected GeneratedBinding(T target, BindingHandlers handlers) {
    this.target = Objects.requireNonNull(target, "target must not be null");
    this.handlers = Objects.requireNonNull(handlers, "handlers must not be null");
  }

  @Override
  public final Object target() {
    return target;
  }

  @Override
  public final int handlerCount() {
    return handlers.size();
  }

  @Override
  public final EventType<?> eventType(int index) {
    return handlers.type(index);
  }

  @Override
  public final String handlerName(int index) {
    return handlers.name(index);
  }
}
