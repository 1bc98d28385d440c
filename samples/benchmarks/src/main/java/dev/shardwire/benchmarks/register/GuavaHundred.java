/*
 * One hundred listener classes that differ only in name, written by a script: peers that scan
 * listeners with reflection cache what they found per class, so registering instances of many
 * classes costs them more than registering many instances of one.
 */
package dev.shardwire.benchmarks.register;

import dev.shardwire.benchmarks.dispatch.BenchEvent;
import dev.shardwire.benchmarks.dispatch.BenchLeafEvent;
import dev.shardwire.benchmarks.dispatch.BenchMidEvent;
import com.google.common.eventbus.Subscribe;

/** One hundred listener classes of ten handlers each (Guava's @Subscribe). */
public final class GuavaHundred {

  /** How many classes there are. */
  public static final int CLASSES = 100;

  private GuavaHundred() {}

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

  /** Listener class 0. */
  public static final class L00 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 1. */
  public static final class L01 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 2. */
  public static final class L02 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 3. */
  public static final class L03 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 4. */
  public static final class L04 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 5. */
  public static final class L05 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 6. */
  public static final class L06 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 7. */
  public static final class L07 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 8. */
  public static final class L08 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 9. */
  public static final class L09 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 10. */
  public static final class L10 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 11. */
  public static final class L11 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 12. */
  public static final class L12 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 13. */
  public static final class L13 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 14. */
  public static final class L14 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 15. */
  public static final class L15 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 16. */
  public static final class L16 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 17. */
  public static final class L17 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 18. */
  public static final class L18 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 19. */
  public static final class L19 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 20. */
  public static final class L20 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 21. */
  public static final class L21 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 22. */
  public static final class L22 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 23. */
  public static final class L23 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 24. */
  public static final class L24 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 25. */
  public static final class L25 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 26. */
  public static final class L26 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 27. */
  public static final class L27 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 28. */
  public static final class L28 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 29. */
  public static final class L29 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 30. */
  public static final class L30 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 31. */
  public static final class L31 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 32. */
  public static final class L32 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 33. */
  public static final class L33 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 34. */
  public static final class L34 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 35. */
  public static final class L35 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 36. */
  public static final class L36 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 37. */
  public static final class L37 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 38. */
  public static final class L38 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 39. */
  public static final class L39 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 40. */
  public static final class L40 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 41. */
  public static final class L41 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 42. */
  public static final class L42 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 43. */
  public static final class L43 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 44. */
  public static final class L44 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 45. */
  public static final class L45 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 46. */
  public static final class L46 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 47. */
  public static final class L47 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 48. */
  public static final class L48 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 49. */
  public static final class L49 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 50. */
  public static final class L50 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 51. */
  public static final class L51 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 52. */
  public static final class L52 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 53. */
  public static final class L53 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 54. */
  public static final class L54 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 55. */
  public static final class L55 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 56. */
  public static final class L56 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 57. */
  public static final class L57 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 58. */
  public static final class L58 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 59. */
  public static final class L59 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 60. */
  public static final class L60 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 61. */
  public static final class L61 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 62. */
  public static final class L62 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 63. */
  public static final class L63 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 64. */
  public static final class L64 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 65. */
  public static final class L65 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 66. */
  public static final class L66 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 67. */
  public static final class L67 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 68. */
  public static final class L68 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 69. */
  public static final class L69 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 70. */
  public static final class L70 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 71. */
  public static final class L71 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 72. */
  public static final class L72 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 73. */
  public static final class L73 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 74. */
  public static final class L74 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 75. */
  public static final class L75 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 76. */
  public static final class L76 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 77. */
  public static final class L77 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 78. */
  public static final class L78 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 79. */
  public static final class L79 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 80. */
  public static final class L80 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 81. */
  public static final class L81 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 82. */
  public static final class L82 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 83. */
  public static final class L83 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 84. */
  public static final class L84 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 85. */
  public static final class L85 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 86. */
  public static final class L86 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 87. */
  public static final class L87 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 88. */
  public static final class L88 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 89. */
  public static final class L89 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 90. */
  public static final class L90 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 91. */
  public static final class L91 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 92. */
  public static final class L92 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 93. */
  public static final class L93 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 94. */
  public static final class L94 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 95. */
  public static final class L95 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 96. */
  public static final class L96 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 97. */
  public static final class L97 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 98. */
  public static final class L98 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }

  /** Listener class 99. */
  public static final class L99 {
    /** Handler calls. */
    public long calls;

    @Subscribe public void on0(BenchLeafEvent event) { calls++; }
    @Subscribe public void on1(BenchLeafEvent event) { calls++; }
    @Subscribe public void on2(BenchLeafEvent event) { calls++; }
    @Subscribe public void on3(BenchLeafEvent event) { calls++; }
    @Subscribe public void on4(BenchMidEvent event) { calls++; }
    @Subscribe public void on5(BenchMidEvent event) { calls++; }
    @Subscribe public void on6(BenchMidEvent event) { calls++; }
    @Subscribe public void on7(BenchEvent event) { calls++; }
    @Subscribe public void on8(BenchEvent event) { calls++; }
    @Subscribe public void on9(BenchEvent event) { calls++; }
  }
}
