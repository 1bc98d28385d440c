package dev.shardwire.spi;

import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;

/**
 * The read context of {@link Utf8BytesJsonParser}: Jackson's {@code JsonReadContext}, except that
 * the current property name is kept as the span of its bytes in the input and made a String only
 * when asked for. Contexts are reused per depth, as Jackson's are.
 */
final class SpanReadContext extends TokenStreamContext {

  private final SpanReadContext parent;
  private final Utf8BytesJsonParser owner;
  private SpanReadContext child;

  /** Index in the input of the {@code [} or {@code {} that opened this context. */
  private int startIndex;

  /** The name's content bytes in the input, or -1 when {@link #name} is all there is. */
  int nameStart = -1;

  int nameEnd;
  /** The current name, once made (or known: decoded with escapes, or matched). */
  String name;

  private Object currentValue;

  SpanReadContext(SpanReadContext parent, Utf8BytesJsonParser owner, int type, int depth, int startIndex) {
    super(type, -1);
    this.parent = parent;
    this.owner = owner;
    this._nestingDepth = depth;
    this.startIndex = startIndex;
  }

  SpanReadContext createChild(int type, int start) {
    SpanReadContext c = child;
    if (c == null) {
      c = new SpanReadContext(this, owner, type, _nestingDepth + 1, start);
      child = c;
      return c;
    }
    c._type = type;
    c._index = -1;
    c.startIndex = start;
    c.nameStart = -1;
    c.name = null;
    c.currentValue = null;
    return c;
  }

  /** The parent, leaving this context for reuse. */
  SpanReadContext clearAndGetParent() {
    currentValue = null;
    return parent;
  }

  /** As Jackson's: whether a comma must come before the next entry (counts the entry). */
  boolean expectComma() {
    int ix = ++_index;
    return _type != TYPE_ROOT && ix > 0;
  }

  /** Whether this is an object that has had an entry: its next name comes after a comma. */
  boolean isObjectPastFirst() {
    return _type == TYPE_OBJECT && _index >= 0;
  }

  /** Whether this is an object that has had no entry yet. */
  boolean isObjectAtFirst() {
    return _type == TYPE_OBJECT && _index < 0;
  }

  /** Counts an entry, as {@link #expectComma} does, when the caller has checked the comma itself. */
  void countEntry() {
    _index++;
  }

  void setNameSpan(int start, int end) {
    nameStart = start;
    nameEnd = end;
    name = null;
  }

  void setName(String value) {
    nameStart = -1;
    name = value;
  }

  /** Whether the current name is a plain span of ASCII bytes without escapes. */
  boolean nameIsSpan() {
    return nameStart >= 0;
  }

  @Override
  public SpanReadContext getParent() {
    return parent;
  }

  @Override
  public String currentName() {
    String n = name;
    if (n == null && nameStart >= 0) {
      n = owner.asciiString(nameStart, nameEnd);
      name = n;
    }
    return n;
  }

  @Override
  public boolean hasCurrentName() {
    return name != null || nameStart >= 0;
  }

  @Override
  public Object currentValue() {
    return currentValue;
  }

  @Override
  public void assignCurrentValue(Object v) {
    currentValue = v;
  }

  @Override
  public TokenStreamLocation startLocation(ContentReference srcRef) {
    return owner.locationAt(startIndex);
  }
}
