package dev.shardwire.samples.bot;

import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/** Short descriptions of raw gateway payloads, for the sample's one-line output. */
final class Payloads {

  /** How many fields {@link #outline} names before it elides the rest. */
  private static final int SHOWN_FIELDS = 6;

  private Payloads() {}

  /**
   * The top-level fields of a payload, arrays with their length: {@code {guild_id, members[1000],
   * chunk_index, chunk_count, +2 more}}.
   */
  static String outline(JsonNode payload) {
    if (payload == null || !payload.isObject()) {
      return String.valueOf(payload);
    }
    StringJoiner fields = new StringJoiner(", ", "{", "}");
    int shown = 0;
    for (Map.Entry<String, JsonNode> field : payload.properties()) {
      if (shown == SHOWN_FIELDS) {
        fields.add("+" + (payload.size() - shown) + " more");
        break;
      }
      JsonNode value = field.getValue();
      fields.add(value.isArray() ? field.getKey() + "[" + value.size() + "]" : field.getKey());
      shown++;
    }
    return fields.toString();
  }
}
