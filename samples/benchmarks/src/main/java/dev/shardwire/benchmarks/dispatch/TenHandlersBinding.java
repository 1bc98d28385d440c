package dev.shardwire.benchmarks.dispatch;

import dev.shardwire.dispatch.EventType;
import dev.shardwire.dispatch.ListenerBinding;
import dev.shardwire.events.Event;
import java.util.concurrent.CompletionStage;

/**
 * The binding the processor generates for a {@code @Subscribe} class like {@link TenHandlers}
 * (written by hand here until the binding writer exists): one class calls every handler of the
 * object directly, so the event manager's call site sees one class.
 */
public final class TenHandlersBinding extends ListenerBinding {

  private static final EventType<?>[] TYPES = {
    ShardwireEventTable.BENCH_LEAF_EVENT,
    ShardwireEventTable.BENCH_LEAF_EVENT,
    ShardwireEventTable.BENCH_LEAF_EVENT,
    ShardwireEventTable.BENCH_LEAF_EVENT,
    ShardwireEventTable.BENCH_MID_EVENT,
    ShardwireEventTable.BENCH_MID_EVENT,
    ShardwireEventTable.BENCH_MID_EVENT,
    ShardwireEventTable.BENCH_EVENT,
    ShardwireEventTable.BENCH_EVENT,
    ShardwireEventTable.BENCH_EVENT,
  };

  private final TenHandlers target;

  public TenHandlersBinding(TenHandlers target) {
    this.target = target;
  }

  @Override
  public Object target() {
    return target;
  }

  @Override
  public int handlerCount() {
    return TYPES.length;
  }

  @Override
  public EventType<?> eventType(int index) {
    return TYPES[index];
  }

  @Override
  public CompletionStage<?> invoke(int index, Event event) {
    switch (index) {
      case 0:
        target.onLeaf1((BenchLeafEvent) event);
        return null;
      case 1:
        target.onLeaf2((BenchLeafEvent) event);
        return null;
      case 2:
        target.onLeaf3((BenchLeafEvent) event);
        return null;
      case 3:
        target.onLeaf4((BenchLeafEvent) event);
        return null;
      case 4:
        target.onMid1((BenchMidEvent) event);
        return null;
      case 5:
        target.onMid2((BenchMidEvent) event);
        return null;
      case 6:
        target.onMid3((BenchMidEvent) event);
        return null;
      case 7:
        target.onBase1((BenchEvent) event);
        return null;
      case 8:
        target.onBase2((BenchEvent) event);
        return null;
      case 9:
        target.onBase3((BenchEvent) event);
        return null;
      default:
        throw new IndexOutOfBoundsException(index);
    }
  }
}
