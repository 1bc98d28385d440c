package dev.shardwire.processor;

import dev.shardwire.processor.validation.Message;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Turns a bug in the processor into a readable compile error on the element being processed,
 * instead of a javac crash, and lets the other elements go on; a generated type that a source
 * already declares is the user's error, and says so.
 */
final class ProcessorGuard {

  private ProcessorGuard() {}

  static void run(Messager messager, Element element, Runnable work) {
    try {
      work.run();
    } catch (GeneratedTypeTaken e) {
      String name = element instanceof TypeElement type ? type.getQualifiedName().toString() : element.toString();
      messager.printMessage(Diagnostic.Kind.ERROR, Message.GENERATED_TYPE_EXISTS.format(name, e.typeName()), element);
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      messager.printMessage(
          Diagnostic.Kind.ERROR, Message.INTERNAL_ERROR.format(element, trace), element);
    }
  }
}
