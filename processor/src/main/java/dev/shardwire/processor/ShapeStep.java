package dev.shardwire.processor;

import dev.shardwire.processor.model.Annotations;
import dev.shardwire.processor.model.BuiltInEvents;
import dev.shardwire.processor.model.EventModel;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.KnownTypes;
import dev.shardwire.processor.model.ModelFactory;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.ShapeModel;
import dev.shardwire.processor.model.TypeRefs;
import dev.shardwire.processor.validation.Message;
import dev.shardwire.processor.validation.Reporter;
import dev.shardwire.processor.validation.ShapeValidator;
import dev.shardwire.processor.validation.SourceTypes;
import dev.shardwire.processor.writer.DecoderWriter;
import dev.shardwire.processor.writer.ImplementationWriter;
import dev.shardwire.processor.writer.TableWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The step for {@code @ShardEvent} and {@code @GatewayModel} interfaces: per element validate,
 * report, stop if not clean, build the model, generate; per package, once every event of the
 * compilation is known, the dispatch table.
 */
final class ShapeStep {

  private final Elements elements;
  private final Messager messager;
  private final SourceWriter writer;
  private final ShapeValidator validator;
  private final DecoderWriter decoders;

  private final DeferredTypes deferred;
  private final Map<String, List<EventModel>> pendingTables = new TreeMap<>();
  private final Map<String, List<String>> pendingTableOrigins = new HashMap<>();
  private final Set<String> writtenTables = new TreeSet<>();
  private final Map<String, QualifiedName> gatewayNames = new HashMap<>();
  private final GeneratedNameClaims claims;
  private final BuiltInEvents builtIns;

  ShapeStep(ProcessingEnvironment env, SourceWriter writer, GeneratedNameClaims claims) {
    this.elements = env.getElementUtils();
    this.messager = env.getMessager();
    this.deferred = new DeferredTypes(elements, messager);
    this.writer = writer;
    this.validator = new ShapeValidator(elements, new SourceTypes(env));
    this.builtIns = new BuiltInEvents(elements);
    this.claims = claims;
    // A decoder keyed by a nested field (members by user.id) looks inside the element models' shapes,
    // which may come from this compilation or from the class path.
    this.decoders = new DecoderWriter(this::shapeOf);
  }

  void process(RoundEnvironment round) {
    Set<TypeElement> candidates = new TreeSet<>(Comparator.comparing(t -> t.getQualifiedName().toString()));
    candidates.addAll(deferred.takeAll());
    List<TypeElement> roots = writer.foreignRootTypes(round);
    candidates.addAll(annotated(roots, KnownTypes.SHARD_EVENT_ANNOTATION));
    candidates.addAll(annotated(roots, KnownTypes.GATEWAY_MODEL_ANNOTATION));
    for (TypeElement type : candidates) {
      ProcessorGuard.run(messager, type, () -> processOne(type));
    }
    if (deferred.isEmpty()) {
      writeTables();
    }
  }

  /** At the last round: whatever is still deferred can never resolve. */
  void finish() {
    deferred.reportUnresolved();
  }

  private void processOne(TypeElement type) {
    if (deferred.deferIfUnresolved(type)) {
      return;
    }
    Reporter reporter = new Reporter();
    boolean event = Annotations.has(type, KnownTypes.SHARD_EVENT_ANNOTATION);
    if (event) {
      validator.validateEvent(type, reporter);
    } else {
      validator.validateModel(type, reporter);
    }
    if (reporter.isClean() && event) {
      checkGatewayName(type, reporter);
    }
    if (reporter.isClean()) {
      checkGeneratedNames(type, event, reporter);
    }
    boolean clean = reporter.isClean();
    reporter.flushTo(messager);
    if (!clean) {
      return;
    }
    if (event) {
      EventModel model = ModelFactory.event(type);
      model.shape().ifPresent(shape -> writeShape(shape, type, model.isDecoded()));
      addToTable(model, type);
    } else {
      writeShape(ModelFactory.gatewayModel(type), type, true);
    }
  }

  private void checkGatewayName(TypeElement type, Reporter reporter) {
    String name = ModelFactory.event(type).gatewayName();
    if (name.isEmpty()) {
      return;
    }
    QualifiedName self = TypeRefs.nameOf(type);
    QualifiedName previous = gatewayNames.putIfAbsent(name, self);
    if (previous != null && !previous.equals(self)) {
      reporter.error(Message.DUPLICATE_GATEWAY_NAME, type, name, previous, self);
      return;
    }
    builtIns.claimant(name)
        .filter(builtIn -> !builtIn.equals(self))
        .ifPresent(builtIn -> reporter.error(Message.BUILT_IN_GATEWAY_NAME, type, name, builtIn, builtIn.simpleName()));
  }

  /** The names generated for {@code type}, claimed before any is written: see {@link GeneratedNameClaims}. */
  private void checkGeneratedNames(TypeElement type, boolean event, Reporter reporter) {
    QualifiedName self = TypeRefs.nameOf(type);
    List<String> names = new ArrayList<>();
    AnnotationMirror annotation =
        Annotations.find(type, event ? KnownTypes.SHARD_EVENT_ANNOTATION : KnownTypes.GATEWAY_MODEL_ANNOTATION).orElseThrow();
    boolean base = event && Annotations.bool(annotation, "base");
    if (!base) {
      names.add(GeneratedNames.implementation(self).simpleName());
    }
    if (!event || !Annotations.string(annotation, "name").isEmpty()) {
      names.add(GeneratedNames.decoder(self).simpleName());
    }
    if (event) {
      String constant = GeneratedNames.typeConstant(self);
      if (GeneratedNames.TABLE_FIELDS.contains(constant)) {
        String where = self.packageName().isEmpty() ? "the default package" : "package " + self.packageName();
        reporter.error(Message.GENERATED_NAME_RESERVED, type, self, GeneratedNames.TABLE, constant, where, self.simpleName());
        return;
      }
      names.add(GeneratedNames.TABLE + "." + constant);
    }
    claims.claim(type, names, reporter);
  }

  private void writeShape(ShapeModel shape, TypeElement origin, boolean decoded) {
    writer.write(shape.name().packageName(), ImplementationWriter.write(shape), List.of(origin));
    if (decoded) {
      writer.write(shape.name().packageName(), decoders.write(shape), List.of(origin));
    }
  }

  private Optional<ShapeModel> shapeOf(QualifiedName name) {
    TypeElement element = elements.getTypeElement(name.canonicalName());
    if (element == null || !dev.shardwire.processor.model.Annotations.has(element, KnownTypes.GATEWAY_MODEL_ANNOTATION)) {
      return Optional.empty();
    }
    return Optional.of(ModelFactory.gatewayModel(element));
  }

  private void addToTable(EventModel model, TypeElement origin) {
    String packageName = model.name().packageName();
    if (writtenTables.contains(packageName)) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          Message.LATE_EVENT.format(model.name().simpleName(), packageName),
          origin);
      return;
    }
    pendingTables.computeIfAbsent(packageName, p -> new ArrayList<>()).add(model);
    pendingTableOrigins.computeIfAbsent(packageName, p -> new ArrayList<>()).add(origin.getQualifiedName().toString());
  }

  private void writeTables() {
    for (Map.Entry<String, List<EventModel>> entry : pendingTables.entrySet()) {
      String packageName = entry.getKey();
      List<Element> origins = new ArrayList<>();
      for (String name : pendingTableOrigins.get(packageName)) {
        TypeElement element = elements.getTypeElement(name);
        if (element != null) {
          origins.add(element);
        }
      }
      Runnable write = () -> writer.write(packageName, TableWriter.write(packageName, entry.getValue()), origins);
      if (origins.isEmpty()) {
        write.run();
      } else {
        ProcessorGuard.run(messager, origins.get(0), write);
      }
      writtenTables.add(packageName);
    }
    pendingTables.clear();
    pendingTableOrigins.clear();
  }

  private static List<TypeElement> annotated(List<TypeElement> roots, String annotation) {
    List<TypeElement> result = new ArrayList<>();
    for (Element element : roots) {
      collect(element, annotation, result);
    }
    return result;
  }

  /** Root elements and the types nested in them, so nested events are found too. */
  private static void collect(Element element, String annotation, List<TypeElement> result) {
    if (element instanceof TypeElement type) {
      if (Annotations.has(type, annotation)) {
        result.add(type);
      }
      for (Element enclosed : type.getEnclosedElements()) {
        collect(enclosed, annotation, result);
      }
    }
  }
}
