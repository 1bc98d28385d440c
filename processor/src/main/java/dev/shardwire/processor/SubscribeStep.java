package dev.shardwire.processor;

import dev.shardwire.processor.model.Annotations;
import dev.shardwire.processor.model.GeneratedNames;
import dev.shardwire.processor.model.KnownTypes;
import dev.shardwire.processor.model.ListenerFactory;
import dev.shardwire.processor.model.ListenerModel;
import dev.shardwire.processor.model.TypeRefs;
import dev.shardwire.processor.validation.ListenerValidator;
import dev.shardwire.processor.validation.Reporter;
import dev.shardwire.processor.validation.SourceTypes;
import dev.shardwire.processor.writer.BindingWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The step for {@code @Subscribe} methods: per class that declares them, validate every handler
 * (own and inherited) and claim the binding's name, report, stop if not clean, build the {@link
 * ListenerModel}, write the binding.
 */
final class SubscribeStep {

  private final Elements elements;
  private final Messager messager;
  private final SourceWriter writer;
  private final ListenerValidator validator;
  private final LocalListeners locals;
  private final GeneratedNameClaims claims;

  private final DeferredTypes deferred;

  SubscribeStep(ProcessingEnvironment env, SourceWriter writer, GeneratedNameClaims claims) {
    this.elements = env.getElementUtils();
    this.messager = env.getMessager();
    this.deferred = new DeferredTypes(elements, messager);
    this.writer = writer;
    this.validator = new ListenerValidator(elements, env.getTypeUtils(), new SourceTypes(env));
    this.locals = new LocalListeners(env);
    this.claims = claims;
  }

  void process(RoundEnvironment round) {
    Map<String, TypeElement> classes = new TreeMap<>();
    for (TypeElement type : deferred.takeAll()) {
      classes.put(type.getQualifiedName().toString(), type);
    }
    // The round's own sources only: the files this processor wrote declare no handlers.
    List<TypeElement> roots = writer.foreignRootTypes(round);
    for (TypeElement root : roots) {
      collectListeners(root, classes);
    }
    for (TypeElement type : classes.values()) {
      ProcessorGuard.run(messager, type, () -> processOne(type));
    }
    locals.report(roots);
  }

  /** {@code type} and the types nested in it that declare a {@code @Subscribe} method. */
  private static void collectListeners(TypeElement type, Map<String, TypeElement> classes) {
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        collectListeners(nested, classes);
      } else if (member.getKind() == ElementKind.METHOD && Annotations.has(member, KnownTypes.SUBSCRIBE)) {
        classes.putIfAbsent(type.getQualifiedName().toString(), type);
      }
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
    validator.validate(type, reporter);
    if (reporter.isClean()) {
      claims.claim(type, List.of(GeneratedNames.binding(TypeRefs.nameOf(type)).simpleName()), reporter);
    }
    boolean clean = reporter.isClean();
    reporter.flushTo(messager);
    if (!clean) {
      return;
    }
    ListenerModel model = ListenerFactory.listener(type, elements);
    List<Element> origins = new ArrayList<>();
    origins.add(type);
    writer.write(model.bindingName().packageName(), BindingWriter.write(model), origins);
  }
}
