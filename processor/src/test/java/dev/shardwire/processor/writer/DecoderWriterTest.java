package dev.shardwire.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import dev.shardwire.processor.model.ShapeModel;
import dev.shardwire.processor.model.TypeRef;
import dev.shardwire.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decoder writer over hand-made shapes: what it emits and what it refuses. */
class DecoderWriterTest {

  private static final QualifiedName SNOWFLAKE = QualifiedName.of("dev.shardwire.models", "Snowflake");
  private static final QualifiedName USER = QualifiedName.of("p", "User");
  private static final QualifiedName MEMBER = QualifiedName.of("p", "Member");

  private static PropertyModel property(String name, TypeRef type, ValueType value, String... path) {
    return new PropertyModel(name, type, value, List.of(path), false, false, false);
  }

  private static TypeRef.Declared declared(QualifiedName name, TypeRef... arguments) {
    return new TypeRef.Declared(name, List.of(arguments));
  }

  private static final PropertyModel USER_ID =
      property("id", declared(SNOWFLAKE), new ValueType.SnowflakeId(), "id");
  private static final ShapeModel USER_SHAPE =
      new ShapeModel(USER, List.of(), List.of(USER_ID), Optional.empty(), false);
  private static final ShapeModel MEMBER_SHAPE =
      new ShapeModel(
          MEMBER,
          List.of(),
          List.of(property("user", declared(USER), new ValueType.Model(USER), "user")),
          Optional.empty(),
          false);

  private static String source(TypeSpec type) {
    return JavaFile.builder("p", type).skipJavaLangImports(true).indent("  ").build().toString();
  }

  @Test
  void mapKeysFollowTheAccessorsOfTheElementModels() {
    Map<QualifiedName, ShapeModel> shapes = Map.of(USER, USER_SHAPE, MEMBER, MEMBER_SHAPE);
    PropertyModel members =
        property(
            "members",
            declared(QualifiedName.of("java.util", "Map"), declared(SNOWFLAKE), declared(MEMBER)),
            new ValueType.MapOf(new ValueType.SnowflakeId(), new ValueType.Model(MEMBER), List.of("user", "id")),
            "members");
    ShapeModel chunk = new ShapeModel(QualifiedName.of("p", "Chunk"), List.of(), List.of(members), Optional.empty(), false);
    String text = source(new DecoderWriter(name -> Optional.ofNullable(shapes.get(name))).write(chunk));
    assertTrue(text.contains("new KeyedList<>(value -> value.user().id())"), text);
    assertTrue(text.contains("public final class ChunkDecoder implements EventDecoder<Chunk>"), text);
    assertTrue(text.contains("@Generated(\"dev.shardwire.processor.ShardwireProcessor\")"), text);
  }

  @Test
  void sameShapeSameText() {
    DecoderWriter writer = new DecoderWriter(name -> Optional.empty());
    assertEquals(source(writer.write(USER_SHAPE)), source(writer.write(USER_SHAPE)));
  }

  @Test
  void refusesOverlappingPaths() {
    ShapeModel shape =
        new ShapeModel(
            QualifiedName.of("p", "Bad"),
            List.of(),
            List.of(
                property("user", declared(USER), new ValueType.Model(USER), "user"),
                property("userId", declared(SNOWFLAKE), new ValueType.SnowflakeId(), "user", "id")),
            Optional.empty(),
            false);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DecoderWriter(name -> Optional.empty()).write(shape));
    assertTrue(e.getMessage().contains("overlap"), e.getMessage());
  }

  @Test
  void refusesAKeyPathThatNamesNoProperty() {
    PropertyModel members =
        property(
            "members",
            declared(QualifiedName.of("java.util", "Map"), declared(SNOWFLAKE), declared(MEMBER)),
            new ValueType.MapOf(new ValueType.SnowflakeId(), new ValueType.Model(MEMBER), List.of("nick")),
            "members");
    ShapeModel chunk = new ShapeModel(QualifiedName.of("p", "Chunk"), List.of(), List.of(members), Optional.empty(), false);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new DecoderWriter(name -> Optional.ofNullable(Map.of(MEMBER, MEMBER_SHAPE).get(name))).write(chunk));
    assertTrue(e.getMessage().contains("@KeyedBy(\"nick\")"), e.getMessage());
  }
}
