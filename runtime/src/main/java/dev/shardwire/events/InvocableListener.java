package dev.shardwire.events;

import java.util.concurrent.CompletionStage;

/**
 * A listener as the event manager calls it: with one event, done when the returned stage
 * completes. Every listener the event manager subscribes is one, so {@link
 * ExceptionEvent#retry()} can call a failed listener again without knowing the dispatcher.
 */
public interface InvocableListener {

  /**
   * Calls the listener with {@code event}, on the calling thread.
   *
   * @return a stage that completes when the listener has finished with the event
   * @throws Exception whatever a synchronous listener throws
   */
  CompletionStage<?> invoke(Event event) throws Exception;
}
