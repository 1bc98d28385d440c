package dev.shardwire.processor.validation;

import dev.shardwire.processor.model.Annotations;
import dev.shardwire.processor.model.HandlerMethods;
import dev.shardwire.processor.model.KnownTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the rules of a class with {@code @Subscribe} methods, reporting every violation on the
 * method, parameter or class that causes it, all in one pass.
 */
public final class ListenerValidator {

  private final Elements elements;
  private final Types types;
  private final SourceTypes sources;

  /** A validator that looks types up in {@code elements} and compares them with {@code types}. */
  public ListenerValidator(Elements elements, Types types, SourceTypes sources) {
    this.elements = elements;
    this.types = types;
    this.sources = sources;
  }

  /** Validates {@code type}, a class that declares at least one {@code @Subscribe} method. */
  public void validate(TypeElement type, Reporter reporter) {
    List<ExecutableElement> own =
        ElementFilter.methodsIn(type.getEnclosedElements()).stream()
            .filter(HandlerMethods::isHandler)
            .toList();
    if (type.getKind().isInterface()) {
      for (ExecutableElement method : own) {
        reporter.error(Message.HANDLER_IN_INTERFACE, method, display(method), type.getSimpleName());
      }
      return;
    }
    if (isLocal(type)) {
      for (ExecutableElement method : own) {
        reporter.error(Message.LISTENER_LOCAL, method, display(method));
      }
      return;
    }
    if (!isReachable(type)) {
      reporter.error(Message.LISTENER_NOT_ACCESSIBLE, type, type.getSimpleName());
    }
    sources.warnIfAuxiliary(type, reporter);
    for (ExecutableElement method : own) {
      validateMethod(method, reporter);
    }
    List<HandlerMethods.Found> all = HandlerMethods.of(type, elements);
    for (HandlerMethods.Found found : all) {
      if (!found.declared().getEnclosingElement().equals(type)) {
        validateInherited(type, found, reporter);
      }
    }
    if (reporter.isClean()) {
      warnDuplicates(type, all, reporter);
    }
  }

  /** The checks of one {@code @Subscribe} method, each reported on the method or its parameter. */
  void validateMethod(ExecutableElement method, Reporter reporter) {
    String name = display(method);
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.error(Message.HANDLER_PRIVATE, method, name);
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      reporter.error(
          Message.HANDLER_STATIC, method, name, method.getEnclosingElement().getSimpleName(), method.getSimpleName());
    }
    if (!method.getTypeParameters().isEmpty()) {
      String parameters =
          method.getTypeParameters().stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
      reporter.error(Message.HANDLER_GENERIC, method, name, parameters);
    }
    if (method.getParameters().size() != 1) {
      reporter.error(Message.HANDLER_PARAMETERS, method, name, method.getParameters().size());
    } else {
      validateParameter(method, method.getParameters().get(0), reporter);
    }
    TypeMirror returned = method.getReturnType();
    if (returned.getKind() != TypeKind.VOID && !isStage(returned)) {
      reporter.error(Message.HANDLER_RETURN, method, name, simple(returned));
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (!isSubtypeOf(thrown, "java.lang.Exception") && !isSubtypeOf(thrown, "java.lang.Error")) {
        reporter.error(Message.HANDLER_THROWS, method, name, simple(thrown));
      }
    }
  }

  private void validateParameter(ExecutableElement method, VariableElement parameter, Reporter reporter) {
    TypeMirror type = parameter.asType();
    if (type.getKind().isPrimitive() || type.getKind() == TypeKind.ARRAY) {
      reporter.error(Message.HANDLER_PARAMETER_PRIMITIVE, parameter, display(method), type);
      return;
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      Element owner = ((TypeVariable) type).asElement().getEnclosingElement();
      // A type parameter of the method itself is the generic-method rule's error.
      if (!owner.equals(method)) {
        TypeMirror bound = types.erasure(type);
        String example = isEvent(bound) ? simple(bound) + " (the bound of " + type + ")" : "ShardReadyEvent";
        reporter.error(
            Message.HANDLER_PARAMETER_TYPE_VARIABLE,
            parameter,
            display(method),
            type,
            owner.getSimpleName(),
            owner.getSimpleName(),
            example);
      }
      return;
    }
    if (!isEvent(type)) {
      // Only a type of the user's own sources can be made an event; for any other the fix is to
      // take an event type.
      if (type.getKind() == TypeKind.DECLARED
          && sources.isSourceInterface((TypeElement) ((DeclaredType) type).asElement())) {
        reporter.error(Message.HANDLER_PARAMETER_NOT_EVENT, parameter, display(method), type, simple(type));
      } else {
        reporter.error(Message.HANDLER_PARAMETER_NOT_EVENT_FOREIGN, parameter, display(method), type);
      }
    }
  }

  /**
   * An inherited handler must be valid where it is declared (reported there too when that class
   * is compiled with it) and callable from the binding, which lives in {@code type}'s package.
   */
  private void validateInherited(TypeElement type, HandlerMethods.Found found, Reporter reporter) {
    ExecutableElement declared = found.declared();
    TypeElement owner = (TypeElement) declared.getEnclosingElement();
    Reporter scratch = new Reporter();
    validateMethod(declared, scratch);
    if (!scratch.isClean()) {
      reporter.error(
          Message.INHERITED_HANDLER_INVALID,
          type,
          type.getSimpleName(),
          display(declared),
          owner.getSimpleName(),
          scratch.firstError(),
          owner.getSimpleName(),
          owner.getSimpleName());
      return;
    }
    ExecutableElement visible = found.visible();
    boolean samePackage = packageOf(visible).equals(packageOf(type));
    if (!visible.getModifiers().contains(Modifier.PUBLIC) && !samePackage) {
      TypeElement visibleOwner = (TypeElement) visible.getEnclosingElement();
      reporter.error(
          Message.INHERITED_HANDLER_INACCESSIBLE,
          type,
          type.getSimpleName(),
          display(visible),
          visibleOwner.getQualifiedName(),
          type.getSimpleName(),
          visible.getSimpleName(),
          type.getSimpleName(),
          packageOf(visible));
    }
  }

  /** Two handlers of one event type in one class are legal (both run) but usually a slip. */
  private void warnDuplicates(TypeElement type, List<HandlerMethods.Found> all, Reporter reporter) {
    Map<String, List<ExecutableElement>> byEvent = new LinkedHashMap<>();
    for (HandlerMethods.Found found : all) {
      TypeElement event = (TypeElement) ((DeclaredType) found.declared().getParameters().get(0).asType()).asElement();
      byEvent.computeIfAbsent(event.getQualifiedName().toString(), e -> new ArrayList<>()).add(found.declared());
    }
    for (Map.Entry<String, List<ExecutableElement>> entry : byEvent.entrySet()) {
      List<ExecutableElement> methods = entry.getValue();
      if (methods.size() < 2) {
        continue;
      }
      ExecutableElement last = methods.get(methods.size() - 1);
      Element target = last.getEnclosingElement().equals(type) ? last : type;
      if (isSuppressed(target, Message.DUPLICATE_HANDLER)) {
        continue;
      }
      String names = methods.stream().map(m -> m.getSimpleName() + "()").collect(Collectors.joining(", "));
      String event = entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1);
      reporter.warning(Message.DUPLICATE_HANDLER, target, type.getSimpleName(), event, names);
    }
  }

  /** Whether {@code @SuppressWarnings} with the message's tag is on {@code element} or around it. */
  private static boolean isSuppressed(Element element, Message message) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      Optional<AnnotationMirror> suppress = Annotations.find(current, "java.lang.SuppressWarnings");
      if (suppress.isPresent() && Annotations.strings(suppress.get(), "value").contains(message.tag())) {
        return true;
      }
    }
    return false;
  }

  private boolean isEvent(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.INTERFACE
        && Annotations.has(element, KnownTypes.SHARD_EVENT_ANNOTATION)
        && isSubtypeOf(type, KnownTypes.EVENT);
  }

  private boolean isStage(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED && isSubtypeOf(type, "java.util.concurrent.CompletionStage");
  }

  private boolean isSubtypeOf(TypeMirror type, String canonicalName) {
    TypeElement target = elements.getTypeElement(canonicalName);
    return target != null && types.isSubtype(types.erasure(type), types.erasure(target.asType()));
  }

  /** Whether the class or one enclosing it is local or anonymous: generated code cannot name it. */
  static boolean isLocal(TypeElement type) {
    Element current = type;
    while (current instanceof TypeElement each) {
      if (each.getNestingKind() == NestingKind.LOCAL || each.getNestingKind() == NestingKind.ANONYMOUS) {
        return true;
      }
      current = current.getEnclosingElement();
    }
    return !(current instanceof PackageElement);
  }

  private static boolean isReachable(TypeElement type) {
    return ShapeValidator.isReachable(type);
  }

  private String packageOf(Element element) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }

  /** {@code onReady(ShardReadyEvent)}: the method as a message names it. */
  static String display(ExecutableElement method) {
    String parameters =
        method.getParameters().stream().map(p -> simple(p.asType())).collect(Collectors.joining(", "));
    return method.getSimpleName() + "(" + parameters + ")";
  }

  private static String simple(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      String name = declared.asElement().getSimpleName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return name;
      }
      return name
          + declared.getTypeArguments().stream().map(ListenerValidator::simple).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return simple(((javax.lang.model.type.ArrayType) type).getComponentType()) + "[]";
    }
    return type.toString();
  }
}
