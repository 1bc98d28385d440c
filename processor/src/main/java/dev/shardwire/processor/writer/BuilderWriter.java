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
import java.util.stream.Collectors;
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
    String arguments =
        shape.properties().stream().map(PropertyModel::name).collect(Collectors.joining(", "));
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
