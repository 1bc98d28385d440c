package dev.shardwire.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.ShapeModel;
import dev.shardwire.processor.model.TypeRef;
import dev.shardwire.processor.model.ValueType;
import javax.lang.model.element.Modifier;

/** Writes the nested {@code Builder} of a generated implementation. */
final class BuilderWriter {

  private BuilderWriter() {}

  static TypeSpec write(ShapeModel shape, ClassName implementation, ClassName iface) {
    ClassName builder = implementation.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc(
                "Builds {@link $T} values. Optionals start empty and collections empty; every other"
                    + " reference must be set\nbefore {@link #build()}.\n",
                iface)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    for (PropertyModel property : shape.properties()) {
      FieldSpec.Builder field =
          FieldSpec.builder(JavaTypes.typeName(property.type()), property.name(), Modifier.PRIVATE);
      CodeBlock initial = initialValue(property);
      if (initial != null) {
        field.initializer(initial);
      }
      type.addField(field.build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (PropertyModel property : shape.properties()) {
      type.addMethod(
          MethodSpec.methodBuilder(property.name())
              .addJavadoc("Sets {@link $T#$N()}.\n", iface, property.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(JavaTypes.typeName(property.type()), property.name())
              .addStatement("this.$N = $N", property.name(), property.name())
              .addStatement("return this")
              .build());
      if (property.valueType() instanceof ValueType.OptionalOf
          && property.type() instanceof TypeRef.Declared declared) {
        TypeName element = JavaTypes.typeName(declared.arguments().get(0));
        type.addMethod(
            MethodSpec.methodBuilder(property.name())
                .addJavadoc("Sets {@link $T#$N()}; {@code null} leaves it empty.\n", iface, property.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(element, property.name())
                .addStatement("this.$N = $T.ofNullable($N)", property.name(), TypeNames.OPTIONAL, property.name())
                .addStatement("return this")
                .build());
      }
    }
    CodeBlock arguments =
        shape.properties().stream()
            .map(p -> p.rawValueOf().isPresent() ? rawValue(shape, p, type) : CodeBlock.of("$N", p.name()))
            .collect(CodeBlock.joining(", "));
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc(
                "The event or model with the properties set so far.\n\n@throws NullPointerException naming the first"
                    + " required property left unset\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(implementation)
            .addStatement("return new $T($L)", implementation, arguments)
            .build());
    return type.build();
  }

  /**
   * What {@code build()} passes for the {@code @RawValueOf} property {@code companion}: the value
   * set, or, when none was, the JSON text of the enum property's constant, so that a builder's
   * caller need not spell it twice. The fallback constant has no text: its raw value must be set.
   */
  private static CodeBlock rawValue(ShapeModel shape, PropertyModel companion, TypeSpec.Builder type) {
    PropertyModel enumProperty = shape.property(companion.rawValueOf().orElseThrow());
    ValueType.EnumValue enumValue = ValueReads.enumOf(enumProperty.valueType());
    String helper = "jsonTextOf" + ValueReads.capitalize(enumProperty.name());
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (value) {\n$>");
    for (ValueType.EnumConstant constant : enumValue.named()) {
      body.addStatement("case $N -> $S", constant.name(), constant.jsonName());
    }
    if (enumValue.named().size() < enumValue.constants().size()) {
      body.addStatement("default -> null");
    }
    body.add("$<};\n");
    type.addMethod(
        MethodSpec.methodBuilder(helper)
            .addJavadoc("The JSON text of {@code value}; null for the fallback constant, which has none.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(JavaTypes.className(enumValue.name()), "value")
            .addCode(body.build())
            .build());
    String raw = companion.name();
    String value = enumProperty.name();
    if (enumProperty.valueType() instanceof ValueType.OptionalOf) {
      return CodeBlock.of(
          "$N.isPresent() ? $N : $N.map($N::$N)", raw, raw, value, "Builder", helper);
    }
    if (enumProperty.valueType() instanceof ValueType.OptionalNullableOf) {
      return CodeBlock.of(
          "!$N.isAbsent() || !$N.isPresent() || $N($N.get()) == null ? ($N.isAbsent() && $N.isNull() ? $T.ofNull() : $N)"
              + " : $T.of($N($N.get()))",
          raw, value, helper, value, raw, value, TypeNames.OPTIONAL_NULLABLE, raw, TypeNames.OPTIONAL_NULLABLE, helper, value);
    }
    return CodeBlock.of("$N != null || $N == null ? $N : $N($N)", raw, value, raw, helper, value);
  }

  /** The builder's starting value of {@code property}, or null for Java's default. */
  private static CodeBlock initialValue(PropertyModel property) {
    ValueType value = property.valueType();
    if (property.nullable()) {
      return null;
    }
    if (value instanceof ValueType.OptionalOf) {
      return CodeBlock.of("$T.empty()", TypeNames.OPTIONAL);
    }
    if (value instanceof ValueType.OptionalNullableOf) {
      return CodeBlock.of("$T.absent()", TypeNames.OPTIONAL_NULLABLE);
    }
    if (value instanceof ValueType.OptionalPrimitive primitive) {
      return CodeBlock.of("$T.empty()", ValueReads.optionalPrimitive(primitive.keyword()));
    }
    if (value instanceof ValueType.ListOf) {
      return CodeBlock.of("$T.of()", TypeNames.LIST);
    }
    if (value instanceof ValueType.SetOf) {
      return CodeBlock.of("$T.of()", TypeNames.SET);
    }
    if (value instanceof ValueType.MapOf) {
      return CodeBlock.of("$T.of()", TypeNames.MAP);
    }
    return null;
  }
}
