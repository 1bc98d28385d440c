package dev.shardwire.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.TypeRef;
import java.util.List;

/** Spells the model's plain names and types as JavaPoet names. */
public final class JavaTypes {

  private JavaTypes() {}

  /** The JavaPoet class name of {@code name}. */
  public static ClassName className(QualifiedName name) {
    List<String> simple = name.simpleNames();
    return ClassName.get(
        name.packageName(), simple.get(0), simple.subList(1, simple.size()).toArray(new String[0]));
  }

  /** The JavaPoet type name of {@code type}. */
  public static TypeName typeName(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return switch (primitive.keyword()) {
        case "boolean" -> TypeName.BOOLEAN;
        case "byte" -> TypeName.BYTE;
        case "short" -> TypeName.SHORT;
        case "int" -> TypeName.INT;
        case "long" -> TypeName.LONG;
        case "char" -> TypeName.CHAR;
        case "float" -> TypeName.FLOAT;
        case "double" -> TypeName.DOUBLE;
        default -> TypeName.VOID;
      };
    }
    if (type instanceof TypeRef.Array array) {
      return ArrayTypeName.of(typeName(array.component()));
    }
    if (type instanceof TypeRef.Variable variable) {
      return TypeVariableName.get(variable.name());
    }
    if (type instanceof TypeRef.Wildcard wildcard) {
      if (wildcard.bound() == null) {
        return WildcardTypeName.subtypeOf(Object.class);
      }
      return wildcard.isSuper()
          ? WildcardTypeName.supertypeOf(typeName(wildcard.bound()))
          : WildcardTypeName.subtypeOf(typeName(wildcard.bound()));
    }
    TypeRef.Declared declared = (TypeRef.Declared) type;
    ClassName raw = className(declared.name());
    if (declared.arguments().isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(
        raw, declared.arguments().stream().map(JavaTypes::typeName).toArray(TypeName[]::new));
  }
}
