package dev.shardwire.spi;

import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The JSON names of one object that a generated decoder reads, and the step that moves the parser
 * to the next of its properties, looked up in a {@link PropertyNameMatcher}. Generated decoders
 * pass the index they expect next; the step does not use it for now (see {@link #next}).
 *
 * <p>Generated decoders keep one per JSON object they read, in a static field. Immutable.
 */
public final class FieldNames {

  private final PropertyNameMatcher matcher;

  private FieldNames(String[] names) {
    this.matcher = GatewayJson.nameMatcher(names);
  }

  /**
   * The names of an object's properties, in the order the decoder expects them.
   *
   * @param names the JSON names, without duplicates
   */
  public static FieldNames of(String... names) {
    return new FieldNames(names.clone());
  }

  /**
   * Moves the parser to the next property name of the object it is in (or to the object's end),
   * and answers which of these names it is.
   *
   * @param expected the index of the name expected next (one more than the last property read),
   *     for a comparison in place that this step does not make for now
   * @return the name's index; {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for a name not among
   *     these; {@link PropertyNameMatcher#MATCH_END_OBJECT} at the end of the object; {@link
   *     PropertyNameMatcher#MATCH_ODD_TOKEN} on any other token
   */
  public int next(JsonParser parser, int expected) {
    // The expected-name comparison (nextName(SerializableString), then the matcher on a miss) was
    // measured faster by DecodeRatio on payloads whose keys come in the declared order. But a miss
    // makes the parser decode the name in full before the matcher sees it, and on the embedded
    // gateway's member chunks (another key order) that cost the typed gateway path a fifth of its
    // throughput (GatewayRatio 0.45-0.47 against 0.57 with the matcher alone). Discord's own key
    // order is not ours to rely on, so the matcher decides until a miss can be told cheaply.
    return parser.nextNameMatch(matcher);
  }

}
