package dev.shardwire.spi;

import java.util.List;

/** Stub of the runtime's {@code App}: what {@code Event.app()} returns. */
public interface App {
  List<? extends Shard> shards();
}
