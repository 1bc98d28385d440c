/*
 * One hundred distinct listener classes per framework, as anonymous subclasses of the ten-handler
 * listeners: every `new X() {}` below is a class of its own. Peers that scan listeners with
 * reflection cache what they found per class, so registering instances of many classes costs them
 * a scan per class (the subclass and its superclass's ten handlers). Shardwire registers a
 * subclass through its superclass's generated binding, so the number of classes costs it nothing:
 * that difference is what the 100-class rows measure.
 */
package dev.shardwire.benchmarks.register;

import java.util.List;
import java.util.function.Supplier;

/** Factories of one hundred distinct listener classes for each framework. */
final class HundredClasses {

  /** How many classes each list holds. */
  static final int CLASSES = 100;

  /** One hundred distinct subclasses of {@link ShardwireTen}. */
  static final List<Supplier<ShardwireTen>> SHARDWIRE =
      List.of(
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {},
          () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {}, () -> new ShardwireTen() {});

  /** One hundred distinct subclasses of {@link GuavaTen}. */
  static final List<Supplier<GuavaTen>> GUAVA =
      List.of(
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {},
          () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {}, () -> new GuavaTen() {});

  /** One hundred distinct subclasses of {@link GreenrobotTen}. */
  static final List<Supplier<GreenrobotTen>> GREENROBOT =
      List.of(
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {},
          () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {}, () -> new GreenrobotTen() {});

  private HundredClasses() {}
}
