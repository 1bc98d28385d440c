package dev.shardwire.processor.writer;

import static dev.shardwire.processor.writer.TypeNames.ARRAY_LIST;
import static dev.shardwire.processor.writer.TypeNames.DECODE_CONTEXT;
import static dev.shardwire.processor.writer.TypeNames.DECODE_EXCEPTION;
import static dev.shardwire.processor.writer.TypeNames.DECODE_FAILURES;
import static dev.shardwire.processor.writer.TypeNames.JACKSON_EXCEPTION;
import static dev.shardwire.processor.writer.TypeNames.JSON_PARSER;
import static dev.shardwire.processor.writer.TypeNames.JSON_READS;
import static dev.shardwire.processor.writer.TypeNames.LINKED_HASH_MAP;
import static dev.shardwire.processor.writer.TypeNames.LINKED_HASH_SET;
import static dev.shardwire.processor.writer.TypeNames.LIST;
import static dev.shardwire.processor.writer.TypeNames.MAP;
import static dev.shardwire.processor.writer.TypeNames.OPTIONAL;
import static dev.shardwire.processor.writer.TypeNames.OPTIONAL_NULLABLE;
import static dev.shardwire.processor.writer.TypeNames.SET;
import static dev.shardwire.processor.writer.TypeNames.SNOWFLAKE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.KeyPaths;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.ShapeModel;
import dev.shardwire.processor.model.TypeRef;
import dev.shardwire.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the expressions that read one value at the parser's current token, and the private
 * helper methods they call (one per enum type, one per collection, nested collections included).
 * Collects the helpers as it goes; {@link #helpers()} returns them in a stable order.
 */
final class ValueReads {

  private final QualifiedName shape;
  private final Function<QualifiedName, Optional<ShapeModel>> shapes;
  private final Map<String, MethodSpec> enumReaders = new TreeMap<>();
  /** The reader of each enum, by the enum's canonical name: two packages may both have a {@code Kind}. */
  private final Map<String, String> enumReaderNames = new HashMap<>();
  private final List<MethodSpec> collectionReaders = new ArrayList<>();
  /** Every helper name given out, so that none is given twice (see {@link #unique}). */
  private final Set<String> helperNames = new HashSet<>();

  ValueReads(QualifiedName shape, Function<QualifiedName, Optional<ShapeModel>> shapes) {
    this.shape = shape;
    this.shapes = shapes;
  }

  /** The helpers written so far: collection readers in property order, then enum readers by name. */
  List<MethodSpec> helpers() {
    List<MethodSpec> all = new ArrayList<>(collectionReaders);
    all.addAll(enumReaders.values());
    return all;
  }

  /** The expression that reads {@code property}'s value at the current token. */
  CodeBlock property(PropertyModel property) {
    ValueType type = property.valueType();
    if (isCollection(type)) {
      CodeBlock read =
          plainArray(type)
              .orElseGet(() -> CodeBlock.of("$N(parser, context)",
                  collectionReader("read" + capitalize(property.name()), property.jsonName(), property.name(), type, property.type())));
      return CodeBlock.of("$T.isNull(parser) ? $T.of() : $L", JSON_READS, emptyOf(type), read);
    }
    CodeBlock read = value(type, property.type(), "read" + capitalize(property.name()));
    if (property.nullable() && !(property.type() instanceof TypeRef.Primitive)) {
      return CodeBlock.of("$T.isNull(parser) ? null : $L", JSON_READS, read);
    }
    return read;
  }

  /**
   * The statements that read the enum {@code property} and its {@code @RawValueOf} {@code
   * companion} at the current token into the locals {@code value} and {@code raw}. The raw text is
   * read once; the enum is looked up from it.
   */
  CodeBlock enumWithRaw(PropertyModel property, PropertyModel companion, String value, String raw) {
    ValueType type = property.valueType();
    ValueType.EnumValue enumValue = enumOf(type);
    String reader = enumReader(enumValue);
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("if ($T.isNull(parser))", JSON_READS);
    code.addStatement("$N = $L", value, nullValue(property)).addStatement("$N = $L", raw, nullValue(companion));
    code.nextControlFlow("else");
    CodeBlock text = CodeBlock.of("$T.enumText(parser)", JSON_READS);
    if (type instanceof ValueType.OptionalOf) {
      code.addStatement("$N = $T.of($L)", raw, OPTIONAL, text)
          .addStatement("$N = $T.of($N($N.get()))", value, OPTIONAL, reader, raw);
    } else if (type instanceof ValueType.OptionalNullableOf) {
      code.addStatement("$N = $T.of($L)", raw, OPTIONAL_NULLABLE, text)
          .addStatement("$N = $T.of($N($N.get()))", value, OPTIONAL_NULLABLE, reader, raw);
    } else {
      code.addStatement("$N = $L", raw, text).addStatement("$N = $N($N)", value, reader, raw);
    }
    return code.endControlFlow().build();
  }

  /** The enum that an enum property (plain, {@code Optional} or {@code OptionalNullable}) reads. */
  static ValueType.EnumValue enumOf(ValueType type) {
    if (type instanceof ValueType.OptionalOf optional) {
      return (ValueType.EnumValue) optional.element();
    }
    if (type instanceof ValueType.OptionalNullableOf optional) {
      return (ValueType.EnumValue) optional.element();
    }
    return (ValueType.EnumValue) type;
  }

  /** What a JSON {@code null} makes of {@code property}: for a required reference, null (then reported as missing). */
  private static CodeBlock nullValue(PropertyModel property) {
    Optional<ClassName> wrapper = wrapperOf(property.type());
    if (wrapper.isPresent() && wrapper.get().equals(OPTIONAL)) {
      return CodeBlock.of("$T.empty()", OPTIONAL);
    }
    if (wrapper.isPresent() && wrapper.get().equals(OPTIONAL_NULLABLE)) {
      return CodeBlock.of("$T.ofNull()", OPTIONAL_NULLABLE);
    }
    return CodeBlock.of("null");
  }

  private static Optional<ClassName> wrapperOf(TypeRef type) {
    if (type instanceof TypeRef.Declared declared && declared.arguments().size() == 1) {
      ClassName name = JavaTypes.className(declared.name());
      if (name.equals(OPTIONAL) || name.equals(OPTIONAL_NULLABLE)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The initial value of {@code property}'s local: what an absent field means. */
  static CodeBlock absent(PropertyModel property) {
    ValueType type = property.valueType();
    if (property.type() instanceof TypeRef.Primitive primitive) {
      return CodeBlock.of(primitive.keyword().equals("boolean") ? "false" : "0");
    }
    if (type instanceof ValueType.OptionalOf) {
      return CodeBlock.of("$T.empty()", OPTIONAL);
    }
    if (type instanceof ValueType.OptionalNullableOf) {
      return CodeBlock.of("$T.absent()", OPTIONAL_NULLABLE);
    }
    if (type instanceof ValueType.OptionalPrimitive primitive) {
      return CodeBlock.of("$T.empty()", optionalPrimitive(primitive.keyword()));
    }
    if (isCollection(type)) {
      return CodeBlock.of("$T.of()", emptyOf(type));
    }
    return CodeBlock.of("null");
  }

  /**
   * Whether an absent field is an error: a non-{@code boolean} primitive, or a reference that is
   * neither optional, a collection nor {@code @Nullable}.
   */
  static boolean mustBePresent(PropertyModel property) {
    if (property.type() instanceof TypeRef.Primitive primitive) {
      return !primitive.keyword().equals("boolean");
    }
    ValueType type = property.valueType();
    return !property.nullable()
        && !(type instanceof ValueType.OptionalOf
            || type instanceof ValueType.OptionalNullableOf
            || type instanceof ValueType.OptionalPrimitive
            || isCollection(type));
  }

  static boolean isCollection(ValueType type) {
    return type instanceof ValueType.ListOf || type instanceof ValueType.SetOf || type instanceof ValueType.MapOf;
  }

  private static ClassName emptyOf(ValueType collection) {
    if (collection instanceof ValueType.ListOf) {
      return LIST;
    }
    return collection instanceof ValueType.SetOf ? SET : MAP;
  }

  static ClassName optionalPrimitive(String keyword) {
    return switch (keyword) {
      case "int" -> TypeNames.OPTIONAL_INT;
      case "long" -> TypeNames.OPTIONAL_LONG;
      default -> TypeNames.OPTIONAL_DOUBLE;
    };
  }

  /**
   * The expression that reads a single value of {@code type} (Java type {@code ref}) at the current
   * token; a nested collection gets a helper method named {@code helper}.
   */
  private CodeBlock value(ValueType type, TypeRef ref, String helper) {
    if (type instanceof ValueType.Primitive primitive) {
      return primitive(primitive.keyword());
    }
    if (type instanceof ValueType.Boxed boxed) {
      return primitive(boxed.primitiveKeyword());
    }
    if (type instanceof ValueType.Text) {
      return CodeBlock.of("$T.string(parser)", JSON_READS);
    }
    if (type instanceof ValueType.SnowflakeId) {
      return CodeBlock.of("$T.of($T.snowflakeBits(parser))", SNOWFLAKE, JSON_READS);
    }
    if (type instanceof ValueType.Timestamp timestamp) {
      return CodeBlock.of("$T.$N(parser)", JSON_READS, timestamp.withOffset() ? "offsetDateTime" : "instant");
    }
    if (type instanceof ValueType.RawJsonValue) {
      return CodeBlock.of("$T.ofTrusted($T.rawJsonText(parser))", TypeNames.RAW_JSON, JSON_READS);
    }
    if (type instanceof ValueType.Flags flags) {
      return CodeBlock.of("$T.of($T.flagBits(parser))", JavaTypes.className(flags.name()), JSON_READS);
    }
    if (type instanceof ValueType.Model model) {
      return CodeBlock.of(
          "$T.INSTANCE.decode(parser, context)",
          JavaTypes.className(GeneratedNames.decoder(model.name())));
    }
    if (type instanceof ValueType.EnumValue enumValue) {
      return CodeBlock.of("$N($T.enumText(parser))", enumReader(enumValue), JSON_READS);
    }
    if (type instanceof ValueType.OptionalPrimitive primitive) {
      ClassName optional = optionalPrimitive(primitive.keyword());
      return CodeBlock.of(
          "$T.isNull(parser) ? $T.empty() : $T.of($L)", JSON_READS, optional, optional, primitive(primitive.keyword()));
    }
    if (type instanceof ValueType.OptionalOf optional) {
      return CodeBlock.of(
          "$T.isNull(parser) ? $T.empty() : $T.of($L)",
          JSON_READS,
          OPTIONAL,
          OPTIONAL,
          value(optional.element(), argument(ref, 0), helper));
    }
    if (type instanceof ValueType.OptionalNullableOf optional) {
      return CodeBlock.of(
          "$T.isNull(parser) ? $T.ofNull() : $T.of($L)",
          JSON_READS,
          OPTIONAL_NULLABLE,
          OPTIONAL_NULLABLE,
          value(optional.element(), argument(ref, 0), helper));
    }
    if (isCollection(type)) {
      return plainArray(type).orElseGet(() -> CodeBlock.of("$N(parser, context)", collectionReader(helper, null, null, type, ref)));
    }
    throw new IllegalArgumentException(shape + ": the decoder cannot read a value of kind " + type);
  }

  /**
   * The runtime's read of a list or set of snowflakes or strings from a JSON array, which needs no
   * helper method of its own; empty for any other collection.
   */
  private static Optional<CodeBlock> plainArray(ValueType type) {
    String collection;
    ValueType element;
    if (type instanceof ValueType.ListOf list && list.keyPath().isEmpty()) {
      collection = "List";
      element = list.element();
    } else if (type instanceof ValueType.SetOf set && set.keyPath().isEmpty()) {
      collection = "Set";
      element = set.element();
    } else {
      return Optional.empty();
    }
    if (element instanceof ValueType.SnowflakeId) {
      return Optional.of(CodeBlock.of("$T.snowflake$L(parser, TYPE)", TypeNames.JSON_ARRAYS, collection));
    }
    if (element instanceof ValueType.Text) {
      return Optional.of(CodeBlock.of("$T.string$L(parser, TYPE)", TypeNames.JSON_ARRAYS, collection));
    }
    return Optional.empty();
  }

  private TypeRef argument(TypeRef ref, int index) {
    if (ref instanceof TypeRef.Declared declared && declared.arguments().size() > index) {
      return declared.arguments().get(index);
    }
    throw new IllegalArgumentException(shape + ": " + ref + " has no type argument " + index);
  }

  private static CodeBlock primitive(String keyword) {
    if (keyword.equals("char")) {
      throw new IllegalArgumentException("char has no JSON form");
    }
    return CodeBlock.of("$T.$N(parser)", JSON_READS, keyword + "Value");
  }

  private String enumReader(ValueType.EnumValue enumValue) {
    String method = enumReaderNames.get(enumValue.name().canonicalName());
    if (method == null) {
      method = unique("read" + enumValue.name().flatName());
      enumReaderNames.put(enumValue.name().canonicalName(), method);
      ClassName enumType = JavaTypes.className(enumValue.name());
      ValueType.EnumConstant fallback = enumValue.fallbacks().get(0);
      CodeBlock.Builder body = CodeBlock.builder().add("return switch (text) {\n$>");
      for (ValueType.EnumConstant constant : enumValue.named()) {
        body.addStatement("case $S -> $T.$N", constant.jsonName(), enumType, constant.name());
      }
      body.addStatement(
          "default -> $T.unknownEnumValue($S, text, $T.$N)",
          JSON_READS,
          enumValue.name().canonicalName(),
          enumType,
          fallback.name());
      body.add("$<};\n");
      enumReaders.put(
          method,
          MethodSpec.methodBuilder(method)
              .addJavadoc(
                  "Reads {@link $T} from its JSON text; a value no constant stands for is {@link $T#$N}.\n",
                  enumType,
                  enumType,
                  fallback.name())
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(enumType)
              .addParameter(String.class, "text")
              .addCode(body.build())
              .build());
    }
    return method;
  }

  private static CodeBlock typeArguments(TypeRef.Declared declared) {
    return declared.arguments().stream()
        .map(argument -> CodeBlock.of("$T", JavaTypes.typeName(argument)))
        .collect(CodeBlock.joining(", "));
  }

  /**
   * Writes the helper {@code method} that reads a collection of {@code type} (Java type {@code
   * ref}) and returns its name.
   *
   * @param jsonName the JSON field, for the Javadoc; null for a nested collection
   * @param propertyName the property, for the Javadoc; null for a nested collection
   */
  private String collectionReader(String wanted, String jsonName, String propertyName, ValueType type, TypeRef ref) {
    if (!(ref instanceof TypeRef.Declared declared)) {
      throw new IllegalArgumentException(shape + "." + wanted + ": " + ref + " is not a declared collection type");
    }
    String method = unique(wanted);
    TypeName declaredType = JavaTypes.typeName(declared);
    CodeBlock.Builder body = CodeBlock.builder();
    if (type instanceof ValueType.MapOf map && map.keyPath().isEmpty()) {
      objectMap(body, map, declared, method);
    } else {
      CodeBlock element;
      ClassName implementation;
      CodeBlock elementTypes = typeArguments(declared);
      CodeBlock constructorArgument = CodeBlock.of("");
      if (type instanceof ValueType.MapOf map) {
        // The values in order, each key taken as its value is added; the map is made once at its
        // size when they are all read.
        implementation = TypeNames.KEYED_LIST;
        constructorArgument = CodeBlock.of("value -> value.$L", keyAccessors(method, map));
        element = CodeBlock.of("values.add($L);\n", value(map.value(), declared.arguments().get(1), method + "Value"));
      } else {
        ValueType elementType;
        List<String> keyPath;
        if (type instanceof ValueType.ListOf list) {
          elementType = list.element();
          keyPath = list.keyPath();
          implementation = ARRAY_LIST;
        } else {
          ValueType.SetOf set = (ValueType.SetOf) type;
          elementType = set.element();
          keyPath = set.keyPath();
          implementation = LINKED_HASH_SET;
        }
        TypeRef elementRef = declared.arguments().get(0);
        element =
            keyPath.isEmpty()
                ? CodeBlock.of("values.add($L);\n", value(elementType, elementRef, method + "Element"))
                : pluck(keyPath, elementType, elementRef, method + "Element");
      }
      body.addStatement("$T<$L> values = new $T<>($L)", implementation, elementTypes, implementation, constructorArgument)
          .addStatement("int index = 0")
          .addStatement("$T.expectStartArray(parser)", JSON_READS)
          .beginControlFlow("try")
          .beginControlFlow("while ($T.nextElement(parser))", JSON_READS)
          .add(element)
          .addStatement("index++")
          .endControlFlow()
          .nextControlFlow("catch ($T | $T e)", JACKSON_EXCEPTION, DECODE_EXCEPTION)
          .addStatement("throw $T.wrap(e, parser, TYPE, \"[\" + index + \"]\")", DECODE_FAILURES)
          .endControlFlow();
    }
    body.add("// Nobody else holds values: the constructor may keep it instead of copying it.\n")
        .addStatement("return $T.owned(values)", TypeNames.IMMUTABLE_COPIES);
    CodeBlock javadoc =
        jsonName == null
            ? CodeBlock.of("Reads one nested JSON $L.\n", type instanceof ValueType.MapOf map && map.keyPath().isEmpty() ? "object" : "array")
            : CodeBlock.of(
                "Reads the JSON $L {@code $L} into {@link #decode}'s {@code $L}.\n",
                type instanceof ValueType.MapOf map && map.keyPath().isEmpty() ? "object" : "array",
                jsonName,
                propertyName);
    collectionReaders.add(
        MethodSpec.methodBuilder(method)
            .addJavadoc(javadoc)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(declaredType)
            .addParameter(JSON_PARSER, "parser")
            .addParameter(DECODE_CONTEXT, "context")
            .addCode(body.build())
            .build());
    return method;
  }

  /** The body of a reader of a map from a JSON object: each name is a key, its value the value. */
  private void objectMap(CodeBlock.Builder body, ValueType.MapOf map, TypeRef.Declared declared, String method) {
    CodeBlock key =
        map.key() instanceof ValueType.SnowflakeId
            ? CodeBlock.of("$T.of($T.snowflakeNameBits(parser))", TypeNames.SNOWFLAKE, JSON_READS)
            : CodeBlock.of("key");
    body.addStatement(
            "$T<$L> values = new $T<>()", LINKED_HASH_MAP, typeArguments(declared), LINKED_HASH_MAP)
        .addStatement("String key = null")
        .addStatement("$T.expectStartObject(parser)", JSON_READS)
        .beginControlFlow("try")
        .beginControlFlow("while ((key = parser.nextName()) != null)")
        .addStatement("$T mapKey = $L", JavaTypes.typeName(declared.arguments().get(0)), key)
        .addStatement("parser.nextToken()")
        .addStatement("values.put(mapKey, $L)", value(map.value(), declared.arguments().get(1), method + "Value"))
        .endControlFlow()
        .nextControlFlow("catch ($T | $T e)", JACKSON_EXCEPTION, DECODE_EXCEPTION)
        .addStatement("throw $T.wrap(e, parser, TYPE, key == null ? null : \"[\" + key + \"]\")", DECODE_FAILURES)
        .endControlFlow();
  }

  /** Reads the field at {@code keyPath} of each element object and skips the rest of it. */
  private CodeBlock pluck(List<String> keyPath, ValueType elementType, TypeRef elementRef, String helper) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < keyPath.size(); i++) {
      code.addStatement("$T.expectStartObject(parser)", JSON_READS)
          .beginControlFlow("if (!$T.seek(parser, $S))", JSON_READS, keyPath.get(i))
          .addStatement("throw $T.missing(parser, $S)", JSON_READS, String.join(".", keyPath.subList(0, i + 1)))
          .endControlFlow();
    }
    code.addStatement("values.add($L)", value(elementType, elementRef, helper));
    for (int i = 0; i < keyPath.size(); i++) {
      code.addStatement("$T.finishObject(parser)", JSON_READS);
    }
    return code.build();
  }

  /**
   * The accessor chain that reaches the map key of an element: {@code user().id()} for a {@code
   * Member} keyed by {@code user.id}, {@code userId()} for a {@code MemberPresence} whose {@code
   * userId()} reads {@code user.id}.
   */
  private CodeBlock keyAccessors(String method, ValueType.MapOf map) {
    if (!(map.value() instanceof ValueType.Model model)) {
      throw new IllegalArgumentException(
          shape + "." + method + ": @KeyedBy on a Map needs model values to take the key from");
    }
    List<PropertyModel> chain =
        KeyPaths.chain(model.name(), map.keyPath(), name -> shapes.apply(name).map(ShapeModel::properties).orElse(List.of()))
            .orElseThrow(() -> new IllegalArgumentException(
                shape + "." + method + ": @KeyedBy(\"" + String.join(".", map.keyPath()) + "\") names no property of " + model.name()));
    return CodeBlock.of("$L", chain.stream().map(step -> step.name() + "()").collect(Collectors.joining(".")));
  }

  /**
   * {@code wanted}, or, if a helper has that name already, {@code wanted2}, {@code wanted3}…:
   * helpers are named for what they read ({@code readFoo}, its nested list's {@code
   * readFooElement}, the enum {@code Kind}'s {@code readKind}), and two of those can meet (a
   * property {@code fooElement}, an enum {@code Kind} of another package). Names are given in the
   * order the decoder is written, so the same shape gets the same names every build.
   */
  private String unique(String wanted) {
    String name = wanted;
    for (int n = 2; !helperNames.add(name); n++) {
      name = wanted + n;
    }
    return name;
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
