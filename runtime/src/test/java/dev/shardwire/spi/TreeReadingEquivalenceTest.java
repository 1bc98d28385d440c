package dev.shardwire.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code ShardPayloadEvent}'s tree is read by Jackson's databind over the gateway's own parser
 * (the frame's), so databind must build the same tree over it as over Jackson's: the same nodes of
 * the same classes ({@code IntNode}, {@code LongNode}, {@code BigIntegerNode}, {@code DoubleNode},
 * {@code DecimalNode}, …), and the same documents refused. Databind asks the parser things that
 * generated decoders never do (number types, big and exact values, the current token's id), so
 * this covers what the conformance test's random calls may miss. Trees are read from whole
 * documents and, as the shard reads them, from the frame's parser moved to {@code d}.
 */
class TreeReadingEquivalenceTest {

  /** As the shard bridge reads a payload: one value, whatever follows it. */
  private static final ObjectMapper TREES =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  /** Floats and integers read as big numbers, so the parser's exact values are asked for. */
  private static final ObjectMapper BIG_NUMBERS =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .build();

  @Test
  void handPickedNumbersAndStringsMakeTheSameTrees() {
    List<String> docs = List.of(
        "{\"a\":0,\"b\":-0,\"c\":2147483647,\"d\":2147483648,\"e\":-2147483649,\"f\":9223372036854775807}",
        "{\"g\":9223372036854775808,\"h\":-9223372036854775809,\"i\":123456789012345678901234567890}",
        "[0.1,-0.0,1e2,1E+2,1.5e-3,1.7976931348623157e309,4.9e-325,0.30000000000000004,1e400]",
        "[\"\",\"\\u00e9\\n\\t\",\"\\ud83d\\ude00\",\"😀 日本 é\",true,false,null,{},[]]",
        "{\"nested\":{\"deeper\":[{\"x\":[1,[2,[3]]]}]},\"snowflake\":\"175928847299117063\"}",
        "{\"dup\":1,\"dup\":2}");
    for (String doc : docs) {
      assertSameTrees(doc.getBytes(StandardCharsets.UTF_8), doc);
    }
  }

  @Test
  void randomDocumentsMakeTheSameTrees() {
    for (int seed = 0; seed < 2000; seed++) {
      assertSameTrees(new Utf8BytesJsonParserConformanceTest.DocumentWriter(new Random(seed)).document(), "document " + seed);
    }
  }

  @Test
  void mutatedDocumentsMakeTheSameTreesOrFailOnBoth() {
    int ours = 0;
    int count = 3000;
    for (int seed = 0; seed < count; seed++) {
      Random random = new Random(seed * 17L + 3);
      byte[] doc = Utf8BytesJsonParserConformanceTest.mutate(
          new Utf8BytesJsonParserConformanceTest.DocumentWriter(random).document(), random);
      assertSameTrees(doc, "mutated document " + seed);
      try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), doc)) {
        ours += parser instanceof Utf8BytesJsonParser ? 1 : 0;
      }
    }
    // A mutation that looks like UTF-16 or UTF-32 stays Jackson's to read; nearly all are ours.
    assertTrue(ours > count * 9 / 10, ours + " of " + count + " mutated documents read by the gateway's parser");
  }

  @Test
  void payloadsInsideAFrameMakeTheSameTrees() {
    // As the shard reads a dispatch: the frame's parser, moved to d's first token, the rest of
    // the frame after the value.
    for (int seed = 0; seed < 1000; seed++) {
      Random random = new Random(seed * 31L + 11);
      byte[] payload = new Utf8BytesJsonParserConformanceTest.DocumentWriter(random).document();
      if (seed % 3 == 0) {
        payload = Utf8BytesJsonParserConformanceTest.mutate(payload, random);
      }
      byte[] frame = frame(payload);
      for (ObjectMapper mapper : List.of(TREES, BIG_NUMBERS)) {
        assertEquals(payloadTree(mapper, JacksonReference.STOCK, frame), payloadTree(mapper, GatewayJson.FACTORY, frame), "frame " + seed);
      }
    }
  }

  private static byte[] frame(byte[] payload) {
    byte[] head = "{\"t\":\"X\",\"s\":1,\"op\":0,\"d\":".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",\"after\":[1,{\"x\":2}]}".getBytes(StandardCharsets.UTF_8);
    byte[] frame = new byte[head.length + payload.length + tail.length];
    System.arraycopy(head, 0, frame, 0, head.length);
    System.arraycopy(payload, 0, frame, head.length, payload.length);
    System.arraycopy(tail, 0, frame, head.length + payload.length, tail.length);
    return frame;
  }


  private static void assertSameTrees(byte[] doc, String what) {
    // A mutation may make bytes that look like UTF-16 or UTF-32, which stay Jackson's to read.
    if (!what.startsWith("mutated")) {
      try (JsonParser parser = GatewayJson.FACTORY.createParser(ObjectReadContext.empty(), doc)) {
        assertInstanceOf(Utf8BytesJsonParser.class, parser, what);
      }
    }
    for (ObjectMapper mapper : List.of(TREES, BIG_NUMBERS)) {
      assertEquals(tree(mapper, JacksonReference.STOCK, doc), tree(mapper, GatewayJson.FACTORY, doc), what);
    }
  }

  /**
   * The tree as text with each node's class, or "fails" (the exception's class may differ: a
   * document cut short is an {@code UnexpectedEndOfInputException} on one parser and a {@code
   * StreamReadException} on the other at some places; the conformance test says which).
   */
  private static String tree(ObjectMapper mapper, JsonFactory factory, byte[] doc) {
    return tree(mapper, factory, doc, false);
  }

  /** The tree of {@code d}, read from the frame's own parser, then the name that follows it. */
  private static String payloadTree(ObjectMapper mapper, JsonFactory factory, byte[] frame) {
    return tree(mapper, factory, frame, true);
  }

  private static String tree(ObjectMapper mapper, JsonFactory factory, byte[] bytes, boolean atPayload) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes)) {
      if (atPayload) {
        parser.nextToken();
        String name;
        while ((name = parser.nextName()) != null && !name.equals("d")) {
          parser.nextToken();
          parser.skipChildren();
        }
        parser.nextToken();
      }
      StringBuilder out = new StringBuilder();
      describe(mapper.readTree(parser), out);
      return atPayload ? out.append(" then ").append(parser.nextName()).toString() : out.toString();
    } catch (JacksonException e) {
      return "fails";
    } catch (RuntimeException e) {
      // Not Jackson's kind of failure: it must at least be the same on both.
      return "throws " + e.getClass().getName();
    }
  }

  private static void describe(JsonNode node, StringBuilder out) {
    if (node == null) {
      out.append("(no value)");
      return;
    }
    out.append(node.getClass().getSimpleName()).append('(');
    if (node.isContainer()) {
      for (var entry : node.properties()) {
        // Quoted as JSON, so that a key holding '=' or ',' cannot make two trees print the same.
        out.append(tools.jackson.databind.node.StringNode.valueOf(entry.getKey())).append('=');
        describe(entry.getValue(), out);
        out.append(',');
      }
      if (node.isArray()) {
        for (JsonNode element : node.values()) {
          describe(element, out);
          out.append(',');
        }
      }
    } else {
      out.append(node.toString());
    }
    out.append(')');
  }
}
