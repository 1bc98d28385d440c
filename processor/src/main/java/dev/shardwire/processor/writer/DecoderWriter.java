package dev.shardwire.processor.writer;

import static dev.shardwire.processor.writer.TypeNames.APP;
import static dev.shardwire.processor.writer.TypeNames.DECODE_CONTEXT;
import static dev.shardwire.processor.writer.TypeNames.DECODE_EXCEPTION;
import static dev.shardwire.processor.writer.TypeNames.DECODE_FAILURES;
import static dev.shardwire.processor.writer.TypeNames.EVENT_DECODER;
import static dev.shardwire.processor.writer.TypeNames.FIELD_NAMES;
import static dev.shardwire.processor.writer.TypeNames.JACKSON_EXCEPTION;
import static dev.shardwire.processor.writer.TypeNames.JSON_PARSER;
import static dev.shardwire.processor.writer.TypeNames.JSON_READS;
import static dev.shardwire.processor.writer.TypeNames.NAME_MATCHER;
import static dev.shardwire.processor.writer.TypeNames.SHARD;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.ShapeModel;
import dev.shardwire.processor.model.TypeRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code p.FooDecoder}, the streaming decoder of an event or model {@code p.Foo}: one pass
 * over the JSON object with Jackson's {@code JsonParser}, property names matched through {@code
 * FieldNames} (the name that followed the same field last time compared in place, any other looked up), unknown names
 * skipped, nested objects that several properties read from ({@code application.id}, {@code application.flags}) read once, and
 * the value built through the constructor of the generated {@code p.ImmutableFoo} (which checks and
 * copies every property, as its builder does).
 *
 * <p>It is a function of the model only: it never touches {@code Elements} or {@code Types}.
 */
public final class DecoderWriter {

  private final Function<QualifiedName, Optional<ShapeModel>> shapes;

  /**
   * @param shapes the shapes of the models that a decoder may need to look inside: a {@code
   *     Map<Snowflake, Member>} keyed by {@code user.id} takes each key from the decoded member
   *     through {@code user().id()}, which the writer finds in {@code Member}'s and {@code User}'s
   *     shapes
   */
  public DecoderWriter(Function<QualifiedName, Optional<ShapeModel>> shapes) {
    this.shapes = shapes;
  }

  /**
   * The decoder of {@code shape}, a top-level type for {@code shape}'s package.
   *
   * @throws IllegalArgumentException if the shape holds something no decoder can read (the
   *     validation layer rejects those first)
   */
  public TypeSpec write(ShapeModel shape) {
    QualifiedName name = GeneratedNames.decoder(shape.name());
    ClassName decoder = JavaTypes.className(name);
    ClassName target = JavaTypes.className(shape.name());
    ClassName implementation = JavaTypes.className(GeneratedNames.implementation(shape.name()));
    ValueReads reads = new ValueReads(shape.name(), shapes);
    JsonFieldTree tree = JsonFieldTree.of(shape.name(), shape.properties());
    Map<JsonFieldTree, String> matchers = new HashMap<>();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(decoder)
            .addJavadoc(javadoc(shape, target))
            .addAnnotation(GeneratedTypes.generated())
            .addAnnotation(GeneratedTypes.suppressions())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(EVENT_DECODER, target))
            .addField(
                FieldSpec.builder(decoder, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The decoder; it holds no state.\n")
                    .initializer("new $T()", decoder)
                    .build())
            .addField(
                FieldSpec.builder(String.class, "TYPE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", typeName(shape.name()))
                    .build());
    addMatchers(type, tree, matchers);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("typeName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return TYPE")
                .build())
        .addMethod(decodeMethod(shape, target, implementation, tree, matchers, reads));
    reads.helpers().forEach(type::addMethod);
    return type.build();
  }

  private static String typeName(QualifiedName name) {
    return String.join(".", name.simpleNames());
  }

  private static CodeBlock javadoc(ShapeModel shape, ClassName target) {
    // Each case of the loop names its JSON field, so the Javadoc need not list them.
    return CodeBlock.of(
        "Decodes {@link $T} from its gateway JSON object in one pass over Jackson's streaming parser; generated\n"
            + "from {@code $L}. Unknown fields are skipped; fields may come in any order.\n",
        target,
        shape.name().canonicalName());
  }

  private static void addMatchers(TypeSpec.Builder type, JsonFieldTree node, Map<JsonFieldTree, String> matchers) {
    if (!node.isObject() || node.children().isEmpty()) {
      return;
    }
    String base = node.path().isEmpty() ? "NAMES" : "NAMES_" + constantCase(node.path());
    String field = base;
    // Paths that differ only in what a name cannot hold (a-b, a_b) or in case (aB) meet in one
    // name: the later in tree order (property order, so the same every build) takes a number.
    for (int n = 2; matchers.containsValue(field); n++) {
      field = base + "_" + n;
    }
    matchers.put(node, field);
    CodeBlock names =
        node.children().stream().map(child -> CodeBlock.of("$S", child.jsonName())).collect(CodeBlock.joining(", "));
    type.addField(
        FieldSpec.builder(FIELD_NAMES, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", FIELD_NAMES, names)
            .build());
    for (JsonFieldTree child : node.children()) {
      addMatchers(type, child, matchers);
    }
  }

  private static String constantCase(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : GeneratedNames.snakeCase(path).toCharArray()) {
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private MethodSpec decodeMethod(
      ShapeModel shape,
      ClassName target,
      ClassName implementation,
      JsonFieldTree tree,
      Map<JsonFieldTree, String> matchers,
      ValueReads reads) {
    Locals locals = new Locals(shape.properties());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(target)
            .addParameter(JSON_PARSER, "parser")
            .addParameter(DECODE_CONTEXT, "context");
    List<PropertyModel> payload = tree.properties();
    for (PropertyModel property : payload) {
      method.addStatement("$T $N = $L", JavaTypes.typeName(property.type()), locals.value(property), ValueReads.absent(property));
      if (needsPresenceFlag(property)) {
        method.addStatement("boolean $N = false", locals.seen(property));
      }
    }
    Map<String, PropertyModel> companions = new HashMap<>();
    for (PropertyModel property : shape.properties()) {
      if (property.rawValueOf().isPresent()) {
        companions.put(property.rawValueOf().get(), property);
        method.addStatement(
            "$T $N = $L", JavaTypes.typeName(property.type()), locals.value(property), ValueReads.absent(property));
      }
    }
    method.addStatement("String field = null");
    method.beginControlFlow("try");
    if (payload.isEmpty()) {
      method.addComment("Nothing of the payload is kept: accept any value and skip it.");
      method.addStatement("parser.skipChildren()");
    } else {
      method.addCode(objectLoop(tree, 0, matchers, locals, reads, companions));
      for (PropertyModel property : payload) {
        if (!ValueReads.mustBePresent(property)) {
          continue;
        }
        String present = needsPresenceFlag(property) ? locals.seen(property) : locals.value(property) + " != null";
        method.addStatement("$T.requirePresent($L, parser, $S)", JSON_READS, present, property.jsonName());
      }
    }
    method.nextControlFlow("catch ($T | $T e)", JACKSON_EXCEPTION, DECODE_EXCEPTION)
        .addStatement("throw $T.wrap(e, parser, TYPE, field)", DECODE_FAILURES)
        .endControlFlow();
    CodeBlock arguments =
        shape.properties().stream()
            .map(p -> p.fromContext() ? contextValue(shape, p) : CodeBlock.of("$N", locals.value(p)))
            .collect(CodeBlock.joining(",$W"));
    method.addStatement("return new $T($L)", implementation, arguments);
    return method.build();
  }

  private static boolean needsPresenceFlag(PropertyModel property) {
    return property.type() instanceof TypeRef.Primitive primitive && !primitive.keyword().equals("boolean");
  }

  private static CodeBlock contextValue(ShapeModel shape, PropertyModel property) {
    if (property.type() instanceof TypeRef.Declared declared) {
      ClassName type = JavaTypes.className(declared.name());
      if (type.equals(APP)) {
        return CodeBlock.of("context.app()");
      }
      if (type.equals(SHARD)) {
        return CodeBlock.of("context.shard()");
      }
    }
    throw new IllegalArgumentException(
        shape.name() + "." + property.name() + "(): the decode context offers only App and Shard");
  }

  /** The loop over the fields of the object at {@code node}; the parser is on its start. */
  private CodeBlock objectLoop(
      JsonFieldTree node,
      int depth,
      Map<JsonFieldTree, String> matchers,
      Locals locals,
      ValueReads reads,
      Map<String, PropertyModel> companions) {
    String match = depth == 0 ? "match" : "match" + depth;
    String expected = depth == 0 ? "expected" : "expected" + depth;
    CodeBlock fieldHere = node.path().isEmpty() ? CodeBlock.of("null") : CodeBlock.of("$S", node.path());
    CodeBlock.Builder code =
        CodeBlock.builder()
            .addStatement("$T.expectStartObject(parser)", JSON_READS)
            .add("// The name that came after field i last time is compared first: senders keep their key order.\n")
            .addStatement("int $N = 0", expected)
            .beginControlFlow("while (true)")
            .addStatement("field = $L", fieldHere)
            .addStatement("int $N = $N.nextValue(parser, $N)", match, matchers.get(node), expected)
            .beginControlFlow("if ($N == $T.MATCH_END_OBJECT)", match, NAME_MATCHER)
            .addStatement("break")
            .endControlFlow()
            .addStatement("$N = $N >= 0 ? $N + 1 : $N", expected, match, match, expected)
            .beginControlFlow("switch ($N)", match);
    List<JsonFieldTree> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      JsonFieldTree child = children.get(i);
      // nextValue has read the value's first token: a bad one failed there, reported under the
      // name the parser had just read at the top level (field is null, and DecodeFailures.wrap
      // takes the current name), under the object's path in a nested loop.
      code.add("case $L -> {\n", i).indent().addStatement("field = $S", child.path());
      if (child.isObject()) {
        code.beginControlFlow("if (!$T.isNull(parser))", JSON_READS)
            .add(objectLoop(child, depth + 1, matchers, locals, reads, companions))
            .endControlFlow();
      } else {
        PropertyModel property = child.property();
        PropertyModel companion = companions.get(property.name());
        if (companion != null) {
          code.add(reads.enumWithRaw(property, companion, locals.value(property), locals.value(companion)));
        } else {
          code.addStatement("$N = $L", locals.value(property), reads.property(property));
        }
        if (needsPresenceFlag(property)) {
          code.addStatement("$N = true", locals.seen(property));
        }
      }
      code.unindent().add("}\n");
    }
    if (depth == 0) {
      code.add("case $T.MATCH_UNKNOWN_NAME -> {\n", NAME_MATCHER)
          .indent()
          .addStatement("field = parser.currentName()")
          .addStatement("parser.skipChildren()")
          .unindent()
          .add("}\n");
    } else {
      code.addStatement("case $T.MATCH_UNKNOWN_NAME -> parser.skipChildren()", NAME_MATCHER);
    }
    code.addStatement("default -> throw $T.unexpectedToken(parser, TYPE)", DECODE_FAILURES)
        .endControlFlow()
        .endControlFlow();
    return code.build();
  }

  /** Names of the decode method's locals: each property's value and, for primitives, whether it was seen. */
  private static final class Locals {
    /** The decode method's parameters and other locals, and the decoder's constants it names. */
    private static final Set<String> RESERVED = Set.of("parser", "context", "field", "e", "TYPE", "INSTANCE");
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> seen = new HashMap<>();

    Locals(List<PropertyModel> properties) {
      Set<String> taken = new HashSet<>(RESERVED);
      Set<String> names = properties.stream().map(PropertyModel::name).collect(Collectors.toSet());
      for (PropertyModel property : properties) {
        String value = property.name();
        // match, match1, … and expected, expected1, … are the locals of objectLoop.
        // NAMES and NAMES_… are the decoder's name tables, which a local of that name would hide.
        while (taken.contains(value) || value.matches("(match|expected)\\d*|NAMES(_\\w*)?")) {
          value = value + "Value";
        }
        taken.add(value);
        values.put(property.name(), value);
      }
      for (PropertyModel property : properties) {
        String flag = "has" + ValueReads.capitalize(property.name());
        while (taken.contains(flag) || names.contains(flag)) {
          flag = flag + "Seen";
        }
        taken.add(flag);
        seen.put(property.name(), flag);
      }
    }

    String value(PropertyModel property) {
      return values.get(property.name());
    }

    String seen(PropertyModel property) {
      return seen.get(property.name());
    }
  }
}
