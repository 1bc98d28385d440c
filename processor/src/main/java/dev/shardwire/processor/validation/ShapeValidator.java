package dev.shardwire.processor.validation;

import dev.shardwire.processor.model.Annotations;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.Hierarchy;
import dev.shardwire.processor.model.KnownTypes;
import dev.shardwire.processor.model.ListViews;
import dev.shardwire.processor.model.ModelFactory;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.TypeRefs;
import dev.shardwire.processor.model.ValueType;
import dev.shardwire.processor.model.ValueTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks the rules of {@code @ShardEvent} and {@code @GatewayModel} interfaces, reporting every
 * violation on the element that causes it.
 */
public final class ShapeValidator {

  private final Elements elements;
  private final SourceTypes sources;

  /** A validator that looks types up in {@code elements}. */
  public ShapeValidator(Elements elements, SourceTypes sources) {
    this.elements = elements;
    this.sources = sources;
  }

  /** Validates a {@code @ShardEvent} element. */
  public void validateEvent(TypeElement type, Reporter reporter) {
    AnnotationMirror annotation = Annotations.find(type, KnownTypes.SHARD_EVENT_ANNOTATION).orElseThrow();
    if (type.getKind() != ElementKind.INTERFACE) {
      reporter.error(Message.EVENT_NOT_INTERFACE, type, annotation, type.getSimpleName(), kindName(type));
      return;
    }
    boolean base = Annotations.bool(annotation, "base");
    String gatewayName = Annotations.string(annotation, "name");
    Hierarchy hierarchy = Hierarchy.events();
    validateCommon(type, hierarchy, reporter);
    if (!type.getQualifiedName().contentEquals(KnownTypes.EVENT)
        && hierarchy.linearize(type).stream()
            .noneMatch(t -> t.getQualifiedName().contentEquals(KnownTypes.EVENT))) {
      reporter.error(Message.EVENT_NOT_ROOTED, type, type.getSimpleName());
    }
    for (TypeElement supertype : foreignSupertypes(type, hierarchy)) {
      if (base || !supertype.getQualifiedName().contentEquals("java.util.List")) {
        if (sources.isSourceInterface(supertype)) {
          reporter.error(
              Message.SUPERTYPE_NOT_EVENT,
              type,
              type.getSimpleName(),
              supertype.getQualifiedName(),
              supertype.getSimpleName());
        } else {
          reporter.error(Message.SUPERTYPE_NOT_EVENT_FOREIGN, type, type.getSimpleName(), supertype.getQualifiedName());
        }
      }
    }
    if (base && !gatewayName.isEmpty()) {
      reporter.error(Message.BASE_WITH_NAME, type, annotation, type.getSimpleName(), gatewayName);
    }
    validateIntents(type, annotation, reporter);
    if (!base) {
      validateProperties(type, hierarchy, !gatewayName.isEmpty(), reporter);
      validateListView(type, hierarchy, reporter);
    }
  }

  /** Validates a {@code @GatewayModel} element. */
  public void validateModel(TypeElement type, Reporter reporter) {
    if (type.getKind() != ElementKind.INTERFACE) {
      AnnotationMirror annotation = Annotations.find(type, KnownTypes.GATEWAY_MODEL_ANNOTATION).orElseThrow();
      reporter.error(Message.MODEL_NOT_INTERFACE, type, annotation, type.getSimpleName(), kindName(type));
      return;
    }
    Hierarchy hierarchy = Hierarchy.models();
    validateCommon(type, hierarchy, reporter);
    for (TypeElement supertype : foreignSupertypes(type, hierarchy)) {
      if (sources.isSourceInterface(supertype)) {
        reporter.error(Message.SUPERTYPE_NOT_MODEL, type, type.getSimpleName(), supertype.getQualifiedName());
      } else {
        reporter.error(
            Message.SUPERTYPE_NOT_MODEL_FOREIGN, type, type.getSimpleName(), supertype.getQualifiedName(), type.getSimpleName());
      }
    }
    validateProperties(type, hierarchy, true, reporter);
  }

  private static boolean isBaseEvent(TypeElement type) {
    return Annotations.find(type, KnownTypes.SHARD_EVENT_ANNOTATION).map(a -> Annotations.bool(a, "base")).orElse(false);
  }

  /**
   * Whether sealed {@code type} permits the implementation generated for it, by its simple name
   * (the implementation is a top-level class of the type's package; before it is generated, javac
   * knows it only as the name the permits clause writes).
   */
  private static boolean permits(TypeElement type, String implementation) {
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      String name = permitted.getKind() == TypeKind.DECLARED
          ? ((DeclaredType) permitted).asElement().getSimpleName().toString()
          : permitted.toString();
      if (name.equals(implementation) || name.endsWith("." + implementation)) {
        return true;
      }
    }
    return false;
  }

  /** {@code int} → {@code Integer}: the type a nullable value of {@code primitive} takes. */
  private static String boxOf(PrimitiveType primitive) {
    return switch (primitive.getKind()) {
      case INT -> "Integer";
      case CHAR -> "Character";
      default -> {
        String name = TypeRefs.keyword(primitive);
        yield Character.toUpperCase(name.charAt(0)) + name.substring(1);
      }
    };
  }

  /**
   * The implementation inherits the interface's member types, and one named like a type it names
   * itself (its own name in its builder, the package's table in {@code eventType()}) would hide it.
   */
  private static void checkMemberTypes(TypeElement type, Reporter reporter) {
    QualifiedName self = TypeRefs.nameOf(type);
    List<QualifiedName> named = new ArrayList<>();
    named.add(GeneratedNames.implementation(self));
    if (Annotations.has(type, KnownTypes.SHARD_EVENT_ANNOTATION)) {
      named.add(GeneratedNames.table(self));
    }
    Set<String> members = ModelFactory.memberTypeNames(type);
    for (QualifiedName generated : named) {
      if (members.contains(generated.simpleName())) {
        reporter.error(Message.MEMBER_TYPE_HIDES_GENERATED, type, type.getSimpleName(), generated.simpleName(), generated);
      }
    }
  }

  private void validateCommon(TypeElement type, Hierarchy hierarchy, Reporter reporter) {
    if (!type.getTypeParameters().isEmpty()) {
      String parameters =
          type.getTypeParameters().stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
      reporter.error(Message.GENERIC_TYPE, type, type.getSimpleName(), parameters);
    }
    if (!isReachable(type)) {
      reporter.error(Message.TYPE_NOT_ACCESSIBLE, type, type.getSimpleName());
    }
    // A base event has no implementation: a sealed one may permit its events, and no member type
    // can hide what it does not have.
    boolean base = isBaseEvent(type);
    String implementation = GeneratedNames.implementation(TypeRefs.nameOf(type)).simpleName();
    if (type.getModifiers().contains(Modifier.SEALED) && !base && !permits(type, implementation)) {
      boolean event = Annotations.has(type, KnownTypes.SHARD_EVENT_ANNOTATION);
      reporter.error(
          Message.SEALED_TYPE,
          type,
          type.getSimpleName(),
          implementation,
          event ? ", or make it a base event (@ShardEvent(base = true)), which has no implementation" : "");
    }
    if (!base) {
      checkMemberTypes(type, reporter);
    }
    sources.warnIfAuxiliary(type, reporter);
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!hierarchy.accessors(type).contains(method)) {
        continue;
      }
      if (!method.getParameters().isEmpty()) {
        reporter.error(Message.PROPERTY_PARAMETERS, method, method.getSimpleName() + "()", type.getSimpleName());
      }
      if (method.getReturnType().getKind() == TypeKind.VOID) {
        reporter.error(Message.PROPERTY_VOID, method, method.getSimpleName() + "()", type.getSimpleName());
      }
      if (!method.getTypeParameters().isEmpty()) {
        reporter.error(Message.PROPERTY_GENERIC, method, method.getSimpleName() + "()", type.getSimpleName());
      }
      if (method.getReturnType() instanceof PrimitiveType primitive && Annotations.isNullable(method)) {
        reporter.error(
            Message.NULLABLE_PRIMITIVE,
            method,
            method.getSimpleName() + "()",
            type.getSimpleName(),
            TypeRefs.keyword(primitive),
            boxOf(primitive));
      }
      if (method.getSimpleName().contentEquals("clone") || method.getSimpleName().contentEquals("finalize")) {
        // Object's protected methods: an interface may declare them, a record component may not be named so.
        String inherited = method.getSimpleName() + "(), which it inherits from Object (a record component cannot take its name)";
        reporter.error(Message.PROPERTY_RESERVED, method, method.getSimpleName() + "()", type.getSimpleName(), inherited);
      }
      if (method.getSimpleName().contentEquals("builder")) {
        reporter.error(Message.PROPERTY_RESERVED, method, "builder()", type.getSimpleName(), "static builder()");
      }
    }
  }

  /**
   * Checks every property, own or inherited, that the implementation (and, when {@code decoded},
   * the decoder) will handle. Problems of inherited accessors are reported on {@code type},
   * naming the accessor and where it comes from.
   */
  private void validateProperties(TypeElement type, Hierarchy hierarchy, boolean decoded, Reporter reporter) {
    Map<String, String> jsonOwners = new HashMap<>();
    Map<List<String>, String> jsonPaths = new LinkedHashMap<>();
    Map<String, PropertyModel> byName = new LinkedHashMap<>();
    for (ExecutableElement accessor : hierarchy.accessors(type)) {
      if (accessor.getParameters().isEmpty()
          && accessor.getReturnType().getKind() != TypeKind.VOID
          && accessor.getTypeParameters().isEmpty()) {
        byName.put(accessor.getSimpleName().toString(), ModelFactory.property(accessor));
      }
    }
    for (ExecutableElement accessor : hierarchy.accessors(type)) {
      if (!accessor.getParameters().isEmpty()
          || accessor.getReturnType().getKind() == TypeKind.VOID
          || !accessor.getTypeParameters().isEmpty()) {
        continue; // reported on the accessor by validateCommon of its own type
      }
      boolean own = accessor.getEnclosingElement().equals(type);
      String name = accessor.getSimpleName() + "()";
      Optional<AnnotationMirror> jsonName = Annotations.find(accessor, KnownTypes.JSON_NAME);
      Optional<AnnotationMirror> keyedBy = Annotations.find(accessor, KnownTypes.KEYED_BY);
      if (own) {
        jsonName.ifPresent(m -> checkPath(Annotations.string(m, "value"), accessor, m, reporter));
        keyedBy.ifPresent(m -> checkPath(Annotations.string(m, "value"), accessor, m, reporter));
      }
      PropertyModel property = ModelFactory.property(accessor);
      if (property.fromContext()) {
        if (own && !isContextType(accessor.getReturnType())) {
          reporter.error(
              Message.CONTEXT_TYPE, accessor, name, type.getSimpleName(), accessor.getReturnType());
        }
        continue;
      }
      if (property.rawValueOf().isPresent()) {
        if (own) {
          RawValues.check(accessor, property, byName, type, reporter);
        }
        continue;
      }
      if (own && keyedBy.isPresent() && !ValueTypes.isCollection(property.valueType())) {
        reporter.error(Message.KEYED_BY_MISUSE, accessor, keyedBy.get(), name, type.getSimpleName());
        continue;
      }
      if (own && keyedBy.isPresent()) {
        checkKeyedBy(property, accessor, keyedBy.get(), name, type, reporter);
      }
      if (decoded) {
        String reason = ValueTypes.undecodableReason(property.valueType());
        if (reason != null) {
          if (own) {
            reporter.error(Message.PROPERTY_UNDECODABLE, accessor, name, type.getSimpleName(), reason);
          } else {
            reporter.error(
                Message.INHERITED_PROPERTY_UNDECODABLE,
                type,
                name,
                accessor.getEnclosingElement().getSimpleName(),
                type.getSimpleName(),
                reason);
          }
        }
        if (reason == null) {
          checkEnums(type, accessor, own, name, property, reporter);
        }
        String json = property.jsonName();
        String previous = jsonOwners.putIfAbsent(json, name);
        if (previous != null && own) {
          reporter.error(Message.JSON_NAME_CLASH, accessor, previous, name, type.getSimpleName(), json);
        }
        for (Map.Entry<List<String>, String> other : jsonPaths.entrySet()) {
          List<String> path = property.jsonPath();
          boolean inside = JsonPaths.liesInside(path, other.getKey());
          if (own && (inside || JsonPaths.liesInside(other.getKey(), path))) {
            reporter.error(
                Message.JSON_PATH_OVERLAP,
                accessor,
                inside ? name : other.getValue(),
                String.join(".", inside ? path : other.getKey()),
                inside ? other.getValue() : name,
                String.join(".", inside ? other.getKey() : path),
                type.getSimpleName());
            break;
          }
        }
        jsonPaths.putIfAbsent(property.jsonPath(), name);
      }
    }
  }

  /** A map's {@code @KeyedBy} path must reach a property of its values, as the decoder reads the key there. */
  private void checkKeyedBy(
      PropertyModel property,
      ExecutableElement accessor,
      AnnotationMirror keyedBy,
      String name,
      TypeElement type,
      Reporter reporter) {
    Optional<ValueType> value = JsonPaths.keyedMapValue(property.valueType());
    if (value.isEmpty()) {
      return;
    }
    String keyPath = Annotations.string(keyedBy, "value");
    if (!(value.get() instanceof ValueType.Model model)) {
      reporter.error(Message.KEYED_BY_NOT_MODEL, accessor, keyedBy, name, type.getSimpleName(), mapValueType(accessor));
    } else if (!JsonPaths.resolves(elements, model.name(), List.of(keyPath.split("\\.")))) {
      reporter.error(
          Message.KEYED_BY_UNRESOLVED,
          accessor,
          keyedBy,
          keyPath,
          name,
          type.getSimpleName(),
          model.name().simpleName(),
          JsonPaths.pathsOf(elements, model.name()));
    }
  }

  private static String mapValueType(ExecutableElement accessor) {
    TypeMirror returned = accessor.getReturnType();
    if (returned instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      TypeMirror last = arguments.get(arguments.size() - 1);
      if (last instanceof DeclaredType inner && ((TypeElement) inner.asElement()).getQualifiedName().contentEquals("java.util.Map")) {
        return inner.getTypeArguments().get(1).toString();
      }
      return last.toString();
    }
    return returned.toString();
  }

  /** Every enum a payload property reads must be open: exactly one @UnknownValue constant. */
  private void checkEnums(
      TypeElement type, ExecutableElement accessor, boolean own, String name, PropertyModel property, Reporter reporter) {
    Element at = own ? accessor : type;
    for (ValueType.EnumValue enumValue : ValueTypes.enums(property.valueType())) {
      List<ValueType.EnumConstant> fallbacks = enumValue.fallbacks();
      if (fallbacks.isEmpty()) {
        // Only an enum of the user's own sources can be given a fallback constant.
        TypeElement enumType = elements.getTypeElement(enumValue.name().canonicalName());
        Message message =
            enumType != null && sources.isSource(enumType)
                ? Message.ENUM_WITHOUT_FALLBACK
                : Message.ENUM_WITHOUT_FALLBACK_FOREIGN;
        reporter.error(message, at, enumValue.name().simpleName(), name, type.getSimpleName());
      } else if (fallbacks.size() > 1) {
        String constants =
            fallbacks.stream().map(ValueType.EnumConstant::name).collect(Collectors.joining(" and "));
        reporter.error(
            Message.ENUM_SEVERAL_FALLBACKS, at, enumValue.name().simpleName(), constants, name, type.getSimpleName());
      }
      // Each JSON value is one case of the generated switch: two constants of one value would not compile.
      Map<String, String> byValue = new HashMap<>();
      for (ValueType.EnumConstant constant : enumValue.named()) {
        String previous = byValue.putIfAbsent(constant.jsonName(), constant.name());
        if (previous != null) {
          reporter.error(
              Message.ENUM_JSON_VALUE_CLASH,
              at,
              enumValue.name().simpleName(),
              previous,
              constant.name(),
              constant.jsonName(),
              name,
              type.getSimpleName());
          break;
        }
      }
    }
  }

  private void validateListView(TypeElement type, Hierarchy hierarchy, Reporter reporter) {
    Optional<DeclaredType> list = ListViews.listSupertype(type);
    if (list.isEmpty() || list.get().getTypeArguments().size() != 1) {
      return;
    }
    List<PropertyModel> properties =
        hierarchy.accessors(type).stream().map(ModelFactory::property).toList();
    for (ExecutableElement accessor : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (accessor.getSimpleName().contentEquals("elements") && accessor.getParameters().isEmpty()) {
        reporter.error(Message.PROPERTY_RESERVED, accessor, "elements()", type.getSimpleName(), "list of elements");
      }
    }
    List<String> candidates = ListViews.candidates(type, properties);
    if (candidates.size() != 1) {
      TypeMirror element = list.get().getTypeArguments().get(0);
      String simple = element.getKind() == TypeKind.DECLARED
          ? ((DeclaredType) element).asElement().getSimpleName().toString()
          : element.toString();
      reporter.error(Message.LIST_VIEW_SOURCE, type, type.getSimpleName(), simple, simple, simple, candidates.size());
    }
  }

  private void validateIntents(TypeElement type, AnnotationMirror annotation, Reporter reporter) {
    List<String> intents = Annotations.strings(annotation, "intents");
    if (intents.isEmpty()) {
      return;
    }
    TypeElement intentsType = elements.getTypeElement(KnownTypes.INTENTS);
    for (String intent : intents) {
      boolean known =
          intentsType != null
              && ElementFilter.fieldsIn(intentsType.getEnclosedElements()).stream()
                  .map(VariableElement::getSimpleName)
                  .anyMatch(n -> n.contentEquals(intent));
      if (!known) {
        reporter.error(Message.UNKNOWN_INTENT, type, annotation, intent);
      }
    }
  }

  private static void checkPath(String path, Element element, AnnotationMirror annotation, Reporter reporter) {
    boolean valid = !path.isEmpty();
    for (String segment : path.split("\\.", -1)) {
      valid &= !segment.isEmpty() && segment.chars().noneMatch(Character::isWhitespace);
    }
    if (!valid) {
      reporter.error(Message.JSON_NAME_INVALID, element, annotation, path, element.getSimpleName() + "()");
    }
  }

  /** The direct superinterfaces of {@code type} that are not of {@code hierarchy}'s kind. */
  private static List<TypeElement> foreignSupertypes(TypeElement type, Hierarchy hierarchy) {
    return type.getInterfaces().stream()
        .filter(m -> m.getKind() == TypeKind.DECLARED)
        .map(m -> (TypeElement) ((DeclaredType) m).asElement())
        .filter(t -> !hierarchy.isPropertySource(t))
        .toList();
  }

  private static boolean isContextType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    return name.equals(KnownTypes.APP) || name.equals(KnownTypes.SHARD);
  }

  /** Whether code generated in the type's package can name it: neither it nor an enclosing type is private. */
  static boolean isReachable(TypeElement type) {
    Element current = type;
    while (current instanceof TypeElement) {
      if (current.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      current = current.getEnclosingElement();
    }
    return true;
  }

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a class";
    };
  }
}
