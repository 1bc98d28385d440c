package dev.shardwire.spi;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * Jackson's {@link JsonFactory} with one input read by Shardwire's own parser: a UTF-8 {@code
 * byte[]} range, which is what every gateway frame and every decoded payload is. Every other input
 * (Strings, char arrays, streams) and every generator stay Jackson's.
 *
 * <p>{@link #copy()} and {@link #rebuild()} keep the subclass, so a factory derived from this one
 * (the gateway's, with its own recycler pool) still reads bytes with the fast parser.
 */
final class GatewayJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  /**
   * The one context every byte parser shares when locations leave the source out (the gateway's
   * case): without a recycler and without the input, nothing in it belongs to one parser. The
   * parser only reads its limits and makes its text buffer from it; closing it twice is nothing.
   * Not serialized: a deserialized factory makes a context per parser.
   */
  private final transient IOContext sourceless;

  GatewayJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
    this.sourceless = leanContext(ContentReference.redacted());
  }

  private GatewayJsonFactory(GatewayJsonFactory source) {
    super(source);
    this.sourceless = leanContext(ContentReference.redacted());
  }

  /** A context without a recycler: nothing to take from the pool, nothing to give back on close. */
  private IOContext leanContext(ContentReference input) {
    IOContext context =
        new IOContext(
            _streamReadConstraints, _streamWriteConstraints, _errorReportConfiguration, null, input, true, JsonEncoding.UTF8);
    return context.markBufferRecyclerReleased();
  }

  /** A builder whose {@code build()} makes a {@code GatewayJsonFactory}. */
  static final class Builder extends JsonFactoryBuilder {

    Builder() {}

    Builder(GatewayJsonFactory base) {
      super(base);
    }

    @Override
    public JsonFactory build() {
      return new GatewayJsonFactory(this);
    }
  }

  @Override
  public JsonFactoryBuilder rebuild() {
    return new Builder(this);
  }

  @Override
  public JsonFactory copy() {
    return new GatewayJsonFactory(this);
  }

  /**
   * A byte range read by Shardwire's parser gets an {@link IOContext} without a buffer recycler
   * (the shared one when locations leave the source out): the parser reads straight from the
   * bytes and needs a text buffer only for the rare number whose text is asked for, so taking a
   * recycler from the pool (and giving it back on close) per frame would cost more than it saves.
   * Anything else goes Jackson's way.
   */
  @Override
  public JsonParser createParser(ObjectReadContext readCtxt, byte[] data, int offset, int len) {
    if (_inputDecorator == null && data != null) {
      _checkRangeBoundsForByteArray(data, offset, len);
      int streamFeatures = readCtxt.getStreamReadFeatures(_streamReadFeatures);
      if (readsPlain(readCtxt, streamFeatures, data, offset, len)) {
        IOContext lean =
            StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.enabledIn(streamFeatures) || sourceless == null
                ? leanContext(_createContentReference(data, offset, len))
                : sourceless;
        return new Utf8BytesJsonParser(readCtxt, lean, streamFeatures, data, offset, len);
      }
    }
    return super.createParser(readCtxt, data, offset, len);
  }

  @Override
  protected JsonParser _createParser(
      ObjectReadContext readCtxt, IOContext ioCtxt, byte[] data, int offset, int len) {
    _checkRangeBoundsForByteArray(data, offset, len);
    int streamFeatures = readCtxt.getStreamReadFeatures(_streamReadFeatures);
    if (!readsPlain(readCtxt, streamFeatures, data, offset, len)) {
      return super._createParser(readCtxt, ioCtxt, data, offset, len);
    }
    return new Utf8BytesJsonParser(readCtxt, ioCtxt, streamFeatures, data, offset, len);
  }

  /**
   * Whether Shardwire's parser reads this input: plain JSON in UTF-8 only. Any lenient JSON
   * feature, duplicate detection or a UTF-16/32 document (zero bytes up front, or a UTF-16/32 byte
   * order mark) is Jackson's.
   */
  private boolean readsPlain(ObjectReadContext readCtxt, int streamFeatures, byte[] data, int offset, int len) {
    return readCtxt.getFormatReadFeatures(_formatReadFeatures) == 0
        && !StreamReadFeature.STRICT_DUPLICATE_DETECTION.enabledIn(streamFeatures)
        && Utf8BytesJsonParser.isPlainUtf8(data, offset, len);
  }
}
