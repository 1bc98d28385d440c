package dev.shardwire.benchmarks.dispatch;

/** One-handler subscribers for the peer event buses, each in its own annotation dialect. */
public final class PeerSubscribers {

  private PeerSubscribers() {}

  /** For Guava's {@code EventBus}. */
  public static final class Guava {
    public long calls;

    @com.google.common.eventbus.Subscribe
    public void on(BenchLeafEvent event) {
      calls++;
    }
  }

  /** For greenrobot's {@code EventBus}. */
  public static final class Greenrobot {
    public long calls;

    @org.greenrobot.eventbus.Subscribe
    public void on(BenchLeafEvent event) {
      calls++;
    }
  }

  /** For MBassador. */
  public static final class Mbassador {
    public long calls;

    @net.engio.mbassy.listener.Handler
    public void on(BenchLeafEvent event) {
      calls++;
    }
  }
}
