package dev.shardwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as the handler of one event type: the type of its single parameter.
 *
 * <pre>{@code
 * final class Greeter {
 *   @Subscribe void onReady(ShardReadyEvent event) { … }
 *   @Subscribe CompletionStage<Void> onChunk(MemberChunkEvent event) { … }
 *   @Subscribe void onAnyState(ShardStateEvent event) { … }
 * }
 * }</pre>
 *
 * <h2>Registering</h2>
 *
 * <p>For every class that declares {@code @Subscribe} methods the processor generates, in the
 * same package, a binding named after the class ({@code p.Greeter} → {@code
 * p.Greeter_ShardwireBinding}, {@code p.Outer.Inner} → {@code p.Outer_Inner_ShardwireBinding}).
 * It calls each handler directly (a {@code switch} over the handler's index, no reflection, no
 * lookup) and registers an instance in one step:
 *
 * <pre>{@code
 * SubscriptionGroup handle = Greeter_ShardwireBinding.register(manager, greeter);
 * // same as: manager.register(new Greeter_ShardwireBinding(greeter));
 * …
 * handle.unsubscribe(); // removes every handler of greeter at once; idempotent
 * }</pre>
 *
 * <p>Name the binding of the object's class, as you name {@code AutoValue_Foo} or {@code
 * DaggerFooComponent}; no table or index needs registering with the event manager, because the
 * binding refers to the event types' descriptors itself. Each registration binds anew:
 * registering the same instance twice makes its handlers run twice per event, and each of the two
 * handles removes only its own.
 *
 * <h2>What a handler receives</h2>
 *
 * <ul>
 *   <li>A handler of a base event ({@code ShardStateEvent}, {@code ShardEvent}, {@code Event})
 *       receives every event below it, by the event type's {@code dispatches()}.
 *   <li>Handlers declared in superclasses are bound too, before the class's own, each class's in
 *       declaration order. A handler overridden in a subclass (with or without {@code @Subscribe})
 *       is bound once and, as any Java call, runs the override. A subclass's binding must be able
 *       to call its inherited handlers: a superclass in another package must make them public.
 *       Handlers declared in interfaces are not bound, and are an error.
 *   <li>Abstract handlers (in an abstract class) are allowed: the binding calls the registered
 *       instance's implementation.
 *   <li>Several handlers of one event type in one class are allowed (each runs, in order) but
 *       draw a warning, which {@code @SuppressWarnings("ShardwireDuplicateHandler")} on the
 *       method or class silences.
 * </ul>
 *
 * <h2>Rules, checked at compile time</h2>
 *
 * <p>A handler takes exactly one parameter, whose type is a {@link ShardEvent} interface (not a
 * primitive, an array or an implementation class); is not private, not static and not generic;
 * returns {@code void} (finished on return) or a {@code java.util.concurrent.CompletionStage}
 * or a subtype such as {@code CompletableFuture} (finished when the stage completes); and its
 * class is neither private, nor nested in a private class, nor local or anonymous. A handler may
 * declare checked exceptions ({@code throws Exception} or narrower, not {@code Throwable}): what
 * it throws, like a stage that completes exceptionally, is caught by the event manager and
 * dispatched as an {@code ExceptionEvent}; the other handlers still run. Each broken rule is a
 * compile error on the method, parameter or class, with a message that says how to fix it; one
 * compilation reports all of them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Subscribe {}
