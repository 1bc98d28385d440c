package dev.shardwire.processor.validation;


/**
 * Every diagnostic the Shardwire processor reports, in one catalogue. Each has a stable tag and
 * says the rule, then the fix.
 */
public enum Message {
  EVENT_NOT_INTERFACE(
      "ShardwireEventNotInterface",
      "@ShardEvent must be on an interface, but %s is %s; declare it as an interface whose"
          + " accessors are the event's fields"),
  MODEL_NOT_INTERFACE(
      "ShardwireModelNotInterface",
      "@GatewayModel must be on an interface, but %s is %s; declare it as an interface whose"
          + " accessors are the model's fields"),
  GENERIC_TYPE(
      "ShardwireGenericType",
      "%s must not declare type parameters, because an event or model has one fixed shape;"
          + " remove <%s>"),
  TYPE_NOT_ACCESSIBLE(
      "ShardwireTypeNotAccessible",
      "%s is private or nested in a private class, so the code generated in its package cannot"
          + " implement it; make it package-private or public"),
  EVENT_NOT_ROOTED(
      "ShardwireEventNotRooted",
      "@ShardEvent interface %s must extend dev.shardwire.events.Event, directly or through"
          + " another event; add 'extends Event' or extend a built-in event such as ShardEvent"),
  SUPERTYPE_NOT_EVENT(
      "ShardwireSupertypeNotEvent",
      "event %s extends %s, which is not a @ShardEvent interface, so it has no place in the"
          + " dispatch table; annotate %s with @ShardEvent(base = true) or stop extending it"),
  SUPERTYPE_NOT_EVENT_FOREIGN(
      "ShardwireSupertypeNotEvent",
      "event %s extends %s, which is not a @ShardEvent interface, so it has no place in the"
          + " dispatch table; stop extending it, and extend an event interface instead, such as"
          + " dev.shardwire.events.ShardEvent"),
  SUPERTYPE_NOT_MODEL(
      "ShardwireSupertypeNotModel",
      "model %s extends %s, which is not a @GatewayModel interface; annotate it with"
          + " @GatewayModel or stop extending it"),
  SUPERTYPE_NOT_MODEL_FOREIGN(
      "ShardwireSupertypeNotModel",
      "model %s extends %s, which is not a @GatewayModel interface, so its accessors cannot be"
          + " decoded; stop extending it, and declare the properties you need on %s itself"),
  BASE_WITH_NAME(
      "ShardwireBaseWithName",
      "base event %s cannot decode dispatch \"%s\", because base events are never built;"
          + " remove base = true or the name"),
  DUPLICATE_GATEWAY_NAME(
      "ShardwireDuplicateGatewayName",
      "gateway dispatch \"%s\" is claimed by both %s and %s, but each dispatch decodes into"
          + " exactly one event; remove the name from one of them"),
  BUILT_IN_GATEWAY_NAME(
      "ShardwireBuiltInGatewayName",
      "gateway dispatch \"%s\" is already decoded by the built-in event %s, and each dispatch"
          + " decodes into exactly one event; subscribe to %s instead, or remove the name and read"
          + " the raw payload from ShardPayloadEvent"),
  GENERATED_NAME_CLASH(
      "ShardwireGeneratedNameClash",
      "%s and %s would both be %s in the code generated for %s, but a generated name"
          + " stands for one type; rename one of them"),
  GENERATED_NAME_RESERVED(
      "ShardwireGeneratedNameReserved",
      "event %s would be %s.%s in the code generated for %s, a name the table keeps for itself;"
          + " rename the event, as %sEvent"),
  SEALED_TYPE(
      "ShardwireSealedType",
      "%s is sealed, so %s, the implementation generated for it, cannot implement it; remove"
          + " 'sealed' and the permits clause%s"),
  MEMBER_TYPE_HIDES_GENERATED(
      "ShardwireMemberTypeHidesGenerated",
      "%s has a member type %s, which its generated implementation inherits and which there hides"
          + " the generated %s; rename the member type"),
  AUXILIARY_CLASS(
      "ShardwireAuxiliaryClass",
      "%s is declared in %s, a file named for another class, so the code generated for it in files"
          + " of its own names it with javac's auxiliaryclass warning; move %s to a file of its"
          + " own, %s.java"),
  GENERATED_TYPE_EXISTS(
      "ShardwireGeneratedTypeExists",
      "the code generated for %s includes %s, but a source of this compilation already declares"
          + " a type of that name; rename that type"),
  UNKNOWN_INTENT(
      "ShardwireUnknownIntent",
      "\"%s\" is not a constant of dev.shardwire.models.Intents; use one of its names, such as"
          + " GUILD_MEMBERS"),
  PROPERTY_PARAMETERS(
      "ShardwirePropertyParameters",
      "accessor %s of %s must take no parameters, because properties are read-only values;"
          + " remove the parameters or make it a default method"),
  PROPERTY_VOID(
      "ShardwirePropertyVoid",
      "accessor %s of %s must return the property's value, not void; declare the property's"
          + " type as the return type or make it a default method"),
  PROPERTY_GENERIC(
      "ShardwirePropertyGeneric",
      "accessor %s of %s must not declare type parameters; give the property a concrete type"),
  PROPERTY_RESERVED(
      "ShardwirePropertyReserved",
      "accessor %s of %s clashes with the generated implementation's %s; rename the accessor"),
  NULLABLE_PRIMITIVE(
      "ShardwireNullablePrimitive",
      "accessor %s of %s is @Nullable, but %s cannot hold null; return %s, or remove @Nullable"),
  PROPERTY_UNDECODABLE(
      "ShardwirePropertyType",
      "property %s of %s cannot be decoded from JSON: %s"),
  ENUM_WITHOUT_FALLBACK(
      "ShardwireEnumWithoutFallback",
      "enum %s has no fallback constant for values Discord adds later, so property %s of %s"
          + " could not decode them; annotate one constant with @UnknownValue, e.g."
          + " `@UnknownValue UNKNOWN`"),
  ENUM_WITHOUT_FALLBACK_FOREIGN(
      "ShardwireEnumWithoutFallback",
      "enum %s has no fallback constant for values Discord adds later, so property %s of %s"
          + " could not decode them, and it is not declared in your sources; declare an enum of"
          + " your own with one constant annotated @UnknownValue, e.g. `@UnknownValue UNKNOWN`,"
          + " and use it instead"),
  ENUM_SEVERAL_FALLBACKS(
      "ShardwireEnumSeveralFallbacks",
      "enum %s marks %s with @UnknownValue, but unknown values decode to exactly one fallback"
          + " constant (read by property %s of %s); keep @UnknownValue on one of them"),
  ENUM_JSON_VALUE_CLASH(
      "ShardwireEnumJsonValueClash",
      "enum %s has constants %s and %s that both stand for the JSON value \"%s\", but a value"
          + " decodes to exactly one constant (read by property %s of %s); give one of them another"
          + " @JsonName"),
  RAW_VALUE_OF_NO_ENUM(
      "ShardwireRawValueOfNoEnum",
      "@RawValueOf(\"%s\") on %s of %s must name an enum property of %s (plain, Optional or"
          + " OptionalNullable), but %s; name the accessor of the enum property, as"
          + " @RawValueOf(\"status\") for Status status()"),
  RAW_VALUE_OF_DUPLICATE(
      "ShardwireRawValueOfDuplicate",
      "@RawValueOf(\"%s\") on %s of %s repeats %s, which already holds the raw value of %s();"
          + " remove one of them"),
  RAW_VALUE_OF_TYPE(
      "ShardwireRawValueOfType",
      "@RawValueOf(\"%s\") accessor %s of %s returns %s, but the raw value of %s() is a %s"
          + " (its type with the enum replaced by String); declare %s %s()"),
  INHERITED_PROPERTY_UNDECODABLE(
      "ShardwirePropertyType",
      "property %s, inherited from %s, cannot be decoded from JSON as part of %s: %s"),
  CONTEXT_TYPE(
      "ShardwireContextType",
      "@FromContext property %s of %s has type %s, but the decode context offers only"
          + " dev.shardwire.spi.App and dev.shardwire.spi.Shard; change the type to one of them, or"
          + " remove @FromContext to read the property from the payload"),
  KEYED_BY_MISUSE(
      "ShardwireKeyedByMisuse",
      "@KeyedBy on %s of %s needs a List, Set or Map property; remove it or change the type"),
  JSON_NAME_INVALID(
      "ShardwireJsonNameInvalid",
      "\"%s\" on %s is not a JSON field name or a dotted path of names; write names separated"
          + " by single dots, as \"application.id\""),
  JSON_NAME_CLASH(
      "ShardwireJsonNameClash",
      "properties %s and %s of %s both read the JSON field \"%s\"; give one of them another"
          + " @JsonName"),
  LIST_VIEW_SOURCE(
      "ShardwireListViewSource",
      "%s is a List<%s>, so it needs exactly one List<%s> or Map<?, %s> property to hold its"
          + " elements, but it has %d"),
  LATE_EVENT(
      "ShardwireLateEvent",
      "event %s appeared after the dispatch table of package %s was written (it was generated"
          + " by another processor in a later round); declare it in source, or in another"
          + " package"),
  UNRESOLVED_TYPE(
      "ShardwireUnresolvedType",
      "%s refers to types that never became available (%s); check the imports, and that the"
          + " processor that generates them runs"),
  HANDLER_PARAMETERS(
      "ShardwireHandlerParameters",
      "@Subscribe method %s must take exactly one parameter, the event it handles, but it takes"
          + " %d; declare one parameter whose type is a @ShardEvent interface"),
  HANDLER_PARAMETER_PRIMITIVE(
      "ShardwireHandlerParameterPrimitive",
      "@Subscribe method %s takes %s, but a handler's parameter must be an event interface, not"
          + " a primitive or an array; declare it as the event type, such as ShardReadyEvent"),
  HANDLER_PARAMETER_NOT_EVENT(
      "ShardwireHandlerParameterNotEvent",
      "@Subscribe method %s takes %s, which is not an event type; annotate %s with @ShardEvent"
          + " and make it an interface that extends dev.shardwire.events.Event, or take an"
          + " existing event type"),
  HANDLER_PARAMETER_NOT_EVENT_FOREIGN(
      "ShardwireHandlerParameterNotEvent",
      "@Subscribe method %s takes %s, which is not an event type; a handler's parameter must be"
          + " an interface annotated @ShardEvent that extends dev.shardwire.events.Event: take"
          + " one, such as ShardReadyEvent, or declare your own event interface and take it"),
  HANDLER_PARAMETER_TYPE_VARIABLE(
      "ShardwireHandlerParameterTypeVariable",
      "@Subscribe method %s takes %s, a type parameter of %s, but a binding calls the handler of"
          + " every %s with the event type known at compile time; declare the parameter as an event"
          + " type, such as %s, or declare the handler in each subclass with its own event type"),
  HANDLER_PRIVATE(
      "ShardwireHandlerPrivate",
      "@Subscribe methods must not be private, because the generated binding calls them"
          + " directly; make %s package-private or public"),
  HANDLER_STATIC(
      "ShardwireHandlerStatic",
      "@Subscribe methods must not be static, because a binding calls the handlers of one"
          + " registered instance; make %s an instance method, or subscribe the static method"
          + " itself with EventManager.subscribe(TYPE, %s::%s)"),
  HANDLER_GENERIC(
      "ShardwireHandlerGeneric",
      "@Subscribe method %s must not declare type parameters, because its event type must be"
          + " known at compile time; remove <%s> and declare the parameter as the most specific"
          + " event type that covers what it handles, such as ShardEvent"),
  HANDLER_RETURN(
      "ShardwireHandlerReturn",
      "@Subscribe method %s returns %s, but a handler returns void or a"
          + " java.util.concurrent.CompletionStage that completes when it has finished; change"
          + " the return type"),
  HANDLER_THROWS(
      "ShardwireHandlerThrows",
      "@Subscribe method %s declares 'throws %s', but a handler may throw only exceptions"
          + " (they are reported as an ExceptionEvent); declare 'throws Exception' or narrower"),
  HANDLER_IN_INTERFACE(
      "ShardwireHandlerInInterface",
      "@Subscribe method %s is declared in interface %s, but handlers are bound along the"
          + " superclass chain only; move it to a class, such as an abstract class"),
  LISTENER_NOT_ACCESSIBLE(
      "ShardwireListenerNotAccessible",
      "%s declares @Subscribe methods but is private or nested in a private class, so its"
          + " generated binding cannot name it; make it package-private or public"),
  LISTENER_LOCAL(
      "ShardwireListenerLocal",
      "@Subscribe method %s is declared in a local or anonymous class, which generated code"
          + " cannot name; move it to a top-level or member class"),
  INHERITED_HANDLER_INACCESSIBLE(
      "ShardwireInheritedHandlerInaccessible",
      "%s inherits @Subscribe method %s from %s in another package, where the binding"
          + " generated for %s cannot call it; make %s public, or declare %s in package %s"),
  INHERITED_HANDLER_INVALID(
      "ShardwireInheritedHandlerInvalid",
      "%s inherits @Subscribe method %s from %s, which is not a valid handler (%s); fix it in"
          + " %s, or, if %s is not yours to change, stop extending it"),
  DUPLICATE_HANDLER(
      "ShardwireDuplicateHandler",
      "%s has several @Subscribe methods for %s (%s); each receives every such event, in"
          + " declaration order; merge them into one method if that is not what you meant, or"
          + " add @SuppressWarnings(\"ShardwireDuplicateHandler\") if it is"),
  JSON_PATH_OVERLAP(
      "ShardwireJsonPathOverlap",
      "the JSON path of %s (\"%s\") lies inside that of %s (\"%s\") in %s, but one pass"
          + " cannot read a value both whole and field by field; read the field from the model"
          + " the other property holds, or give one of them another @JsonName"),
  KEYED_BY_NOT_MODEL(
      "ShardwireKeyedByNotModel",
      "@KeyedBy on %s of %s takes each key from a field of the element, but its elements are %s,"
          + " which have no fields; make the elements a @GatewayModel type, or remove @KeyedBy"),
  KEYED_BY_UNRESOLVED(
      "ShardwireKeyedByUnresolved",
      "@KeyedBy(\"%s\") on %s of %s names no property of %s; name the JSON path of one of its"
          + " properties (%s)"),
  INTERNAL_ERROR(
      "ShardwireInternalError",
      "internal error in the Shardwire processor while processing %s; please report it with"
          + " this trace:%n%s");

  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** The stable tag, as {@code ShardwireEventNotInterface}. */
  public String tag() {
    return tag;
  }

  /** The full text with its tag, as javac prints it. */
  public String format(Object... arguments) {
    return "[" + tag + "] " + String.format(template, arguments);
  }
}
