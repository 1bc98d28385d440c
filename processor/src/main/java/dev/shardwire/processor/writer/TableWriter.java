package dev.shardwire.processor.writer;

import static dev.shardwire.processor.writer.TypeNames.EVENT_DECODER;
import static dev.shardwire.processor.writer.TypeNames.EVENT_TABLE;
import static dev.shardwire.processor.writer.TypeNames.EVENT_TYPE;
import static dev.shardwire.processor.writer.TypeNames.INTENTS;
import static dev.shardwire.processor.writer.TypeNames.LIST;
import static dev.shardwire.processor.writer.TypeNames.OPTIONAL;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.shardwire.processor.model.EventModel;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the dispatch table of one package: a descriptor constant per event type (supertypes
 * first, so each can name its supertypes), the list of all of them, a lookup from event class to
 * descriptor and one from gateway dispatch name to decoder.
 */
public final class TableWriter {

  private static final ParameterizedTypeName ANY_EVENT_TYPE =
      ParameterizedTypeName.get(EVENT_TYPE, WildcardTypeName.subtypeOf(Object.class));

  private TableWriter() {}

  /**
   * The table of {@code packageName}, holding {@code events} (all of that package).
   *
   * @param events the package's events, in any order: the writer sorts them
   */
  public static TypeSpec write(String packageName, List<EventModel> events) {
    List<EventModel> ordered = order(events);
    ClassName self = ClassName.get(packageName, GeneratedNames.TABLE);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "The dispatch table of the events of package {@code $L}, generated from their"
                    + " {@code @ShardEvent} interfaces.\n\n<p>Each constant describes one event type:"
                    + " its id, bitmask and {@code dispatches()} (the type, then every event\n"
                    + "supertype, most specific first). Each descriptor names this table, so subscribing"
                    + " to one registers the table\nand routes its dispatches; give {@link #INSTANCE}"
                    + " to the bot's builder to look these types up by class before that.\n",
                packageName)
            .addAnnotation(GeneratedTypes.generated())
            .addAnnotation(GeneratedTypes.suppressions())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(EVENT_TABLE);
    // First, because every descriptor below names the table it belongs to. No event constant takes
    // this name or TYPES: GeneratedNames.TABLE_FIELDS.
    type.addField(
        FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The table.\n")
            .initializer("new $T()", self)
            .build());
    for (EventModel event : ordered) {
      type.addField(descriptor(event));
    }
    CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", LIST);
    String separator = "";
    for (EventModel event : ordered) {
      all.add(separator + "\n    $N", GeneratedNames.typeConstant(event.name()));
      separator = ",";
    }
    type.addField(
        FieldSpec.builder(ParameterizedTypeName.get(LIST, ANY_EVENT_TYPE), "TYPES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(all.add(")").build())
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.methodBuilder("types")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(LIST, ANY_EVENT_TYPE))
            .addStatement("return TYPES")
            .build());
    type.addMethod(typeOf(ordered));
    type.addMethod(decoderFor(ordered));
    return type.build();
  }

  /** Supertypes before subtypes (a constant may only name constants above it), then by name. */
  static List<EventModel> order(List<EventModel> events) {
    List<EventModel> remaining = new ArrayList<>(events);
    remaining.sort(Comparator.comparing(EventModel::name));
    Set<QualifiedName> here = new HashSet<>();
    remaining.forEach(e -> here.add(e.name()));
    Set<QualifiedName> placed = new HashSet<>();
    List<EventModel> ordered = new ArrayList<>();
    while (!remaining.isEmpty()) {
      EventModel next =
          remaining.stream()
              .filter(e -> e.supertypes().stream().allMatch(s -> placed.contains(s) || !here.contains(s)))
              .findFirst()
              .orElse(remaining.get(0));
      remaining.remove(next);
      placed.add(next.name());
      ordered.add(next);
    }
    return ordered;
  }

  private static FieldSpec descriptor(EventModel event) {
    ClassName iface = JavaTypes.className(event.name());
    CodeBlock.Builder init = CodeBlock.builder();
    if (event.base()) {
      init.add("$T.base(INSTANCE, $T.class, $L", EVENT_TYPE, iface, intents(event));
    } else {
      init.add("$T.concrete(INSTANCE, $T.class, $S, $L", EVENT_TYPE, iface, event.gatewayName(), intents(event));
    }
    for (QualifiedName supertype : event.supertypes()) {
      if (supertype.packageName().equals(event.name().packageName())) {
        init.add(", $N", GeneratedNames.typeConstant(supertype));
      } else {
        init.add(", $T.$N", JavaTypes.className(GeneratedNames.table(supertype)), GeneratedNames.typeConstant(supertype));
      }
    }
    init.add(")");
    String dispatches =
        event.supertypes().isEmpty()
            ? "itself only"
            : "itself, then " + String.join(", ", event.supertypes().stream().map(QualifiedName::simpleName).toList());
    return FieldSpec.builder(ParameterizedTypeName.get(EVENT_TYPE, iface), GeneratedNames.typeConstant(event.name()),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "{@link $T}$L: dispatches to $L.\n",
            iface,
            event.base() ? " (base event)" : event.isDecoded() ? ", decoded from dispatch {@code " + event.gatewayName() + "}" : "",
            dispatches)
        .initializer(init.build())
        .build();
  }

  private static CodeBlock intents(EventModel event) {
    if (event.intents().isEmpty()) {
      return CodeBlock.of("$T.NONE.value()", INTENTS);
    }
    CodeBlock.Builder block = CodeBlock.builder().add("$T.of(", INTENTS);
    String separator = "";
    for (String intent : event.intents().stream().sorted().toList()) {
      block.add(separator + "$T.$N", INTENTS, intent);
      separator = ", ";
    }
    return block.add(").value()").build();
  }

  private static MethodSpec typeOf(List<EventModel> ordered) {
    TypeVariableName e = TypeVariableName.get("E");
    List<EventModel> byName = new ArrayList<>(ordered);
    byName.sort(Comparator.comparing(EventModel::name));
    CodeBlock.Builder cases = CodeBlock.builder().add("$T<?> found = switch (type.getName()) {\n$>", EVENT_TYPE);
    for (EventModel event : byName) {
      cases.add("case $S -> $N;\n", binaryName(event.name()), GeneratedNames.typeConstant(event.name()));
    }
    cases.add("default -> null;\n$<};\n");
    return MethodSpec.methodBuilder("typeOf")
        .addAnnotation(Override.class)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(e)
        .returns(ParameterizedTypeName.get(OPTIONAL, ParameterizedTypeName.get(EVENT_TYPE, e)))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), e), "type")
        .addComment("A switch on the binary name, then an identity check: no reflection, no map.")
        .addCode(cases.build())
        .addStatement(
            "return found != null && found.type() == type ? $T.of(($T<E>) found) : $T.empty()",
            OPTIONAL,
            EVENT_TYPE,
            OPTIONAL)
        .build();
  }

  /** A switch from gateway dispatch name to the generated decoder of the event it decodes into. */
  private static MethodSpec decoderFor(List<EventModel> ordered) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decoderFor")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(OPTIONAL, ParameterizedTypeName.get(EVENT_DECODER, WildcardTypeName.subtypeOf(Object.class))))
            .addParameter(TypeName.get(String.class), "gatewayName");
    List<EventModel> decoded = new ArrayList<>();
    for (EventModel event : ordered) {
      if (event.isDecoded() && event.shape().isPresent()) {
        decoded.add(event);
      }
    }
    if (decoded.isEmpty()) {
      return method.addStatement("return $T.empty()", OPTIONAL).build();
    }
    decoded.sort(Comparator.comparing(EventModel::gatewayName));
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (gatewayName) {\n$>");
    for (EventModel event : decoded) {
      body.addStatement(
          "case $S -> $T.of($T.INSTANCE)",
          event.gatewayName(),
          OPTIONAL,
          JavaTypes.className(GeneratedNames.decoder(event.name())));
    }
    body.addStatement("default -> $T.empty()", OPTIONAL).add("$<};\n");
    return method.addCode(body.build()).build();
  }

  private static String binaryName(QualifiedName name) {
    String nested = String.join("$", name.simpleNames());
    return name.packageName().isEmpty() ? nested : name.packageName() + "." + nested;
  }
}
