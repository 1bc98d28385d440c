package dev.shardwire.silent;

import dev.shardwire.annotations.Subscribe;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener class whose generated binding is the only thing that names the event's table. */
public class WebhookHandlers {
  final List<WebhooksUpdateEvent> received = new CopyOnWriteArrayList<>();

  @Subscribe
  void onWebhooks(WebhooksUpdateEvent event) {
    received.add(event);
  }
}
