package dev.shardwire.processor.writer;

import static dev.shardwire.processor.writer.TypeNames.ABSTRACT_LIST;
import static dev.shardwire.processor.writer.TypeNames.EVENT_TYPE;
import static dev.shardwire.processor.writer.TypeNames.HASHES;
import static dev.shardwire.processor.writer.TypeNames.IMMUTABLE_COPIES;
import static dev.shardwire.processor.writer.TypeNames.LIST;
import static dev.shardwire.processor.writer.TypeNames.OBJECTS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.ShapeModel;
import dev.shardwire.processor.model.TypeRef;
import dev.shardwire.processor.model.ValueType;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the immutable implementation of a concrete event or model: a record whose compact
 * constructor checks (naming the property) and copies (unmodifiable, order-keeping) every
 * property, with {@code equals}/{@code hashCode} over the payload properties, a {@code toString}
 * of the {@code @Repr} ones and, where the shape asks for one, a builder. An event that is also a
 * {@code List} extends {@code AbstractList}, which a record cannot: it is a final class with the
 * same members.
 */
public final class ImplementationWriter {


  private ImplementationWriter() {}

  /** The implementation of {@code shape}, named by {@link GeneratedNames#implementation}. */
  public static TypeSpec write(ShapeModel shape) {
    ClassName self = JavaTypes.className(GeneratedNames.implementation(shape.name()));
    ClassName iface = JavaTypes.className(shape.name());
    Optional<TypeName> element = shape.listElement().map(name -> listElementType(shape.property(name)));
    TypeSpec.Builder type =
        (element.isPresent() ? TypeSpec.classBuilder(self) : TypeSpec.recordBuilder(self))
            .addJavadoc(javadoc(shape, iface))
            .addAnnotation(GeneratedTypes.generated())
            .addAnnotation(GeneratedTypes.suppressions())
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(iface);
    // A type nested in the interface is inherited, and hides a type of the same simple name that
    // the implementation would otherwise import (the bot's Thing.User, the runtime's User).
    type.alwaysQualify(shape.memberTypeNames().toArray(String[]::new));
    if (element.isPresent()) {
      type.addModifiers(Modifier.FINAL);
      addClassMembers(type, shape, element.get());
    } else {
      type.recordConstructor(recordConstructor(shape));
    }
    if (shape.isEvent()) {
      type.addMethod(eventType(shape.name(), iface));
    }
    type.addMethod(equalsMethod(shape, iface));
    type.addMethod(hashCodeMethod(shape));
    type.addMethod(toStringMethod(shape));
    if (shape.hasBuilder()) {
      type.addMethod(
          MethodSpec.methodBuilder("builder")
              .addJavadoc("A builder with every property unset (collections empty, optionals empty).\n")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(self.nestedClass("Builder"))
              .addStatement("return new Builder()")
              .build());
      type.addType(BuilderWriter.write(shape, self, iface));
    }
    return type.build();
  }

  private static CodeBlock javadoc(ShapeModel shape, ClassName iface) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The immutable implementation of {@link $T}, generated from its {@code @$L} interface: the constructor\n"
                    + "checks and copies every property; equal to any {@link $T} with equal payload properties (context\n"
                    + "properties do not count); {@code toString} shows the properties marked {@code @Repr}.\n",
                iface,
                shape.isEvent() ? "ShardEvent" : "GatewayModel",
                iface);
    if (shape.hasBuilder()) {
      doc.add("\n<p>Build one with {@link #builder()}.\n");
    }
    return doc.build();
  }

  /** The record's components, in property order, and its compact constructor's checks and copies. */
  private static MethodSpec recordConstructor(ShapeModel shape) {
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (PropertyModel property : shape.properties()) {
      constructor.addParameter(JavaTypes.typeName(property.type()), property.name());
      CodeBlock checked = checkedValue(shape, property);
      if (!checked.equals(CodeBlock.of("$N", property.name()))) {
        constructor.addStatement("$N = $L", property.name(), checked);
      }
    }
    return constructor.build();
  }

  /** The fields, constructor, accessors and list view of the class form. */
  private static void addClassMembers(TypeSpec.Builder type, ShapeModel shape, TypeName element) {
    type.superclass(ParameterizedTypeName.get(ABSTRACT_LIST, element));
    for (PropertyModel property : shape.properties()) {
      type.addField(
          FieldSpec.builder(JavaTypes.typeName(property.type()), property.name(), Modifier.PRIVATE, Modifier.FINAL)
              .build());
    }
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, element), "elements", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(constructor(shape));
    for (PropertyModel property : shape.properties()) {
      type.addMethod(
          MethodSpec.methodBuilder(property.name())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(JavaTypes.typeName(property.type()))
              .addStatement("return $N", property.name())
              .build());
    }
    addListView(type, element);
  }

  private static MethodSpec constructor(ShapeModel shape) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (PropertyModel property : shape.properties()) {
      constructor.addParameter(JavaTypes.typeName(property.type()), property.name());
      constructor.addStatement("this.$N = $L", property.name(), checkedValue(shape, property));
    }
    shape.listElement().ifPresent(name -> {
      PropertyModel source = shape.property(name);
      if (source.valueType() instanceof ValueType.MapOf) {
        constructor.addStatement("this.elements = $T.values(this.$N)", IMMUTABLE_COPIES, name);
      } else {
        constructor.addStatement("this.elements = this.$N", name);
      }
    });
    return constructor.build();
  }

  /** The expression that checks and copies constructor parameter {@code property}. */
  private static CodeBlock checkedValue(ShapeModel shape, PropertyModel property) {
    String label = shape.name().simpleName() + "." + property.name() + "()";
    ValueType value = property.valueType();
    String copy = null;
    if (value instanceof ValueType.ListOf) {
      copy = "list";
    } else if (value instanceof ValueType.SetOf) {
      copy = "set";
    } else if (value instanceof ValueType.MapOf) {
      copy = "map";
    }
    if (copy != null && !property.nullable()) {
      // A collection of collections is copied all the way down.
      String method = nestsCollections(value) ? "deep" + ValueReads.capitalize(copy) : copy;
      return CodeBlock.of("$T.$L($N, $S)", IMMUTABLE_COPIES, method, property.name(), label);
    }
    if (property.isRequired()) {
      return CodeBlock.of("$T.requireNonNull($N, $S)", IMMUTABLE_COPIES, property.name(), label);
    }
    return CodeBlock.of("$N", property.name());
  }

  private static boolean nestsCollections(ValueType value) {
    if (value instanceof ValueType.ListOf list) {
      return ValueReads.isCollection(list.element());
    }
    if (value instanceof ValueType.SetOf set) {
      return ValueReads.isCollection(set.element());
    }
    return value instanceof ValueType.MapOf map && ValueReads.isCollection(map.value());
  }

  private static MethodSpec eventType(QualifiedName event, ClassName iface) {
    QualifiedName table = GeneratedNames.table(event);
    return MethodSpec.methodBuilder("eventType")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(EVENT_TYPE, iface))
        .addStatement("return $T.$N", JavaTypes.className(table), GeneratedNames.typeConstant(event))
        .build();
  }

  private static void addListView(TypeSpec.Builder type, TypeName element) {
    type.addMethod(
        MethodSpec.methodBuilder("get")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(element)
            .addParameter(TypeName.INT, "index")
            .addStatement("return elements.get(index)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("size")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return elements.size()")
            .build());
  }

  private static MethodSpec equalsMethod(ShapeModel shape, ClassName iface) {
    CodeBlock.Builder comparison = CodeBlock.builder().add("o == this || o instanceof $T", iface);
    boolean any = false;
    for (PropertyModel property : shape.properties()) {
      if (property.isPayload()) {
        // Fields are read as this.x: a property may be named like the locals (that, o).
        comparison.add(any ? "\n    && $L" : " that\n    && $L", comparison(property));
        any = true;
      }
    }
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "o")
        .addStatement("return $L", comparison.build())
        .build();
  }

  private static CodeBlock comparison(PropertyModel property) {
    if (property.type() instanceof TypeRef.Primitive primitive) {
      return switch (primitive.keyword()) {
        case "float" -> CodeBlock.of("Float.compare(this.$N, that.$N()) == 0", property.name(), property.name());
        case "double" -> CodeBlock.of("Double.compare(this.$N, that.$N()) == 0", property.name(), property.name());
        default -> CodeBlock.of("this.$N == that.$N()", property.name(), property.name());
      };
    }
    if (property.isRequired()) {
      return CodeBlock.of("this.$N.equals(that.$N())", property.name(), property.name());
    }
    return CodeBlock.of("$T.equals(this.$N, that.$N())", OBJECTS, property.name(), property.name());
  }

  private static MethodSpec hashCodeMethod(ShapeModel shape) {
    CodeBlock values =
        shape.properties().stream()
            .filter(PropertyModel::isPayload)
            .map(p -> CodeBlock.of("this.$N", p.name()))
            .collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.of($L)", HASHES, values)
        .build();
  }

  private static MethodSpec toStringMethod(ShapeModel shape) {
    CodeBlock.Builder text = CodeBlock.builder();
    String pending = shape.name().simpleName() + "{";
    for (PropertyModel property : shape.properties()) {
      if (property.shownInToString()) {
        text.add("$S +$W$N +$W", pending + property.name() + "=", property.name());
        pending = ", ";
      }
    }
    text.add("$S", pending.equals(", ") ? "}" : pending + "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $L", text.build())
        .build();
  }

  private static TypeName listElementType(PropertyModel source) {
    TypeRef.Declared declared = (TypeRef.Declared) source.type();
    return JavaTypes.typeName(declared.arguments().get(declared.arguments().size() - 1));
  }

}
