package dev.shardwire.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * What every generated type carries: the {@code @Generated} marker naming the processor, and the
 * suppression of deprecation and removal warnings.
 */
public final class GeneratedTypes {

  /** The processor's class name, as {@code @Generated} names it. */
  public static final String PROCESSOR = "dev.shardwire.processor.ShardwireProcessor";

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedTypes() {}

  /**
   * {@code @SuppressWarnings({"deprecation", "removal"})}: generated code must name what the bot
   * declares, and a bot that deprecates an event, a listener, a handler or an enum constant gets
   * the warnings where its own code uses them, not in files it cannot change (under {@code
   * -Werror}, a failed build). Dagger's generated code does the same. {@code
   * Deprecated(forRemoval = true)} warns under its own key, which the first does not silence.
   */
  public static AnnotationSpec suppressions() {
    // One member written as one array, which JavaPoet keeps on one line (two members it wraps).
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "{$S, $S}", "deprecation", "removal").build();
  }

  /** {@code @Generated("dev.shardwire.processor.ShardwireProcessor")}, without a date so output is reproducible. */
  public static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}
