package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotation mirrors by name. The processor reads annotations as mirrors (never through
 * {@code getAnnotation}) because the annotation classes need not be on its own class path.
 */
public final class Annotations {

  private Annotations() {}

  /** The annotation of type {@code canonicalName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String canonicalName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(canonicalName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code element} carries the annotation. */
  public static boolean has(Element element, String canonicalName) {
    return find(element, canonicalName).isPresent();
  }

  /** Whether {@code element} or its type carries an annotation whose simple name is {@code Nullable}. */
  public static boolean isNullable(ExecutableElement method) {
    List<AnnotationMirror> all = new ArrayList<>(method.getAnnotationMirrors());
    all.addAll(method.getReturnType().getAnnotationMirrors());
    for (AnnotationMirror mirror : all) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(KnownTypes.NULLABLE_SIMPLE_NAME)) {
        return true;
      }
    }
    return false;
  }

  /** The explicitly written or default value of {@code member}. */
  public static Optional<AnnotationValue> value(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(entry.getValue());
      }
    }
    TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
    for (Element enclosed : type.getEnclosedElements()) {
      if (enclosed instanceof ExecutableElement method
          && method.getSimpleName().contentEquals(member)
          && method.getDefaultValue() != null) {
        return Optional.of(method.getDefaultValue());
      }
    }
    return Optional.empty();
  }

  /** The value of a {@code String} member, or {@code ""}. */
  public static String string(AnnotationMirror mirror, String member) {
    return value(mirror, member).map(v -> (String) v.getValue()).orElse("");
  }

  /** The value of a {@code boolean} member, or {@code false}. */
  public static boolean bool(AnnotationMirror mirror, String member) {
    return value(mirror, member).map(v -> (Boolean) v.getValue()).orElse(false);
  }

  /** The values of a {@code String[]} member. */
  public static List<String> strings(AnnotationMirror mirror, String member) {
    List<String> result = new ArrayList<>();
    value(mirror, member)
        .ifPresent(
            v -> {
              @SuppressWarnings("unchecked")
              List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) v.getValue();
              for (AnnotationValue each : values) {
                result.add((String) each.getValue());
              }
            });
    return result;
  }

  /** The {@code value} of a single-member annotation on {@code element}, if present. */
  public static Optional<String> stringValue(Element element, String canonicalName) {
    return find(element, canonicalName).map(m -> string(m, "value"));
  }
}
