package dev.shardwire.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The Shardwire annotation processor: from {@code @ShardEvent} and {@code @GatewayModel}
 * interfaces it writes immutable implementations, decoders and per-package dispatch tables; from
 * {@code @Subscribe} methods, listener bindings.
 *
 * <p>It never claims annotations, so other processors see them too.
 */
@AutoService(Processor.class)
public final class ShardwireProcessor extends AbstractProcessor {

  private ShapeStep shapes;
  private SubscribeStep subscribes;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    // One writer, so each step can skip every file either step generated.
    SourceWriter writer = new SourceWriter(env.getFiler(), env.getElementUtils());
    // One registry of generated names, so a listener's binding cannot meet an event's type either.
    GeneratedNameClaims claims = new GeneratedNameClaims();
    shapes = new ShapeStep(env, writer, claims);
    subscribes = new SubscribeStep(env, writer, claims);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        "dev.shardwire.annotations.ShardEvent",
        "dev.shardwire.annotations.GatewayModel",
        "dev.shardwire.annotations.Subscribe");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (round.processingOver()) {
      shapes.finish();
      subscribes.finish();
      return false;
    }
    shapes.process(round);
    subscribes.process(round);
    return false;
  }
}
