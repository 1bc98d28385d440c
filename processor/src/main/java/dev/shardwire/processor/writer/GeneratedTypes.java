package dev.shardwire.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** What every generated type carries: the {@code @Generated} marker naming the processor. */
public final class GeneratedTypes {

  /** The processor's class name, as {@code @Generated} names it. */
  public static final String PROCESSOR = "dev.shardwire.processor.ShardwireProcessor";

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedTypes() {}

  /** {@code @Generated("dev.shardwire.processor.ShardwireProcessor")}, without a date so output is reproducible. */
  public static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}
