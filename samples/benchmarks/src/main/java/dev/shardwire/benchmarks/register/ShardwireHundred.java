/*
 * One hundred listener classes that differ only in name, written by a script: peers that scan
 * listeners with reflection cache what they found per class, so registering instances of many
 * classes costs them more than registering many instances of one.
 */
package dev.shardwire.benchmarks.register;

import dev.shardwire.benchmarks.dispatch.BenchEvent;
import dev.shardwire.benchmarks.dispatch.BenchLeafEvent;
import dev.shardwire.benchmarks.dispatch.BenchMidEvent;
import dev.shardwire.annotations.Subscribe;
import dev.shardwire.dispatch.EventManager;
import dev.shardwire.dispatch.SubscriptionGroup;

/** One hundred listener classes of ten handlers each (Shardwire's @Subscribe (package-private handlers: the generated binding calls them directly)). */
@SuppressWarnings("ShardwireDuplicateHandler") // ten handlers over three event types, on purpose
public final class ShardwireHundred {

  /** How many classes there are. */
  public static final int CLASSES = 100;

  private ShardwireHundred() {}

  /** A new instance of class {@code k}. */
  public static Object newInstance(int k) {
    return switch (k) {
      case 0 -> new L00();
      case 1 -> new L01();
      case 2 -> new L02();
      case 3 -> new L03();
      case 4 -> new L04();
      case 5 -> new L05();
      case 6 -> new L06();
      case 7 -> new L07();
      case 8 -> new L08();
      case 9 -> new L09();
      case 10 -> new L10();
      case 11 -> new L11();
      case 12 -> new L12();
      case 13 -> new L13();
      case 14 -> new L14();
      case 15 -> new L15();
      case 16 -> new L16();
      case 17 -> new L17();
      case 18 -> new L18();
      case 19 -> new L19();
      case 20 -> new L20();
      case 21 -> new L21();
      case 22 -> new L22();
      case 23 -> new L23();
      case 24 -> new L24();
      case 25 -> new L25();
      case 26 -> new L26();
      case 27 -> new L27();
      case 28 -> new L28();
      case 29 -> new L29();
      case 30 -> new L30();
      case 31 -> new L31();
      case 32 -> new L32();
      case 33 -> new L33();
      case 34 -> new L34();
      case 35 -> new L35();
      case 36 -> new L36();
      case 37 -> new L37();
      case 38 -> new L38();
      case 39 -> new L39();
      case 40 -> new L40();
      case 41 -> new L41();
      case 42 -> new L42();
      case 43 -> new L43();
      case 44 -> new L44();
      case 45 -> new L45();
      case 46 -> new L46();
      case 47 -> new L47();
      case 48 -> new L48();
      case 49 -> new L49();
      case 50 -> new L50();
      case 51 -> new L51();
      case 52 -> new L52();
      case 53 -> new L53();
      case 54 -> new L54();
      case 55 -> new L55();
      case 56 -> new L56();
      case 57 -> new L57();
      case 58 -> new L58();
      case 59 -> new L59();
      case 60 -> new L60();
      case 61 -> new L61();
      case 62 -> new L62();
      case 63 -> new L63();
      case 64 -> new L64();
      case 65 -> new L65();
      case 66 -> new L66();
      case 67 -> new L67();
      case 68 -> new L68();
      case 69 -> new L69();
      case 70 -> new L70();
      case 71 -> new L71();
      case 72 -> new L72();
      case 73 -> new L73();
      case 74 -> new L74();
      case 75 -> new L75();
      case 76 -> new L76();
      case 77 -> new L77();
      case 78 -> new L78();
      case 79 -> new L79();
      case 80 -> new L80();
      case 81 -> new L81();
      case 82 -> new L82();
      case 83 -> new L83();
      case 84 -> new L84();
      case 85 -> new L85();
      case 86 -> new L86();
      case 87 -> new L87();
      case 88 -> new L88();
      case 89 -> new L89();
      case 90 -> new L90();
      case 91 -> new L91();
      case 92 -> new L92();
      case 93 -> new L93();
      case 94 -> new L94();
      case 95 -> new L95();
      case 96 -> new L96();
      case 97 -> new L97();
      case 98 -> new L98();
      case 99 -> new L99();
      default -> throw new IndexOutOfBoundsException(k);
    };
  }

  /** Registers {@code listener}, an instance of class {@code k}, through that class's generated binding. */
  public static SubscriptionGroup register(EventManager manager, Object listener, int k) {
    return switch (k) {
      case 0 -> ShardwireHundred_L00_ShardwireBinding.register(manager, (L00) listener);
      case 1 -> ShardwireHundred_L01_ShardwireBinding.register(manager, (L01) listener);
      case 2 -> ShardwireHundred_L02_ShardwireBinding.register(manager, (L02) listener);
      case 3 -> ShardwireHundred_L03_ShardwireBinding.register(manager, (L03) listener);
      case 4 -> ShardwireHundred_L04_ShardwireBinding.register(manager, (L04) listener);
      case 5 -> ShardwireHundred_L05_ShardwireBinding.register(manager, (L05) listener);
      case 6 -> ShardwireHundred_L06_ShardwireBinding.register(manager, (L06) listener);
      case 7 -> ShardwireHundred_L07_ShardwireBinding.register(manager, (L07) listener);
      case 8 -> ShardwireHundred_L08_ShardwireBinding.register(manager, (L08) listener);
      case 9 -> ShardwireHundred_L09_ShardwireBinding.register(manager, (L09) listener);
      case 10 -> ShardwireHundred_L10_ShardwireBinding.register(manager, (L10) listener);
      case 11 -> ShardwireHundred_L11_ShardwireBinding.register(manager, (L11) listener);
      case 12 -> ShardwireHundred_L12_ShardwireBinding.register(manager, (L12) listener);
      case 13 -> ShardwireHundred_L13_ShardwireBinding.register(manager, (L13) listener);
      case 14 -> ShardwireHundred_L14_ShardwireBinding.register(manager, (L14) listener);
      case 15 -> ShardwireHundred_L15_ShardwireBinding.register(manager, (L15) listener);
      case 16 -> ShardwireHundred_L16_ShardwireBinding.register(manager, (L16) listener);
      case 17 -> ShardwireHundred_L17_ShardwireBinding.register(manager, (L17) listener);
      case 18 -> ShardwireHundred_L18_ShardwireBinding.register(manager, (L18) listener);
      case 19 -> ShardwireHundred_L19_ShardwireBinding.register(manager, (L19) listener);
      case 20 -> ShardwireHundred_L20_ShardwireBinding.register(manager, (L20) listener);
      case 21 -> ShardwireHundred_L21_ShardwireBinding.register(manager, (L21) listener);
      case 22 -> ShardwireHundred_L22_ShardwireBinding.register(manager, (L22) listener);
      case 23 -> ShardwireHundred_L23_ShardwireBinding.register(manager, (L23) listener);
      case 24 -> ShardwireHundred_L24_ShardwireBinding.register(manager, (L24) listener);
      case 25 -> ShardwireHundred_L25_ShardwireBinding.register(manager, (L25) listener);
      case 26 -> ShardwireHundred_L26_ShardwireBinding.register(manager, (L26) listener);
      case 27 -> ShardwireHundred_L27_ShardwireBinding.register(manager, (L27) listener);
      case 28 -> ShardwireHundred_L28_ShardwireBinding.register(manager, (L28) listener);
      case 29 -> ShardwireHundred_L29_ShardwireBinding.register(manager, (L29) listener);
      case 30 -> ShardwireHundred_L30_ShardwireBinding.register(manager, (L30) listener);
      case 31 -> ShardwireHundred_L31_ShardwireBinding.register(manager, (L31) listener);
      case 32 -> ShardwireHundred_L32_ShardwireBinding.register(manager, (L32) listener);
      case 33 -> ShardwireHundred_L33_ShardwireBinding.register(manager, (L33) listener);
      case 34 -> ShardwireHundred_L34_ShardwireBinding.register(manager, (L34) listener);
      case 35 -> ShardwireHundred_L35_ShardwireBinding.register(manager, (L35) listener);
      case 36 -> ShardwireHundred_L36_ShardwireBinding.register(manager, (L36) listener);
      case 37 -> ShardwireHundred_L37_ShardwireBinding.register(manager, (L37) listener);
      case 38 -> ShardwireHundred_L38_ShardwireBinding.register(manager, (L38) listener);
      case 39 -> ShardwireHundred_L39_ShardwireBinding.register(manager, (L39) listener);
      case 40 -> ShardwireHundred_L40_ShardwireBinding.register(manager, (L40) listener);
      case 41 -> ShardwireHundred_L41_ShardwireBinding.register(manager, (L41) listener);
      case 42 -> ShardwireHundred_L42_ShardwireBinding.register(manager, (L42) listener);
      case 43 -> ShardwireHundred_L43_ShardwireBinding.register(manager, (L43) listener);
      case 44 -> ShardwireHundred_L44_ShardwireBinding.register(manager, (L44) listener);
      case 45 -> ShardwireHundred_L45_ShardwireBinding.register(manager, (L45) listener);
      case 46 -> ShardwireHundred_L46_ShardwireBinding.register(manager, (L46) listener);
      case 47 -> ShardwireHundred_L47_ShardwireBinding.register(manager, (L47) listener);
      case 48 -> ShardwireHundred_L48_ShardwireBinding.register(manager, (L48) listener);
      case 49 -> ShardwireHundred_L49_ShardwireBinding.register(manager, (L49) listener);
      case 50 -> ShardwireHundred_L50_ShardwireBinding.register(manager, (L50) listener);
      case 51 -> ShardwireHundred_L51_ShardwireBinding.register(manager, (L51) listener);
      case 52 -> ShardwireHundred_L52_ShardwireBinding.register(manager, (L52) listener);
      case 53 -> ShardwireHundred_L53_ShardwireBinding.register(manager, (L53) listener);
      case 54 -> ShardwireHundred_L54_ShardwireBinding.register(manager, (L54) listener);
      case 55 -> ShardwireHundred_L55_ShardwireBinding.register(manager, (L55) listener);
      case 56 -> ShardwireHundred_L56_ShardwireBinding.register(manager, (L56) listener);
      case 57 -> ShardwireHundred_L57_ShardwireBinding.register(manager, (L57) listener);
      case 58 -> ShardwireHundred_L58_ShardwireBinding.register(manager, (L58) listener);
      case 59 -> ShardwireHundred_L59_ShardwireBinding.register(manager, (L59) listener);
      case 60 -> ShardwireHundred_L60_ShardwireBinding.register(manager, (L60) listener);
      case 61 -> ShardwireHundred_L61_ShardwireBinding.register(manager, (L61) listener);
      case 62 -> ShardwireHundred_L62_ShardwireBinding.register(manager, (L62) listener);
      case 63 -> ShardwireHundred_L63_ShardwireBinding.register(manager, (L63) listener);
      case 64 -> ShardwireHundred_L64_ShardwireBinding.register(manager, (L64) listener);
      case 65 -> ShardwireHundred_L65_ShardwireBinding.register(manager, (L65) listener);
      case 66 -> ShardwireHundred_L66_ShardwireBinding.register(manager, (L66) listener);
      case 67 -> ShardwireHundred_L67_ShardwireBinding.register(manager, (L67) listener);
      case 68 -> ShardwireHundred_L68_ShardwireBinding.register(manager, (L68) listener);
      case 69 -> ShardwireHundred_L69_ShardwireBinding.register(manager, (L69) listener);
      case 70 -> ShardwireHundred_L70_ShardwireBinding.register(manager, (L70) listener);
      case 71 -> ShardwireHundred_L71_ShardwireBinding.register(manager, (L71) listener);
      case 72 -> ShardwireHundred_L72_ShardwireBinding.register(manager, (L72) listener);
      case 73 -> ShardwireHundred_L73_ShardwireBinding.register(manager, (L73) listener);
      case 74 -> ShardwireHundred_L74_ShardwireBinding.register(manager, (L74) listener);
      case 75 -> ShardwireHundred_L75_ShardwireBinding.register(manager, (L75) listener);
      case 76 -> ShardwireHundred_L76_ShardwireBinding.register(manager, (L76) listener);
      case 77 -> ShardwireHundred_L77_ShardwireBinding.register(manager, (L77) listener);
      case 78 -> ShardwireHundred_L78_ShardwireBinding.register(manager, (L78) listener);
      case 79 -> ShardwireHundred_L79_ShardwireBinding.register(manager, (L79) listener);
      case 80 -> ShardwireHundred_L80_ShardwireBinding.register(manager, (L80) listener);
      case 81 -> ShardwireHundred_L81_ShardwireBinding.register(manager, (L81) listener);
      case 82 -> ShardwireHundred_L82_ShardwireBinding.register(manager, (L82) listener);
      case 83 -> ShardwireHundred_L83_ShardwireBinding.register(manager, (L83) listener);
      case 84 -> ShardwireHundred_L84_ShardwireBinding.register(manager, (L84) listener);
      case 85 -> ShardwireHundred_L85_ShardwireBinding.register(manager, (L85) listener);
      case 86 -> ShardwireHundred_L86_ShardwireBinding.register(manager, (L86) listener);
      case 87 -> ShardwireHundred_L87_ShardwireBinding.register(manager, (L87) listener);
      case 88 -> ShardwireHundred_L88_ShardwireBinding.register(manager, (L88) listener);
      case 89 -> ShardwireHundred_L89_ShardwireBinding.register(manager, (L89) listener);
      case 90 -> ShardwireHundred_L90_ShardwireBinding.register(manager, (L90) listener);
      case 91 -> ShardwireHundred_L91_ShardwireBinding.register(manager, (L91) listener);
      case 92 -> ShardwireHundred_L92_ShardwireBinding.register(manager, (L92) listener);
      case 93 -> ShardwireHundred_L93_ShardwireBinding.register(manager, (L93) listener);
      case 94 -> ShardwireHundred_L94_ShardwireBinding.register(manager, (L94) listener);
      case 95 -> ShardwireHundred_L95_ShardwireBinding.register(manager, (L95) listener);
      case 96 -> ShardwireHundred_L96_ShardwireBinding.register(manager, (L96) listener);
      case 97 -> ShardwireHundred_L97_ShardwireBinding.register(manager, (L97) listener);
      case 98 -> ShardwireHundred_L98_ShardwireBinding.register(manager, (L98) listener);
      case 99 -> ShardwireHundred_L99_ShardwireBinding.register(manager, (L99) listener);
      default -> throw new IndexOutOfBoundsException(k);
    };
  }

  /** Listener class 0. */
  public static final class L00 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 1. */
  public static final class L01 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 2. */
  public static final class L02 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 3. */
  public static final class L03 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 4. */
  public static final class L04 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 5. */
  public static final class L05 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 6. */
  public static final class L06 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 7. */
  public static final class L07 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 8. */
  public static final class L08 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 9. */
  public static final class L09 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 10. */
  public static final class L10 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 11. */
  public static final class L11 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 12. */
  public static final class L12 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 13. */
  public static final class L13 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 14. */
  public static final class L14 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 15. */
  public static final class L15 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 16. */
  public static final class L16 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 17. */
  public static final class L17 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 18. */
  public static final class L18 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 19. */
  public static final class L19 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 20. */
  public static final class L20 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 21. */
  public static final class L21 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 22. */
  public static final class L22 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 23. */
  public static final class L23 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 24. */
  public static final class L24 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 25. */
  public static final class L25 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 26. */
  public static final class L26 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 27. */
  public static final class L27 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 28. */
  public static final class L28 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 29. */
  public static final class L29 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 30. */
  public static final class L30 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 31. */
  public static final class L31 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 32. */
  public static final class L32 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 33. */
  public static final class L33 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 34. */
  public static final class L34 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 35. */
  public static final class L35 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 36. */
  public static final class L36 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 37. */
  public static final class L37 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 38. */
  public static final class L38 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 39. */
  public static final class L39 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 40. */
  public static final class L40 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 41. */
  public static final class L41 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 42. */
  public static final class L42 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 43. */
  public static final class L43 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 44. */
  public static final class L44 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 45. */
  public static final class L45 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 46. */
  public static final class L46 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 47. */
  public static final class L47 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 48. */
  public static final class L48 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 49. */
  public static final class L49 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 50. */
  public static final class L50 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 51. */
  public static final class L51 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 52. */
  public static final class L52 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 53. */
  public static final class L53 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 54. */
  public static final class L54 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 55. */
  public static final class L55 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 56. */
  public static final class L56 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 57. */
  public static final class L57 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 58. */
  public static final class L58 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 59. */
  public static final class L59 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 60. */
  public static final class L60 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 61. */
  public static final class L61 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 62. */
  public static final class L62 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 63. */
  public static final class L63 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 64. */
  public static final class L64 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 65. */
  public static final class L65 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 66. */
  public static final class L66 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 67. */
  public static final class L67 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 68. */
  public static final class L68 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 69. */
  public static final class L69 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 70. */
  public static final class L70 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 71. */
  public static final class L71 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 72. */
  public static final class L72 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 73. */
  public static final class L73 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 74. */
  public static final class L74 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 75. */
  public static final class L75 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 76. */
  public static final class L76 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 77. */
  public static final class L77 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 78. */
  public static final class L78 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 79. */
  public static final class L79 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 80. */
  public static final class L80 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 81. */
  public static final class L81 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 82. */
  public static final class L82 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 83. */
  public static final class L83 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 84. */
  public static final class L84 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 85. */
  public static final class L85 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 86. */
  public static final class L86 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 87. */
  public static final class L87 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 88. */
  public static final class L88 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 89. */
  public static final class L89 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 90. */
  public static final class L90 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 91. */
  public static final class L91 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 92. */
  public static final class L92 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 93. */
  public static final class L93 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 94. */
  public static final class L94 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 95. */
  public static final class L95 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 96. */
  public static final class L96 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 97. */
  public static final class L97 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 98. */
  public static final class L98 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 99. */
  public static final class L99 {
    /** Handler calls. */
    public long calls;

    @Subscribe void on0(BenchLeafEvent event) { calls++; }
    @Subscribe void on1(BenchLeafEvent event) { calls++; }
    @Subscribe void on2(BenchLeafEvent event) { calls++; }
    @Subscribe void on3(BenchLeafEvent event) { calls++; }
    @Subscribe void on4(BenchMidEvent event) { calls++; }
    @Subscribe void on5(BenchMidEvent event) { calls++; }
    @Subscribe void on6(BenchMidEvent event) { calls++; }
    @Subscribe void on7(BenchEvent event) { calls++; }
    @Subscribe void on8(BenchEvent event) { calls++; }
    @Subscribe void on9(BenchEvent event) { calls++; }
  }
}
