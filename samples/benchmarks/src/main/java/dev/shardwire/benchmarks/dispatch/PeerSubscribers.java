package dev.shardwire.benchmarks.dispatch;

import org.openjdk.jmh.infra.Blackhole;

/**
 * One-handler subscribers for the peer event buses, each in its own annotation dialect, each with
 * the body of {@link BenchListeners}: read the payload, give it to the Blackhole.
 */
public final class PeerSubscribers {

  private PeerSubscribers() {}

  /** For Guava's {@code EventBus}. */
  public static final class Guava {
    private final Blackhole blackhole;

    public Guava(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @com.google.common.eventbus.Subscribe
    public void on(BenchLeafEvent event) {
      blackhole.consume(event.value());
    }
  }

  /** For greenrobot's {@code EventBus}. */
  public static final class Greenrobot {
    private final Blackhole blackhole;

    public Greenrobot(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @org.greenrobot.eventbus.Subscribe
    public void on(BenchLeafEvent event) {
      blackhole.consume(event.value());
    }
  }

  /** For MBassador. */
  public static final class Mbassador {
    private final Blackhole blackhole;

    public Mbassador(Blackhole blackhole) {
      this.blackhole = blackhole;
    }

    @net.engio.mbassy.listener.Handler
    public void on(BenchLeafEvent event) {
      blackhole.consume(event.value());
    }
  }
}
