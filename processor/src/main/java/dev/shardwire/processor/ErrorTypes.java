package dev.shardwire.processor;

import dev.shardwire.processor.model.Annotations;
import dev.shardwire.processor.model.KnownTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the types an element refers to that javac could not resolve yet: usually types another
 * processor generates in a later round. Such elements are deferred, not reported.
 */
final class ErrorTypes {

  private ErrorTypes() {}

  /**
   * The unresolved types in {@code type}'s supertypes and method signatures, and in the inherited
   * methods that become part of what is generated from it: for an interface (an event or model),
   * every method of its superinterfaces, whose accessors are its properties too; for a class (a
   * listener), the {@code @Subscribe} methods of its supertypes, which its binding calls.
   */
  static List<String> unresolved(TypeElement type) {
    Set<String> found = new LinkedHashSet<>();
    for (TypeMirror supertype : type.getInterfaces()) {
      collect(supertype, found);
    }
    collect(type.getSuperclass(), found);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      collectSignature(method, found);
    }
    collectInherited(type, type.getKind().isInterface(), found, new HashSet<>());
    return new ArrayList<>(found);
  }

  private static void collectInherited(TypeElement type, boolean shape, Set<String> found, Set<TypeElement> seen) {
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      collect(supertype, found);
      if (supertype.getKind() == TypeKind.DECLARED
          && ((DeclaredType) supertype).asElement() instanceof TypeElement inherited
          && seen.add(inherited)) {
        for (ExecutableElement method : ElementFilter.methodsIn(inherited.getEnclosedElements())) {
          if (shape || Annotations.has(method, KnownTypes.SUBSCRIBE)) {
            collectSignature(method, found);
          }
        }
        collectInherited(inherited, shape, found, seen);
      }
    }
  }

  private static void collectSignature(ExecutableElement method, Set<String> found) {
    collect(method.getReturnType(), found);
    method.getParameters().forEach(p -> collect(p.asType(), found));
  }

  private static void collect(TypeMirror type, Set<String> found) {
    if (type == null) {
      return;
    }
    if (type.getKind() == TypeKind.ERROR) {
      found.add(type.toString());
    } else if (type.getKind() == TypeKind.DECLARED) {
      ((DeclaredType) type).getTypeArguments().forEach(a -> collect(a, found));
    } else if (type.getKind() == TypeKind.ARRAY) {
      collect(((ArrayType) type).getComponentType(), found);
    } else if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      collect(wildcard.getExtendsBound(), found);
      collect(wildcard.getSuperBound(), found);
    }
  }
}
