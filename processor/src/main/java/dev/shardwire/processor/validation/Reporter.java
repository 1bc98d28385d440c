package dev.shardwire.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the diagnostics of one element's validation, then prints each once. A caller asks
 * {@link #isClean()} before building a model: an element with errors generates nothing.
 */
public final class Reporter {

  private record Item(Diagnostic.Kind kind, String text, Element element, AnnotationMirror annotation) {}

  private final List<Item> items = new ArrayList<>();

  /** Reports an error on {@code element}. */
  public void error(Message message, Element element, Object... arguments) {
    items.add(new Item(Diagnostic.Kind.ERROR, message.format(arguments), element, null));
  }

  /** Reports an error on {@code annotation} of {@code element}, so the IDE underlines the annotation. */
  public void error(Message message, Element element, AnnotationMirror annotation, Object... arguments) {
    items.add(new Item(Diagnostic.Kind.ERROR, message.format(arguments), element, annotation));
  }

  /** Reports a warning on {@code element}. */
  public void warning(Message message, Element element, Object... arguments) {
    items.add(new Item(Diagnostic.Kind.WARNING, message.format(arguments), element, null));
  }

  /** Whether no error was reported. */
  public boolean isClean() {
    return items.stream().noneMatch(item -> item.kind() == Diagnostic.Kind.ERROR);
  }

  /** The text of the first error reported, or {@code ""}: lets one check quote another. */
  public String firstError() {
    return items.stream()
        .filter(item -> item.kind() == Diagnostic.Kind.ERROR)
        .map(Item::text)
        .findFirst()
        .orElse("");
  }

  /** Prints every diagnostic to {@code messager} and forgets them. */
  public void flushTo(Messager messager) {
    for (Item item : items) {
      if (item.annotation() == null) {
        messager.printMessage(item.kind(), item.text(), item.element());
      } else {
        messager.printMessage(item.kind(), item.text(), item.element(), item.annotation());
      }
    }
    items.clear();
  }
}
