package dev.shardwire.models;

import dev.shardwire.spi.DecodeException;
import dev.shardwire.spi.GatewayJson;
import dev.shardwire.spi.JsonReads;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON value kept as text, for a field a bot wants untyped (an interaction option's value,
 * a component's data). A property of this type holds the field's value copied as compact JSON in
 * the same pass that decodes the payload: no tree is built unless {@link #tree()} asks for one.
 *
 * <p>Immutable and cheap to hold (one String). Two are equal when their compact texts are.
 */
public final class RawJson {

  private final String json;

  private RawJson(String json) {
    this.json = json;
  }

  /**
   * The value {@code json} spells, which must be exactly one JSON value; it is kept compact (white
   * space between tokens dropped), so that {@code of(" [1, 2] ")} equals a decoded {@code [1,2]}.
   *
   * @throws IllegalArgumentException if {@code json} is not one well-formed JSON value
   */
  public static RawJson of(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("not a JSON value: the text is empty");
      }
      String compact = JsonReads.rawJsonText(parser);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new IllegalArgumentException("not one JSON value: " + JsonReads.describe(after) + " follows the value");
      }
      return new RawJson(compact);
    } catch (JacksonException | DecodeException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getMessage(), e);
    }
  }

  /**
   * Wraps text that a generated decoder copied from a payload with {@link JsonReads#rawJsonText}:
   * already one compact, well-formed value, so it is not checked again. Use {@link #of(String)}
   * for any other text.
   */
  public static RawJson ofTrusted(String compactJson) {
    return new RawJson(Objects.requireNonNull(compactJson, "compactJson"));
  }

  /** The compact JSON text. */
  public String json() {
    return json;
  }

  /** Whether the value is JSON {@code null}. */
  public boolean isNull() {
    return json.equals("null");
  }

  /**
   * The value as a read-only Jackson tree, parsed now (each call parses again: keep the tree if
   * you read it often).
   */
  public JsonNode tree() {
    return Trees.MAPPER.readTree(json);
  }

  /**
   * A new streaming parser over the value, limited as gateway payloads are ({@link
   * GatewayJson#CONSTRAINTS}); the caller closes it.
   */
  public JsonParser parser() {
    return GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), json);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawJson other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** The compact JSON text, as {@link #json()}. */
  @Override
  public String toString() {
    return json;
  }

  /** Holds the mapper apart, so that decoding raw values never loads databind. */
  private static final class Trees {
    static final JsonMapper MAPPER = JsonMapper.builder(GatewayJson.FACTORY).build();
  }
}
