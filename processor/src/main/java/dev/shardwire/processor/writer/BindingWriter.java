package dev.shardwire.processor.writer;

import static dev.shardwire.processor.writer.TypeNames.COMPLETION_STAGE;
import static dev.shardwire.processor.writer.TypeNames.EVENT_MANAGER;
import static dev.shardwire.processor.writer.TypeNames.EVENT_TYPE;
import static dev.shardwire.processor.writer.TypeNames.LISTENER_BINDING;
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
 * Writes the binding of one listener class: a {@code ListenerBinding} whose {@code invoke} calls
 * each {@code @Subscribe} method directly, by index, and a static {@code register} entry point.
 */
public final class BindingWriter {

  private static final TypeName ANY = WildcardTypeName.subtypeOf(Object.class);

  private BindingWriter() {}

  /** The binding of {@code listener}. */
  public static TypeSpec write(ListenerModel listener) {
    ClassName self = JavaTypes.className(listener.bindingName());
    ClassName raw = JavaTypes.className(listener.name());
    TypeName target =
        listener.typeParameterCount() == 0
            ? raw
            : ParameterizedTypeName.get(raw, Collections.nCopies(listener.typeParameterCount(), ANY).toArray(TypeName[]::new));
    List<HandlerModel> handlers = listener.handlers();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addJavadoc(javadoc(listener))
            .addAnnotation(GeneratedTypes.generated())
            .superclass(LISTENER_BINDING);
    if (listener.isPublic()) {
      type.addModifiers(Modifier.PUBLIC);
    }
    type.addModifiers(Modifier.FINAL);
    type.addField(FieldSpec.builder(target, "target", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "A binding of {@code target}'s handlers; give it to {@link $T#register($T)}.\n\n"
                    + "@throws NullPointerException if {@code target} is null\n",
                EVENT_MANAGER,
                LISTENER_BINDING)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(target, "target")
            .addStatement("this.target = $T.requireNonNull(target, $S)", OBJECTS, "target must not be null")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("register")
            .addJavadoc(
                "Subscribes every handler of {@code target} to {@code manager} in one step.\n\n"
                    + "<p>Each call binds anew: registering one object twice makes its handlers run twice,"
                    + " until one of\nthe two handles is closed.\n\n"
                    + "@return one handle that unsubscribes all of them\n"
                    + "@throws NullPointerException if {@code manager} or {@code target} is null\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(SUBSCRIPTION_GROUP)
            .addParameter(EVENT_MANAGER, "manager")
            .addParameter(target, "target")
            .addStatement("$T.requireNonNull(manager, $S)", OBJECTS, "manager must not be null")
            .addStatement("return manager.register(new $T(target))", self)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("target")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(target)
            .addStatement("return target")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("handlerCount")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return $L", handlers.size())
            .build());
    type.addMethod(eventType(handlers));
    type.addMethod(invoke(handlers));
    type.addMethod(handlerName(handlers));
    return type.build();
  }

  private static CodeBlock javadoc(ListenerModel listener) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Calls the {@code @Subscribe} methods of {@link $T} directly; generated from them.\n\n",
                JavaTypes.className(listener.name()))
            .add("<p>Handlers, by index:\n\n<ol start=\"0\">\n");
    for (HandlerModel handler : listener.handlers()) {
      doc.add("  <li>{@code $L} handles {@link $T}\n", handler.displayName(), JavaTypes.className(handler.event()));
    }
    return doc.add("</ol>\n\n<p>Register an instance with {@link #register}.\n").build();
  }

  private static MethodSpec eventType(List<HandlerModel> handlers) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (index) {\n$>");
    for (int i = 0; i < handlers.size(); i++) {
      HandlerModel handler = handlers.get(i);
      body.add(
          "case $L -> $T.$N;\n",
          i,
          JavaTypes.className(GeneratedNames.table(handler.event())),
          GeneratedNames.typeConstant(handler.event()));
    }
    body.add("default -> throw new $T(index);\n$<};\n", IndexOutOfBoundsException.class);
    return MethodSpec.methodBuilder("eventType")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(EVENT_TYPE, ANY))
        .addParameter(TypeName.INT, "index")
        .addCode(body.build())
        .build();
  }

  private static MethodSpec invoke(List<HandlerModel> handlers) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (index)");
    for (int i = 0; i < handlers.size(); i++) {
      HandlerModel handler = handlers.get(i);
      ClassName event = JavaTypes.className(handler.event());
      // A handler of the root type takes the event as it is: a cast would be redundant (-Xlint).
      CodeBlock argument = CodeBlock.of("($T) event", event);
      body.add("case $L:\n$>", i);
      if (handler.async()) {
        body.addStatement("return target.$N($L)", handler.methodName(), argument);
      } else {
        body.addStatement("target.$N($L)", handler.methodName(), argument);
        body.addStatement("return null");
      }
      body.add("$<");
    }
    body.add("default:\n$>").addStatement("throw new $T(index)", IndexOutOfBoundsException.class).add("$<");
    body.endControlFlow();
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

  private static MethodSpec handlerName(List<HandlerModel> handlers) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (index) {\n$>");
    for (int i = 0; i < handlers.size(); i++) {
      body.add("case $L -> $S;\n", i, handlers.get(i).displayName());
    }
    body.add("default -> throw new $T(index);\n$<};\n", IndexOutOfBoundsException.class);
    return MethodSpec.methodBuilder("handlerName")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addParameter(TypeName.INT, "index")
        .addCode(body.build())
        .build();
  }
}
