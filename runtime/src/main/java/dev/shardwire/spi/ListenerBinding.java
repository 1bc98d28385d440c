package dev.shardwire.spi;

import java.util.concurrent.CompletionStage;

/**
 * Calls the handlers of one listener object directly, by index: what the processor generates for
 * a class with {@code @Subscribe} methods, registered in one step with {@code
 * EventManager.register(ListenerBinding)}.
 *
 * <p>Handler {@code i} listens to {@link #eventType(int) eventType(i)}. The event manager keeps
 * one entry per handler and calls {@link #invoke} from one call site: every handler of one object
 * goes through one class, so that call site sees few classes however many handlers a bot has,
 * and the handler calls inside {@code invoke} are direct calls the JIT can inline. Generated
 * bindings extend {@link GeneratedBinding}; a typical generated body:
 *
 * <pre>{@code
 * public CompletionStage<?> invoke(int index, Object event) throws Exception {
 *   switch (index) {
 *     case 0 -> target.onReady((ShardReadyEvent) event);
 *     case 1 -> {
 *       return target.onChunk((MemberChunkEvent) event);
 *     }
 *     default -> throw new IndexOutOfBoundsException(index);
 *   }
 *   return null;
 * }
 * }</pre>
 *
 * <p>Each handler is isolated: when one throws, the others of the same object still run.
 */
public abstract class ListenerBinding {

  /** For subclasses. */
  protected ListenerBinding() {}

  /** The object whose handlers this binding calls. */
  public abstract Object target();

  /** How many handlers the object has. */
  public abstract int handlerCount();

  /** The event type handler {@code index} listens to. */
  public abstract EventType<?> eventType(int index);

  /**
   * Calls handler {@code index} with {@code event}, which is an instance of {@link
   * #eventType(int) eventType(index)}.
   *
   * @return the stage an asynchronous handler returned, or {@code null} for a {@code void} one
   * @throws Exception whatever the handler throws
   */
  public abstract CompletionStage<?> invoke(int index, Object event) throws Exception;

  /**
   * The name of handler {@code index}, for logs and {@code toString()}: by default the target's
   * class and the index. Generated bindings return the method's name.
   */
  public String handlerName(int index) {
    return target().getClass().getSimpleName() + "#" + index;
  }
}
