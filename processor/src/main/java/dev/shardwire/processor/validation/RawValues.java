package dev.shardwire.processor.validation;

import dev.shardwire.processor.model.Annotations;
import dev.shardwire.processor.model.KnownTypes;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.TypeRef;
import dev.shardwire.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The rules of a {@code @RawValueOf} accessor: it names an enum property of the same interface,
 * no other accessor names the same one, and its type is the enum property's with the enum replaced
 * by {@code String}, so that absent and {@code null} read as they do for the enum.
 */
final class RawValues {

  private static final QualifiedName STRING = QualifiedName.of("java.lang", "String");

  private RawValues() {}

  /**
   * Checks {@code accessor}, whose model is {@code companion}.
   *
   * @param properties every property of {@code type}, inherited ones included, in accessor order
   */
  static void check(
      ExecutableElement accessor,
      PropertyModel companion,
      Map<String, PropertyModel> properties,
      TypeElement type,
      Reporter reporter) {
    AnnotationMirror annotation = Annotations.find(accessor, KnownTypes.RAW_VALUE_OF).orElseThrow();
    String target = companion.rawValueOf().orElseThrow();
    String name = companion.name() + "()";
    PropertyModel enumProperty = properties.get(target);
    String why = null;
    if (enumProperty == null) {
      why = "it has no accessor " + target + "()";
    } else if (enumProperty.fromContext() || enumProperty.rawValueOf().isPresent() || !isEnumProperty(enumProperty.valueType())) {
      why = target + "() is a " + display(enumProperty.type());
    }
    if (why != null) {
      reporter.error(
          Message.RAW_VALUE_OF_NO_ENUM, accessor, annotation, target, name, type.getSimpleName(), type.getSimpleName(), why);
      return;
    }
    for (PropertyModel other : properties.values()) {
      if (other != companion
          && other.rawValueOf().equals(companion.rawValueOf())
          && declaredBefore(other, companion, properties)) {
        reporter.error(
            Message.RAW_VALUE_OF_DUPLICATE, accessor, annotation, target, name, type.getSimpleName(), other.name() + "()", target);
        return;
      }
    }
    TypeRef expected = withString(enumProperty.type());
    if (!companion.type().equals(expected) || companion.nullable() != enumProperty.nullable()) {
      String expectedText = (enumProperty.nullable() ? "@Nullable " : "") + display(expected);
      String actualText = (companion.nullable() ? "@Nullable " : "") + display(companion.type());
      reporter.error(
          Message.RAW_VALUE_OF_TYPE,
          accessor,
          annotation,
          target,
          name,
          type.getSimpleName(),
          actualText,
          target,
          expectedText,
          expectedText,
          companion.name());
    }
  }

  private static boolean declaredBefore(PropertyModel a, PropertyModel b, Map<String, PropertyModel> properties) {
    List<String> order = List.copyOf(properties.keySet());
    return order.indexOf(a.name()) < order.indexOf(b.name());
  }

  private static boolean isEnumProperty(ValueType type) {
    if (type instanceof ValueType.OptionalOf optional) {
      return optional.element() instanceof ValueType.EnumValue;
    }
    if (type instanceof ValueType.OptionalNullableOf optional) {
      return optional.element() instanceof ValueType.EnumValue;
    }
    return type instanceof ValueType.EnumValue;
  }

  /** {@code Status} → {@code String}, {@code Optional<Status>} → {@code Optional<String>}. */
  private static TypeRef withString(TypeRef enumType) {
    TypeRef.Declared declared = (TypeRef.Declared) enumType;
    if (declared.arguments().isEmpty()) {
      return new TypeRef.Declared(STRING, List.of());
    }
    return new TypeRef.Declared(declared.name(), List.of(new TypeRef.Declared(STRING, List.of())));
  }

  /** A type as a user writes it: simple names, type arguments in angle brackets. */
  private static String display(TypeRef type) {
    if (type instanceof TypeRef.Declared declared) {
      String simple = declared.name().simpleName();
      if (declared.arguments().isEmpty()) {
        return simple;
      }
      return simple + declared.arguments().stream().map(RawValues::display).collect(Collectors.joining(", ", "<", ">"));
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive.keyword();
    }
    return type.toString();
  }
}
