package dev.shardwire.processor.writer;

import dev.shardwire.processor.model.PropertyModel;
import dev.shardwire.processor.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON objects a decoder reads, as a tree of names: the payload's own fields at the root, and
 * below a name every property whose JSON path goes through it ({@code application.id} and {@code
 * application.flags} share the node {@code application}), so that each nested object is read once.
 * Children keep the order in which properties first name them, which keeps the output
 * deterministic.
 */
final class JsonFieldTree {

  private final String jsonName;
  private final String path;
  private final Map<String, JsonFieldTree> children = new LinkedHashMap<>();
  private PropertyModel property;

  private JsonFieldTree(String jsonName, String path) {
    this.jsonName = jsonName;
    this.path = path;
  }

  /**
   * The tree of the payload properties of {@code shape}.
   *
   * @throws IllegalArgumentException if one property's JSON path is a prefix of another's (one
   *     pass cannot read a value both whole and field by field) or two properties share a path
   */
  static JsonFieldTree of(QualifiedName shape, List<PropertyModel> properties) {
    JsonFieldTree root = new JsonFieldTree("", "");
    for (PropertyModel property : properties) {
      if (!property.hasJsonField()) {
        continue;
      }
      if (property.jsonPath().isEmpty()) {
        throw new IllegalArgumentException(shape + "." + property.name() + "() has no JSON name");
      }
      JsonFieldTree node = root;
      for (String name : property.jsonPath()) {
        if (node.property != null) {
          throw conflict(shape, node.property, property);
        }
        String childPath = node.path.isEmpty() ? name : node.path + "." + name;
        node = node.children.computeIfAbsent(name, n -> new JsonFieldTree(n, childPath));
      }
      if (node.property != null) {
        throw conflict(shape, node.property, property);
      }
      if (!node.children.isEmpty()) {
        throw conflict(shape, node.children.values().iterator().next().firstProperty(), property);
      }
      node.property = property;
    }
    return root;
  }

  private static IllegalArgumentException conflict(QualifiedName shape, PropertyModel a, PropertyModel b) {
    return new IllegalArgumentException(
        shape
            + ": the JSON paths of "
            + a.name()
            + "() ("
            + a.jsonName()
            + ") and "
            + b.name()
            + "() ("
            + b.jsonName()
            + ") overlap; one pass cannot read both");
  }

  private PropertyModel firstProperty() {
    return property != null ? property : children.values().iterator().next().firstProperty();
  }

  /** This node's JSON name; empty at the root. */
  String jsonName() {
    return jsonName;
  }

  /** The dotted path from the payload to here; empty at the root. */
  String path() {
    return path;
  }

  /** The property read here, or null for an object node. */
  PropertyModel property() {
    return property;
  }

  /** The fields of this object, in first-named order. */
  List<JsonFieldTree> children() {
    return new ArrayList<>(children.values());
  }

  /** Whether this node is an object read field by field. */
  boolean isObject() {
    return property == null;
  }

  /** Every property at or below this node, in tree order. */
  List<PropertyModel> properties() {
    List<PropertyModel> out = new ArrayList<>();
    if (property != null) {
      out.add(property);
    }
    for (JsonFieldTree child : children.values()) {
      out.addAll(child.properties());
    }
    return out;
  }
}
