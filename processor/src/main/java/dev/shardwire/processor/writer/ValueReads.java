package dev.shardwire.processor.writer;

import static dev.shardwire.processor.writer.TypeNames.ARRAY_LIST;
import static dev.shardwire.processor.writer.TypeNames.DECODE_CONTEXT;
import static dev.shardwire.processor.writer.TypeNames.DECODE_EXCEPTION;
import static dev.shardwire.processor.writer.TypeNames.DECODE_FAILURES;
import static dev.shardwire.processor.writer.TypeNames.JACKSON_EXCEPTION;
import static dev.shardwire.processor.writer.TypeNames.JSON_PARSER;
import static dev.shardwire.processor.writer.TypeNames.JSON_READS;
import static dev.shardwire.processor.writer.TypeNames.LINKED_HASH_SET;
import static dev.shardwire.processor.writer.TypeNames.LIST;
import static dev.shardwire.processor.writer.TypeNames.MAP;
import static dev.shardwire.processor.writer.TypeNames.OPTIONAL;
import static dev.shardwire.processor.writer.TypeNames.SET;
import static dev.shardwire.processor.writer.TypeNames.SNOWFLAKE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.ShapeModel;
import dev.shardwire.processor.model.TypeRef;
import dev.shardwire.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the expressions that read one value at the parser's current token, and the private
 * helper methods they call (one per enum type, one per collection property). Collects the helpers
 * as it goes; {@link #helpers()} returns them in a stable order.
 */
final class ValueReads {

  private final QualifiedName shape;
  private final Function<QualifiedName, Optional<ShapeModel>> shapes;
  private final Map<String, MethodSpec> enumReaders = new TreeMap<>();
  private final List<MethodSpec> collectionReaders = new ArrayList<>();

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
    if (type instanceof ValueType.ListOf
        || type instanceof ValueType.SetOf
        || type instanceof ValueType.MapOf) {
      String method = "read" + capitalize(property.name());
      collectionReaders.add(collectionReader(method, property));
      return CodeBlock.of(
          "$T.isNull(parser) ? $T.of() : $N(parser, context)", JSON_READS, emptyOf(type), method);
    }
    CodeBlock read = value(type);
    if (property.nullable() && !(property.type() instanceof TypeRef.Primitive)) {
      return CodeBlock.of("$T.isNull(parser) ? null : $L", JSON_READS, read);
    }
    return read;
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
    if (type instanceof ValueType.ListOf
        || type instanceof ValueType.SetOf
        || type instanceof ValueType.MapOf) {
      return CodeBlock.of("$T.of()", emptyOf(type));
    }
    return CodeBlock.of("null");
  }

  /**
   * Whether an absent field is an error: a non-{@code boolean} primitive, or a reference that is
   * neither {@code Optional}, a collection nor {@code @Nullable}.
   */
  static boolean mustBePresent(PropertyModel property) {
    if (property.type() instanceof TypeRef.Primitive primitive) {
      return !primitive.keyword().equals("boolean");
    }
    ValueType type = property.valueType();
    return !property.nullable()
        && !(type instanceof ValueType.OptionalOf
            || type instanceof ValueType.ListOf
            || type instanceof ValueType.SetOf
            || type instanceof ValueType.MapOf);
  }

  private static ClassName emptyOf(ValueType collection) {
    if (collection instanceof ValueType.ListOf) {
      return LIST;
    }
    return collection instanceof ValueType.SetOf ? SET : MAP;
  }

  /** The expression that reads a single (non-collection) value at the current token. */
  CodeBlock value(ValueType type) {
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
    if (type instanceof ValueType.Flags flags) {
      return CodeBlock.of("$T.of($T.flagBits(parser))", JavaTypes.className(flags.name()), JSON_READS);
    }
    if (type instanceof ValueType.Model model) {
      return CodeBlock.of(
          "$T.INSTANCE.decode(parser, context)",
          JavaTypes.className(GeneratedNames.decoder(model.name())));
    }
    if (type instanceof ValueType.EnumValue enumValue) {
      return CodeBlock.of("$N(parser)", enumReader(enumValue));
    }
    if (type instanceof ValueType.OptionalOf optional) {
      return CodeBlock.of(
          "$T.isNull(parser) ? $T.empty() : $T.of($L)", JSON_READS, OPTIONAL, OPTIONAL, value(optional.element()));
    }
    throw new IllegalArgumentException(shape + ": the decoder cannot read a value of kind " + type);
  }

  private static CodeBlock primitive(String keyword) {
    if (keyword.equals("char")) {
      throw new IllegalArgumentException("char has no JSON form");
    }
    return CodeBlock.of("$T.$N(parser)", JSON_READS, keyword + "Value");
  }

  private String enumReader(ValueType.EnumValue enumValue) {
    String method = "read" + enumValue.name().flatName();
    if (!enumReaders.containsKey(method)) {
      ClassName enumType = JavaTypes.className(enumValue.name());
      CodeBlock.Builder body = CodeBlock.builder().add("return switch ($T.string(parser)) {\n$>", JSON_READS);
      for (ValueType.EnumConstant constant : enumValue.constants()) {
        body.addStatement("case $S -> $T.$N", constant.jsonName(), enumType, constant.name());
      }
      body.addStatement(
          "default -> throw $T.unknownEnumValue(parser, $S)", JSON_READS, enumValue.name().simpleName());
      body.add("$<};\n");
      enumReaders.put(
          method,
          MethodSpec.methodBuilder(method)
              .addJavadoc("Reads {@link $T} from its JSON name; an unknown name is an error.\n", enumType)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(enumType)
              .addParameter(JSON_PARSER, "parser")
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

  private MethodSpec collectionReader(String method, PropertyModel property) {
    ValueType type = property.valueType();
    if (!(property.type() instanceof TypeRef.Declared declared)) {
      throw new IllegalArgumentException(shape + "." + property.name() + "() is not a declared collection type");
    }
    TypeName declaredType = JavaTypes.typeName(declared);
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock element;
    ClassName implementation;
    CodeBlock handOver = CodeBlock.of("$T.owned(values)", TypeNames.IMMUTABLE_COPIES);
    CodeBlock elementTypes = typeArguments(declared);
    if (type instanceof ValueType.MapOf map) {
      // The values first, in order; the map is made once at its size when they are all read.
      implementation = ARRAY_LIST;
      elementTypes = CodeBlock.of("$T", JavaTypes.typeName(declared.arguments().get(1)));
      element = CodeBlock.of("values.add($L);\n", value(map.value()));
      handOver = CodeBlock.of("$T.owned(values, value -> value.$L)", TypeNames.IMMUTABLE_COPIES, keyAccessors(property, map));
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
      element = keyPath.isEmpty() ? CodeBlock.of("values.add($L);\n", value(elementType)) : pluck(keyPath, elementType);
    }
    body.addStatement("$T<$L> values = new $T<>()", implementation, elementTypes, implementation)
        .addStatement("int index = 0")
        .addStatement("$T.expectStartArray(parser)", JSON_READS)
        .beginControlFlow("try")
        .beginControlFlow("while ($T.nextElement(parser))", JSON_READS)
        .add(element)
        .addStatement("index++")
        .endControlFlow()
        .nextControlFlow("catch ($T | $T e)", JACKSON_EXCEPTION, DECODE_EXCEPTION)
        .addStatement("throw $T.wrap(e, parser, TYPE, \"[\" + index + \"]\")", DECODE_FAILURES)
        .endControlFlow()
        .add("// Nobody else holds values: the constructor may keep it instead of copying it.\n")
        .addStatement("return $L", handOver);
    return MethodSpec.methodBuilder(method)
        .addJavadoc("Reads the JSON array {@code $L} into {@link #decode}'s {@code $L}.\n", property.jsonName(), property.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(declaredType)
        .addParameter(JSON_PARSER, "parser")
        .addParameter(DECODE_CONTEXT, "context")
        .addCode(body.build())
        .build();
  }

  /** Reads the field at {@code keyPath} of each element object and skips the rest of it. */
  private CodeBlock pluck(List<String> keyPath, ValueType elementType) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < keyPath.size(); i++) {
      code.addStatement("$T.expectStartObject(parser)", JSON_READS)
          .beginControlFlow("if (!$T.seek(parser, $S))", JSON_READS, keyPath.get(i))
          .addStatement("throw $T.missing(parser, $S)", JSON_READS, String.join(".", keyPath.subList(0, i + 1)))
          .endControlFlow();
    }
    code.addStatement("values.add($L)", value(elementType));
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
  private CodeBlock keyAccessors(PropertyModel property, ValueType.MapOf map) {
    if (!(map.value() instanceof ValueType.Model model)) {
      throw new IllegalArgumentException(
          shape + "." + property.name() + "(): @KeyedBy on a Map needs model values to take the key from");
    }
    List<String> chain = new ArrayList<>();
    QualifiedName current = model.name();
    List<String> rest = map.keyPath();
    while (!rest.isEmpty()) {
      ShapeModel element =
          shapes.apply(current).orElseThrow(() -> new IllegalArgumentException(
              shape + "." + property.name() + "(): the model " + model.name() + " is unknown to the decoder writer"));
      PropertyModel step = null;
      for (PropertyModel candidate : element.properties()) {
        List<String> path = candidate.jsonPath();
        if (!candidate.fromContext() && !path.isEmpty() && path.size() <= rest.size() && rest.subList(0, path.size()).equals(path)) {
          if (path.size() == rest.size() || candidate.valueType() instanceof ValueType.Model) {
            step = candidate;
            break;
          }
        }
      }
      if (step == null) {
        throw new IllegalArgumentException(
            shape + "." + property.name() + "(): @KeyedBy(\"" + String.join(".", map.keyPath()) + "\") names no property of " + current);
      }
      chain.add(step.name() + "()");
      rest = rest.subList(step.jsonPath().size(), rest.size());
      if (!rest.isEmpty()) {
        current = ((ValueType.Model) step.valueType()).name();
      }
    }
    return CodeBlock.of("$L", String.join(".", chain));
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
