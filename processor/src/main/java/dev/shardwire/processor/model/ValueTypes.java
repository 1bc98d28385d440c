package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Classifies Java types into the model's {@link ValueType}s. */
public final class ValueTypes {

  private static final Set<String> BOXES =
      Set.of(
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double");

  private ValueTypes() {}

  /**
   * Classifies {@code type}.
   *
   * @param keyPath the {@code @KeyedBy} path of the property, empty when it has none
   */
  public static ValueType classify(TypeMirror type, List<String> keyPath) {
    if (type.getKind().isPrimitive()) {
      return new ValueType.Primitive(type.toString());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new ValueType.Opaque(TypeRefs.of(type));
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    switch (name) {
      case "java.lang.String":
        return new ValueType.Text();
      case KnownTypes.SNOWFLAKE:
        return new ValueType.SnowflakeId();
      case KnownTypes.JSON_NODE:
        return new ValueType.JsonTree();
      case "java.util.Optional":
        return arguments.size() == 1
            ? new ValueType.OptionalOf(classify(arguments.get(0), List.of()))
            : new ValueType.Opaque(TypeRefs.of(type));
      case "java.util.List":
        return arguments.size() == 1
            ? new ValueType.ListOf(classify(arguments.get(0), List.of()), keyPath)
            : new ValueType.Opaque(TypeRefs.of(type));
      case "java.util.Set":
        return arguments.size() == 1
            ? new ValueType.SetOf(classify(arguments.get(0), List.of()), keyPath)
            : new ValueType.Opaque(TypeRefs.of(type));
      case "java.util.Map":
        return arguments.size() == 2
            ? new ValueType.MapOf(
                classify(arguments.get(0), List.of()), classify(arguments.get(1), List.of()), keyPath)
            : new ValueType.Opaque(TypeRefs.of(type));
      default:
        break;
    }
    if (BOXES.contains(name)) {
      return new ValueType.Boxed(unboxedKeyword(element.getSimpleName().toString()));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return new ValueType.EnumValue(TypeRefs.nameOf(element), enumConstants(element));
    }
    if (Annotations.has(element, KnownTypes.GATEWAY_MODEL_ANNOTATION)) {
      return new ValueType.Model(TypeRefs.nameOf(element));
    }
    if (hasFlagsFactory(element)) {
      return new ValueType.Flags(TypeRefs.nameOf(element));
    }
    return new ValueType.Opaque(TypeRefs.of(type));
  }

  /**
   * Why the generated decoder cannot read {@code type}, or {@code null} when it can. The reason
   * is phrased to follow "cannot be decoded from JSON: ".
   */
  public static String undecodableReason(ValueType type) {
    if (type instanceof ValueType.Opaque opaque) {
      return "the decoder does not know the type " + describe(opaque.type());
    }
    if (type instanceof ValueType.JsonTree) {
      return "raw JSON trees are built by the shard, not by a decoder";
    }
    if (type instanceof ValueType.Primitive primitive && primitive.keyword().equals("char")) {
      return "char has no JSON form; use String";
    }
    if (type instanceof ValueType.OptionalOf optional) {
      if (isCollection(optional.element())) {
        return "an Optional collection is ambiguous; use the collection (absent reads as empty)";
      }
      if (optional.element() instanceof ValueType.OptionalOf) {
        return "Optional<Optional<…>> is not supported";
      }
      return undecodableReason(optional.element());
    }
    if (type instanceof ValueType.ListOf list) {
      return elementReason(list.element(), list.keyPath());
    }
    if (type instanceof ValueType.SetOf set) {
      return elementReason(set.element(), set.keyPath());
    }
    if (type instanceof ValueType.MapOf map) {
      if (map.keyPath().isEmpty()) {
        return "a Map is read from a JSON array and needs @KeyedBy naming the key field of each element";
      }
      if (!(map.key() instanceof ValueType.SnowflakeId || map.key() instanceof ValueType.Text)) {
        return "a Map's key must be Snowflake or String";
      }
      return elementReason(map.value(), List.of());
    }
    return null;
  }

  private static String elementReason(ValueType element, List<String> keyPath) {
    if (isCollection(element) || element instanceof ValueType.OptionalOf) {
      return "collections of collections or of Optionals are not supported";
    }
    if (!keyPath.isEmpty() && element instanceof ValueType.Model) {
      return "@KeyedBy on a collection plucks one field of each element, so the element type must be"
          + " that field's type, not a model";
    }
    return undecodableReason(element);
  }

  /** Whether {@code type} is a List, Set or Map. */
  public static boolean isCollection(ValueType type) {
    return type instanceof ValueType.ListOf
        || type instanceof ValueType.SetOf
        || type instanceof ValueType.MapOf;
  }

  private static String describe(TypeRef type) {
    if (type instanceof TypeRef.Declared declared) {
      return declared.name().canonicalName();
    }
    return type.toString();
  }

  private static List<ValueType.EnumConstant> enumConstants(TypeElement element) {
    List<ValueType.EnumConstant> constants = new ArrayList<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
        String constant = enclosed.getSimpleName().toString();
        String json =
            Annotations.stringValue(enclosed, KnownTypes.JSON_NAME)
                .orElse(constant.toLowerCase(Locale.ROOT));
        constants.add(new ValueType.EnumConstant(constant, json));
      }
    }
    return constants;
  }

  private static boolean hasFlagsFactory(TypeElement element) {
    for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("of")
          && method.getModifiers().contains(Modifier.STATIC)
          && method.getModifiers().contains(Modifier.PUBLIC)
          && method.getParameters().size() == 1
          && method.getParameters().get(0).asType().getKind() == TypeKind.LONG) {
        return true;
      }
    }
    return false;
  }

  private static String unboxedKeyword(String boxSimpleName) {
    return switch (boxSimpleName) {
      case "Integer" -> "int";
      default -> boxSimpleName.toLowerCase(Locale.ROOT);
    };
  }
}
