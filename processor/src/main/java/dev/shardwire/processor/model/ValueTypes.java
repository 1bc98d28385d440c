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
      return new ValueType.Primitive(TypeRefs.keyword(type));
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
      case KnownTypes.RAW_JSON:
        return new ValueType.RawJsonValue();
      case "java.time.Instant":
        return new ValueType.Timestamp(false);
      case "java.time.OffsetDateTime":
        return new ValueType.Timestamp(true);
      case "java.util.OptionalInt":
        return new ValueType.OptionalPrimitive("int");
      case "java.util.OptionalLong":
        return new ValueType.OptionalPrimitive("long");
      case "java.util.OptionalDouble":
        return new ValueType.OptionalPrimitive("double");
      case KnownTypes.OPTIONAL_NULLABLE:
        return arguments.size() == 1
            ? new ValueType.OptionalNullableOf(classify(arguments.get(0), List.of()))
            : new ValueType.Opaque(TypeRefs.of(type));
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
   * The types a payload property may have, as messages name them; kept in one place so that every
   * message says the same.
   */
  public static final String SUPPORTED =
      "String, boolean, int, long, double (boxed, or as OptionalInt, OptionalLong, OptionalDouble),"
          + " Snowflake, Instant, OffsetDateTime, RawJson, an enum with an @UnknownValue constant, a"
          + " bit-flag type with a static of(long), a @GatewayModel interface, List<T>, Set<T>,"
          + " Map<String or Snowflake, T>, Optional<T> and OptionalNullable<T> of these";

  /**
   * Why the generated decoder cannot read {@code type}, or {@code null} when it can. The reason
   * is phrased to follow "cannot be decoded from JSON: " and says the fix.
   */
  public static String undecodableReason(ValueType type) {
    if (type instanceof ValueType.Opaque opaque) {
      return "the decoder does not know the type "
          + describe(opaque.type())
          + "; use one of the supported types ("
          + SUPPORTED
          + "), or declare a @GatewayModel interface for it";
    }
    if (type instanceof ValueType.JsonTree) {
      return "a JsonNode is a tree the decoder would have to build on every payload; use"
          + " dev.shardwire.models.RawJson, which keeps the value as text and gives its tree()"
          + " on demand";
    }
    if (type instanceof ValueType.Primitive primitive && primitive.keyword().equals("char")) {
      return "char has no JSON form; use String";
    }
    if (type instanceof ValueType.OptionalOf optional) {
      return wrappedReason("Optional", optional.element());
    }
    if (type instanceof ValueType.OptionalNullableOf optional) {
      return wrappedReason("OptionalNullable", optional.element());
    }
    if (type instanceof ValueType.ListOf list) {
      return elementReason(list.element(), list.keyPath());
    }
    if (type instanceof ValueType.SetOf set) {
      return elementReason(set.element(), set.keyPath());
    }
    if (type instanceof ValueType.MapOf map) {
      if (!(map.key() instanceof ValueType.SnowflakeId || map.key() instanceof ValueType.Text)) {
        return "a Map's key must be Snowflake or String; change the key type";
      }
      if (map.keyPath().isEmpty()) {
        // From a JSON object: the value is any supported type.
        if (map.value() instanceof ValueType.OptionalOf || map.value() instanceof ValueType.OptionalNullableOf) {
          return "a Map's values cannot be Optional (a JSON null value is skipped); use the value type itself";
        }
        return undecodableReason(map.value());
      }
      // Values that are no model have no field to key by: ShardwireKeyedByNotModel says so.
      return map.value() instanceof ValueType.Model ? undecodableReason(map.value()) : null;
    }
    return null;
  }

  private static String wrappedReason(String wrapper, ValueType element) {
    if (isCollection(element)) {
      return "an " + wrapper + " collection is ambiguous; use the collection (absent reads as empty)";
    }
    if (element instanceof ValueType.OptionalOf
        || element instanceof ValueType.OptionalNullableOf
        || element instanceof ValueType.OptionalPrimitive
        || element instanceof ValueType.Primitive) {
      return wrapper + " of an Optional or a primitive is not supported; use " + wrapper
          + "<T> of a reference type, or OptionalInt, OptionalLong or OptionalDouble";
    }
    return undecodableReason(element);
  }

  private static String elementReason(ValueType element, List<String> keyPath) {
    if (element instanceof ValueType.OptionalOf
        || element instanceof ValueType.OptionalNullableOf
        || element instanceof ValueType.OptionalPrimitive) {
      return "collections of Optionals are not supported (a JSON null element is an error); use"
          + " the element type itself";
    }
    if (!keyPath.isEmpty() && (element instanceof ValueType.Model || isCollection(element))) {
      return "@KeyedBy on a collection plucks one field of each element, so the element type must be"
          + " that field's type, not a model or a collection";
    }
    return undecodableReason(element);
  }

  /** The enums that {@code type} reads, however deeply wrapped. */
  public static List<ValueType.EnumValue> enums(ValueType type) {
    List<ValueType.EnumValue> out = new ArrayList<>();
    collectEnums(type, out);
    return out;
  }

  private static void collectEnums(ValueType type, List<ValueType.EnumValue> out) {
    if (type instanceof ValueType.EnumValue enumValue) {
      out.add(enumValue);
    } else if (type instanceof ValueType.OptionalOf optional) {
      collectEnums(optional.element(), out);
    } else if (type instanceof ValueType.OptionalNullableOf optional) {
      collectEnums(optional.element(), out);
    } else if (type instanceof ValueType.ListOf list) {
      collectEnums(list.element(), out);
    } else if (type instanceof ValueType.SetOf set) {
      collectEnums(set.element(), out);
    } else if (type instanceof ValueType.MapOf map) {
      collectEnums(map.key(), out);
      collectEnums(map.value(), out);
    }
  }

  /** Whether {@code type} is a List, Set or Map. */
  public static boolean isCollection(ValueType type) {
    return type instanceof ValueType.ListOf
        || type instanceof ValueType.SetOf
        || type instanceof ValueType.MapOf;
  }

  /** {@code type} as Java writes it, for messages; a class by its canonical name, without type arguments. */
  private static String describe(TypeRef type) {
    if (type instanceof TypeRef.Declared declared) {
      return declared.name().canonicalName();
    }
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive.keyword();
    }
    if (type instanceof TypeRef.Array array) {
      return describe(array.component()) + "[]";
    }
    if (type instanceof TypeRef.Wildcard wildcard) {
      return wildcard.bound() == null ? "?" : (wildcard.isSuper() ? "? super " : "? extends ") + describe(wildcard.bound());
    }
    return ((TypeRef.Variable) type).name();
  }

  private static List<ValueType.EnumConstant> enumConstants(TypeElement element) {
    List<ValueType.EnumConstant> constants = new ArrayList<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
        String constant = enclosed.getSimpleName().toString();
        boolean unknownValue = Annotations.has(enclosed, KnownTypes.UNKNOWN_VALUE);
        // The fallback is what unknown values decode to; no value names it unless it says so.
        String json =
            Annotations.stringValue(enclosed, KnownTypes.JSON_NAME)
                .orElse(unknownValue ? null : constant.toLowerCase(Locale.ROOT));
        constants.add(new ValueType.EnumConstant(constant, json, unknownValue));
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
