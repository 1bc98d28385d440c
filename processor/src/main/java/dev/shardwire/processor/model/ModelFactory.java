package dev.shardwire.processor.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Builds the plain models from elements that the validation layer has already accepted: it
 * assumes every rule holds and checks none.
 */
public final class ModelFactory {

  private ModelFactory() {}

  /** The model of a valid {@code @ShardEvent} interface. */
  public static EventModel event(TypeElement type) {
    AnnotationMirror annotation = Annotations.find(type, KnownTypes.SHARD_EVENT_ANNOTATION).orElseThrow();
    boolean base = Annotations.bool(annotation, "base");
    String gatewayName = Annotations.string(annotation, "name");
    // An event no dispatch decodes is made by hand only: a builder always serves it.
    boolean builder = gatewayName.isEmpty() || Annotations.bool(annotation, "builder");
    Hierarchy hierarchy = Hierarchy.events();
    List<QualifiedName> supertypes = new ArrayList<>();
    List<TypeElement> linearized = hierarchy.linearize(type);
    for (TypeElement supertype : linearized.subList(1, linearized.size())) {
      supertypes.add(TypeRefs.nameOf(supertype));
    }
    return new EventModel(
        TypeRefs.nameOf(type),
        gatewayName,
        base,
        Annotations.strings(annotation, "intents"),
        supertypes,
        base ? Optional.empty() : Optional.of(shape(type, hierarchy, true, builder)));
  }

  /** The shape of a valid {@code @GatewayModel} interface. */
  public static ShapeModel gatewayModel(TypeElement type) {
    AnnotationMirror annotation = Annotations.find(type, KnownTypes.GATEWAY_MODEL_ANNOTATION).orElseThrow();
    return shape(type, Hierarchy.models(), false, Annotations.bool(annotation, "builder"));
  }

  private static ShapeModel shape(TypeElement type, Hierarchy hierarchy, boolean isEvent, boolean builder) {
    List<PropertyModel> properties = new ArrayList<>();
    for (ExecutableElement accessor : hierarchy.accessors(type)) {
      properties.add(property(accessor));
    }
    List<String> typeParameters = new ArrayList<>();
    for (TypeParameterElement parameter : type.getTypeParameters()) {
      typeParameters.add(parameter.getSimpleName().toString());
    }
    return new ShapeModel(
        TypeRefs.nameOf(type),
        typeParameters,
        properties,
        ListViews.sourceProperty(type, properties),
        isEvent,
        builder,
        List.copyOf(memberTypeNames(type, new TreeSet<>())));
  }

  /** The simple names of the types nested in {@code type} and in its superinterfaces, sorted. */
  public static Set<String> memberTypeNames(TypeElement type) {
    return memberTypeNames(type, new TreeSet<>());
  }

  /** The simple names of the types nested in {@code type} and in its superinterfaces, into {@code names}. */
  private static Set<String> memberTypeNames(TypeElement type, Set<String> names) {
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      names.add(nested.getSimpleName().toString());
    }
    for (TypeMirror supertype : type.getInterfaces()) {
      if (supertype instanceof DeclaredType declared && declared.asElement() instanceof TypeElement inherited) {
        memberTypeNames(inherited, names);
      }
    }
    return names;
  }

  /** The model of one accessor. */
  public static PropertyModel property(ExecutableElement accessor) {
    String name = accessor.getSimpleName().toString();
    boolean fromContext = Annotations.has(accessor, KnownTypes.FROM_CONTEXT);
    Optional<String> rawValueOf = Annotations.stringValue(accessor, KnownTypes.RAW_VALUE_OF);
    List<String> keyPath = path(Annotations.stringValue(accessor, KnownTypes.KEYED_BY).orElse(""));
    List<String> jsonPath =
        fromContext || rawValueOf.isPresent()
            ? List.of()
            : path(
                Annotations.stringValue(accessor, KnownTypes.JSON_NAME)
                    .orElse(GeneratedNames.snakeCase(name)));
    return new PropertyModel(
        name,
        TypeRefs.of(accessor.getReturnType()),
        ValueTypes.classify(accessor.getReturnType(), keyPath),
        jsonPath,
        Annotations.has(accessor, KnownTypes.REPR),
        fromContext,
        Annotations.isNullable(accessor),
        rawValueOf);
  }

  /** {@code "user.id"} → {@code [user, id]}; {@code ""} → {@code []}. */
  public static List<String> path(String dotted) {
    return dotted.isEmpty() ? List.of() : Arrays.asList(dotted.split("\\.", -1));
  }
}
