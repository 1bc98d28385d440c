package dev.shardwire.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.shardwire.processor.validation.RuleTesting.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.shardwire.processor.ShardwireProcessor;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per {@code @Subscribe} rule: the exact message, on the exact line. */
class SubscribeRulesTest {

  static JavaFileObject source(String name, String... lines) {
    return sourceIn("test", name, lines);
  }

  static JavaFileObject sourceIn(String packageName, String name, String... lines) {
    return RuleTesting.source(packageName, name,
        List.of("dev.shardwire.annotations.Subscribe", "dev.shardwire.events.*", "java.util.concurrent.*"), lines);
  }

  @Test
  void noParameter() {
    assertError(
        source("L", "class L {", "  @Subscribe void onNothing() {}", "}"),
        "[ShardwireHandlerParameters] @Subscribe method onNothing() must take exactly one parameter,"
            + " the event it handles, but it takes 0; declare one parameter whose type is a"
            + " @ShardEvent interface",
        "void onNothing()");
  }

  @Test
  void twoParameters() {
    assertError(
        source("L", "class L {", "  @Subscribe void onTwo(ShardReadyEvent a, ShardResumedEvent b) {}", "}"),
        "[ShardwireHandlerParameters] @Subscribe method onTwo(ShardReadyEvent, ShardResumedEvent)"
            + " must take exactly one parameter, the event it handles, but it takes 2;",
        "void onTwo(");
  }

  @Test
  void parameterNotAnEvent() {
    assertError(
        source("L", "class L {", "  @Subscribe void onText(String text) {}", "}"),
        "[ShardwireHandlerParameterNotEvent] @Subscribe method onText(String) takes"
            + " java.lang.String, which is not an event type; a handler's parameter must be an"
            + " interface annotated @ShardEvent that extends dev.shardwire.events.Event: take one,"
            + " such as ShardReadyEvent, or declare your own event interface and take it",
        "void onText(String text)");
  }

  @Test
  void parameterExtendsEventWithoutTheAnnotation() {
    assertError(
        source(
            "L",
            "class L {",
            "  interface Custom extends Event {}",
            "  @Subscribe void onCustom(Custom event) {}",
            "}"),
        "[ShardwireHandlerParameterNotEvent] @Subscribe method onCustom(Custom) takes test.L.Custom,"
            + " which is not an event type; annotate Custom with @ShardEvent",
        "void onCustom(Custom event)");
  }

  @Test
  void primitiveParameter() {
    assertError(
        source("L", "class L {", "  @Subscribe void onCode(int code) {}", "}"),
        "[ShardwireHandlerParameterPrimitive] @Subscribe method onCode(int) takes int, but a"
            + " handler's parameter must be an event interface, not a primitive or an array;"
            + " declare it as the event type, such as ShardReadyEvent",
        "void onCode(int code)");
  }

  @Test
  void arrayParameter() {
    assertError(
        source("L", "class L {", "  @Subscribe void onMany(ShardReadyEvent[] events) {}", "}"),
        "[ShardwireHandlerParameterPrimitive] @Subscribe method onMany(ShardReadyEvent[]) takes"
            + " dev.shardwire.events.ShardReadyEvent[], but a handler's parameter must be an event"
            + " interface, not a primitive or an array;",
        "void onMany(ShardReadyEvent[] events)");
  }

  @Test
  void privateMethod() {
    assertError(
        source("L", "class L {", "  @Subscribe private void onReady(ShardReadyEvent event) {}", "}"),
        "[ShardwireHandlerPrivate] @Subscribe methods must not be private, because the generated"
            + " binding calls them directly; make onReady(ShardReadyEvent) package-private or public",
        "private void onReady");
  }

  @Test
  void staticMethod() {
    assertError(
        source("L", "class L {", "  @Subscribe static void onReady(ShardReadyEvent event) {}", "}"),
        "[ShardwireHandlerStatic] @Subscribe methods must not be static, because a binding calls the"
            + " handlers of one registered instance; make onReady(ShardReadyEvent) an instance"
            + " method, or subscribe the static method itself with EventManager.subscribe(TYPE,"
            + " L::onReady)",
        "static void onReady");
  }

  @Test
  void genericMethod() {
    assertError(
        source("L", "class L {", "  @Subscribe <E extends ShardEvent> void onAny(E event) {}", "}"),
        "[ShardwireHandlerGeneric] @Subscribe method onAny(E) must not declare type parameters,"
            + " because its event type must be known at compile time; remove <E> and declare the"
            + " parameter as the most specific event type that covers what it handles, such as"
            + " ShardEvent",
        "void onAny(E event)");
  }

  @Test
  void genericMethodIsOneErrorNotTwo() {
    JavaFileObject source = source("L", "class L {", "  @Subscribe <E extends ShardEvent> void onAny(E event) {}", "}");
    Compilation compilation = RuleTesting.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ShardwireHandlerGeneric]").inFile(source).onLineContaining("void onAny(E event)");
  }

  @Test
  void parameterOfTheClassTypeParameter() {
    assertError(
        source("L", "abstract class L<E extends ShardEvent> {", "  @Subscribe void onAny(E event) {}", "}"),
        "[ShardwireHandlerParameterTypeVariable] @Subscribe method onAny(E) takes E, a type"
            + " parameter of L, but a binding calls the handler of every L with the event type known"
            + " at compile time; declare the parameter as an event type, such as ShardEvent (the"
            + " bound of E), or declare the handler in each subclass with its own event type",
        "void onAny(E event)");
  }

  @Test
  void aSourceTypeNamedLikeTheBinding() {
    JavaFileObject taken = source("L_ShardwireBinding", "class L_ShardwireBinding {}");
    assertError(
        source("L", "class L {", "  @Subscribe void onReady(ShardReadyEvent event) {}", "}"),
        "[ShardwireGeneratedTypeExists] the code generated for test.L includes"
            + " test.L_ShardwireBinding, but a source of this compilation already declares a type of"
            + " that name; rename that type",
        "class L {",
        taken);
  }

  @Test
  void listenersWhoseBindingNamesMeet() {
    JavaFileObject nested =
        source("Bot", "class Bot {", "  static class Handlers {", "    @Subscribe void onReady(ShardReadyEvent event) {}", "  }", "}");
    JavaFileObject flat = source("Bot_Handlers", "class Bot_Handlers {", "  @Subscribe void onReady(ShardReadyEvent event) {}", "}");
    // Listeners are taken in name order (test.Bot.Handlers first), so the flat one is reported.
    Compilation compilation = RuleTesting.compile(nested, flat);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[ShardwireGeneratedNameClash] test.Bot.Handlers and test.Bot_Handlers would both be"
                + " Bot_Handlers_ShardwireBinding in the code generated for package test, but a"
                + " generated name stands for one type; rename one of them")
        .inFile(flat)
        .onLineContaining("class Bot_Handlers");
    // The stubs of this module lack the binding's runtime types: count the processor's errors only.
    List<String> reported =
        compilation.errors().stream().map(d -> d.getMessage(null)).filter(m -> m.startsWith("[Shardwire")).toList();
    assertEquals(1, reported.size(), reported::toString);
  }

  @Test
  void returnsSomethingElse() {
    assertError(
        source("L", "class L {", "  @Subscribe int onReady(ShardReadyEvent event) { return 0; }", "}"),
        "[ShardwireHandlerReturn] @Subscribe method onReady(ShardReadyEvent) returns int, but a"
            + " handler returns void or a java.util.concurrent.CompletionStage that completes when it"
            + " has finished; change the return type",
        "int onReady(");
  }

  @Test
  void returnsAFutureThatIsNoStage() {
    assertError(
        source("L", "class L {", "  @Subscribe Future<?> onReady(ShardReadyEvent event) { return null; }", "}"),
        "[ShardwireHandlerReturn] @Subscribe method onReady(ShardReadyEvent) returns Future<?>,",
        "Future<?> onReady(");
  }

  @Test
  void throwsThrowable() {
    assertError(
        source("L", "class L {", "  @Subscribe void onReady(ShardReadyEvent event) throws Throwable {}", "}"),
        "[ShardwireHandlerThrows] @Subscribe method onReady(ShardReadyEvent) declares 'throws"
            + " Throwable', but a handler may throw only exceptions (they are reported as an"
            + " ExceptionEvent); declare 'throws Exception' or narrower",
        "throws Throwable");
  }

  @Test
  void declaredInAnInterface() {
    assertError(
        source("L", "interface L {", "  @Subscribe void onReady(ShardReadyEvent event);", "}"),
        "[ShardwireHandlerInInterface] @Subscribe method onReady(ShardReadyEvent) is declared in"
            + " interface L, but handlers are bound along the superclass chain only; move it to a"
            + " class, such as an abstract class",
        "void onReady(");
  }

  @Test
  void privateClass() {
    assertError(
        source(
            "L",
            "class L {",
            "  private static class Hidden {",
            "    @Subscribe void onReady(ShardReadyEvent event) {}",
            "  }",
            "}"),
        "[ShardwireListenerNotAccessible] Hidden declares @Subscribe methods but is private or"
            + " nested in a private class, so its generated binding cannot name it; make it"
            + " package-private or public",
        "private static class Hidden");
  }

  @Test
  void classNestedInAPrivateClass() {
    assertError(
        source(
            "L",
            "class L {",
            "  private static class Hidden {",
            "    static class Inner {",
            "      @Subscribe void onReady(ShardReadyEvent event) {}",
            "    }",
            "  }",
            "}"),
        "[ShardwireListenerNotAccessible] Inner declares @Subscribe methods but is private or nested"
            + " in a private class",
        "static class Inner");
  }

  // javac runs a processor only for annotations it finds outside method bodies, so a local
  // class is checked when its file (or round) has another @Subscribe method, as a listener's
  // file usually does. Otherwise no binding exists, and code that names one does not compile.
  @Test
  void localClass() {
    assertError(
        source(
            "L",
            "class L {",
            "  @Subscribe void onReady(ShardReadyEvent event) {}",
            "  void start() {",
            "    class Local {",
            "      @Subscribe void onLocal(ShardReadyEvent event) {}",
            "    }",
            "  }",
            "}"),
        "[ShardwireListenerLocal] @Subscribe method onLocal(ShardReadyEvent) is declared in a local"
            + " or anonymous class, which generated code cannot name; move it to a top-level or"
            + " member class",
        "void onLocal(");
  }

  @Test
  void anonymousClass() {
    assertError(
        source(
            "L",
            "class L {",
            "  @Subscribe void onReady(ShardReadyEvent event) {}",
            "  Object listener = new Object() {",
            "    @Subscribe void onAnonymous(ShardReadyEvent event) {}",
            "  };",
            "}"),
        "[ShardwireListenerLocal] @Subscribe method onAnonymous(ShardReadyEvent) is declared in a"
            + " local or anonymous class",
        "void onAnonymous(");
  }

  @Test
  void classNestedInALocalClass() {
    assertError(
        source(
            "L",
            "class L {",
            "  @Subscribe void onReady(ShardReadyEvent event) {}",
            "  void start() {",
            "    class Local {",
            "      class Inner {",
            "        @Subscribe void onDeep(ShardReadyEvent event) {}",
            "      }",
            "    }",
            "  }",
            "}"),
        "[ShardwireListenerLocal] @Subscribe method onDeep(ShardReadyEvent)",
        "void onDeep(");
  }

  @Test
  void notOnAMethod() {
    // javac's own check, from @Target(METHOD): the processor never sees such a use.
    assertError(source("L", "class L {", "  @Subscribe ShardReadyEvent last;", "}"), "not applicable", "ShardReadyEvent last");
  }

  @Test
  void inheritedHandlerFromAnotherPackageThatTheBindingCannotCall() {
    JavaFileObject base =
        sourceIn(
            "test.base",
            "Base",
            "public class Base {",
            "  @Subscribe void onReady(ShardReadyEvent event) {}",
            "}");
    JavaFileObject sub =
        sourceIn(
            "test.sub",
            "Sub",
            "public class Sub extends test.base.Base {",
            "  @Subscribe void onResumed(ShardResumedEvent event) {}",
            "}");
    assertError(
        sub,
        "[ShardwireInheritedHandlerInaccessible] Sub inherits @Subscribe method"
            + " onReady(ShardReadyEvent) from test.base.Base in another package, where the binding"
            + " generated for Sub cannot call it; make onReady public, or declare Sub in package"
            + " test.base",
        "public class Sub",
        base);
  }

  @Test
  void inheritedHandlerThatBreaksARule() {
    JavaFileObject source =
        source(
            "L",
            "class L {",
            "  static class Base {",
            "    @Subscribe private void onReady(ShardReadyEvent event) {}",
            "  }",
            "  static class Sub extends Base {",
            "    @Subscribe void onResumed(ShardResumedEvent event) {}",
            "  }",
            "}");
    Compilation compilation = RuleTesting.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[ShardwireInheritedHandlerInvalid] Sub inherits @Subscribe method onReady(ShardReadyEvent)"
                + " from Base, which is not a valid handler ([ShardwireHandlerPrivate]")
        .inFile(source)
        .onLineContaining("static class Sub");
    assertThat(compilation)
        .hadErrorContaining("[ShardwireHandlerPrivate]")
        .inFile(source)
        .onLineContaining("private void onReady");
  }

  @Test
  void twoHandlersForOneTypeIsAWarningOnTheSecond() {
    JavaFileObject source =
        source(
            "L",
            "class L {",
            "  @Subscribe void first(ShardReadyEvent event) {}",
            "  @Subscribe void second(ShardReadyEvent event) {}",
            "}");
    Compilation compilation = javac().withProcessors(new ShardwireProcessor()).compile(source);
    assertThat(compilation)
        .hadWarningContaining(
            "[ShardwireDuplicateHandler] L has several @Subscribe methods for ShardReadyEvent"
                + " (first(), second()); each receives every such event, in declaration order; merge"
                + " them into one method if that is not what you meant, or add"
                + " @SuppressWarnings(\"ShardwireDuplicateHandler\") if it is")
        .inFile(source)
        .onLineContaining("void second(");
  }

  @Test
  void aListenerInAFileNamedForAnotherClassIsAWarningOnIt() {
    // javac warns [auxiliaryclass] where another file names it: in the generated binding.
    JavaFileObject source =
        source(
            "Bot",
            "public class Bot {}",
            "class Handlers {",
            "  @Subscribe void onReady(ShardReadyEvent event) {}",
            "}");
    Compilation compilation = javac().withProcessors(new ShardwireProcessor()).compile(source);
    assertThat(compilation)
        .hadWarningContaining(
            "[ShardwireAuxiliaryClass] Handlers is declared in Bot.java, a file named for another"
                + " class, so the code generated for it in files of its own names it with javac's"
                + " auxiliaryclass warning; move Handlers to a file of its own, Handlers.java")
        .inFile(source)
        .onLineContaining("class Handlers");
  }

  @Test
  void threeBadHandlersAndOneGoodAreReportedInOneCompilation() {
    JavaFileObject source =
        source(
            "L",
            "class L {",
            "  @Subscribe private void hidden(ShardReadyEvent event) {}",
            "  @Subscribe void good(ShardReadyEvent event) {}",
            "  @Subscribe void wrongType(String text) {}",
            "  @Subscribe int counted(ShardResumedEvent event) { return 1; }",
            "}");
    Compilation compilation = RuleTesting.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[ShardwireHandlerPrivate]").inFile(source).onLineContaining("void hidden(");
    assertThat(compilation)
        .hadErrorContaining("[ShardwireHandlerParameterNotEvent]")
        .inFile(source)
        .onLineContaining("void wrongType(");
    assertThat(compilation).hadErrorContaining("[ShardwireHandlerReturn]").inFile(source).onLineContaining("int counted(");
    assertThat(compilation).hadErrorCount(3);
    long goodLine = lineOf(source, "void good(");
    List<Diagnostic<? extends JavaFileObject>> onGood =
        compilation.diagnostics().stream().filter(d -> d.getLineNumber() == goodLine).toList();
    assertEquals(List.of(), onGood, "nothing is reported on the valid handler");
  }

  private static long lineOf(JavaFileObject source, String text) {
    try {
      String[] lines = source.getCharContent(false).toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(text)) {
          return i + 1;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("no line contains " + text);
  }
}
