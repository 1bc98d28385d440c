package dev.shardwire.processor.writer;

import static dev.shardwire.processor.writer.TypeNames.BINDING_HANDLERS;
import static dev.shardwire.processor.writer.TypeNames.COMPLETION_STAGE;
import static dev.shardwire.processor.writer.TypeNames.EVENT_MANAGER;
import static dev.shardwire.processor.writer.TypeNames.GENERATED_BINDING;
import static dev.shardwire.processor.writer.TypeNames.OBJECTS;
import static dev.shardwire.processor.writer.TypeNames.SUBSCRIPTION_GROUP;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.HandlerModel;
import dev.shardwire.processor.model.ListenerModel;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the binding of one listener class: a {@code GeneratedBinding} given the handlers' event
 * types and names as one {@code BindingHandlers} constant, whose {@code invoke} calls each {@code
 * @Subscribe} method directly, by index, and a static {@code register} entry point.
 */
public final class BindingWriter {

  private static final TypeName ANY = WildcardTypeName.subtypeOf(Object.class);

  private BindingWriter() {}

  /** The binding of {@code listener}. */
  public static TypeSpec write(ListenerModel listener) {
    ClassName self = JavaTypes.className(listener.bindingName());
    ClassName raw = JavaTypes.className(listener.name());
    TypeName target = target(listener);
    List<HandlerModel> handlers = listener.handlers();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(
                "Calls the {@code @Subscribe} methods of {@link $T} directly, by index; each {@link #register} call subscribes them all anew.\n",
                raw)
            .addAnnotation(GeneratedTypes.generated())
            .addAnnotation(GeneratedTypes.suppressions())
            .superclass(ParameterizedTypeName.get(GENERATED_BINDING, target));
    if (listener.isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    type.addModifiers(Modifier.FINAL);
    // One handler a line, in index order, its event type beside its name.
    CodeBlock.Builder table = CodeBlock.builder().add("$T$>$>", BINDING_HANDLERS);
    for (int i = 0; i < handlers.size(); i++) {
      HandlerModel handler = handlers.get(i);
      table.add(
          "\n.$L($T.$N, $S)",
          i == 0 ? "of" : "and",
          JavaTypes.className(GeneratedNames.table(handler.event())),
          GeneratedNames.typeConstant(handler.event()),
          handler.displayName());
    }
    type.addField(
        FieldSpec.builder(BINDING_HANDLERS, "HANDLERS")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(table.add("$<$<").build())
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(target, "target")
            // The superclass rejects a null target.
            .addStatement("super(target, HANDLERS)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("register")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(SUBSCRIPTION_GROUP)
            .addParameter(EVENT_MANAGER, "manager")
            .addParameter(target, "target")
            .addStatement("return $T.requireNonNull(manager, $S).register(new $T(target))", OBJECTS, "manager must not be null", self)
            .build());
    type.addMethod(invoke(handlers));
    return type.build();
  }

  /** The listener class with a wildcard for every type argument: {@code L<?>}, {@code Outer<?>.Inner}. */
  private static TypeName target(ListenerModel listener) {
    List<String> names = listener.name().simpleNames();
    List<Integer> counts = listener.typeParameterCounts();
    ClassName raw = ClassName.get(listener.name().packageName(), names.get(0));
    TypeName type = raw;
    ParameterizedTypeName parameterized = counts.get(0) == 0 ? null : ParameterizedTypeName.get(raw, wildcards(counts.get(0)));
    for (int i = 1; i < names.size(); i++) {
      raw = raw.nestedClass(names.get(i));
      if (parameterized == null && counts.get(i) == 0) {
        type = raw;
      } else if (parameterized == null) {
        parameterized = ParameterizedTypeName.get(raw, wildcards(counts.get(i)));
      } else {
        parameterized = parameterized.nestedClass(names.get(i), List.of(wildcards(counts.get(i))));
      }
    }
    return parameterized == null ? type : parameterized;
  }

  private static TypeName[] wildcards(int count) {
    return Collections.nCopies(count, ANY).toArray(TypeName[]::new);
  }

  private static MethodSpec invoke(List<HandlerModel> handlers) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (index)");
    for (int i = 0; i < handlers.size(); i++) {
      HandlerModel handler = handlers.get(i);
      ClassName event = JavaTypes.className(handler.event());
      CodeBlock call = CodeBlock.of("target.$N(($T) event)", handler.methodName(), event);
      if (handler.async()) {
        body.add("case $L -> {\n$>return $L;\n$<}\n", i, call);
      } else {
        body.add("case $L -> $L;\n", i, call);
      }
    }
    body.add("default -> throw new $T(index);\n", IndexOutOfBoundsException.class);
    body.endControlFlow();
    // A void handler returns no stage. When every handler returns one, the switch cannot complete
    // normally and a statement after it would not compile.
    if (handlers.stream().anyMatch(handler -> !handler.async())) {
      body.addStatement("return null");
    }
    return MethodSpec.methodBuilder("invoke")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(COMPLETION_STAGE, ANY))
        .addParameter(TypeName.INT, "index")
        .addParameter(Object.class, "event")
        .addException(Exception.class)
        .addCode(body.build())
        .build();
  }
}
