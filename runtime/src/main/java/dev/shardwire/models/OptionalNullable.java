package dev.shardwire.models;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A field Discord documents as "optional and nullable" ({@code ?field: ?type}), where being left
 * out and being {@code null} mean different things: in an update, absent means "unchanged" and
 * {@code null} means "cleared". It is in exactly one of three states: {@linkplain #isAbsent()
 * absent}, {@linkplain #isNull() null}, or {@linkplain #isPresent() present} with a value.
 *
 * <p>Elsewhere Shardwire uses {@link Optional}, which folds absent and {@code null} into empty;
 * this type is used only where telling them apart matters.
 *
 * @param <T> the value's type
 */
public final class OptionalNullable<T> {

  private static final OptionalNullable<?> ABSENT = new OptionalNullable<>(null, false);
  private static final OptionalNullable<?> NULL = new OptionalNullable<>(null, true);

  private final T value;
  /** For an empty instance, whether it is {@code null} rather than absent. */
  private final boolean explicitNull;

  private OptionalNullable(T value, boolean explicitNull) {
    this.value = value;
    this.explicitNull = explicitNull;
  }

  /** The field was left out. */
  @SuppressWarnings("unchecked")
  public static <T> OptionalNullable<T> absent() {
    return (OptionalNullable<T>) ABSENT;
  }

  /** The field was there, as {@code null}. */
  @SuppressWarnings("unchecked")
  public static <T> OptionalNullable<T> ofNull() {
    return (OptionalNullable<T>) NULL;
  }

  /** The field held {@code value}. */
  public static <T> OptionalNullable<T> of(T value) {
    return new OptionalNullable<>(Objects.requireNonNull(value, "value"), false);
  }

  /** Whether the field was left out. */
  public boolean isAbsent() {
    return value == null && !explicitNull;
  }

  /** Whether the field was {@code null}. */
  public boolean isNull() {
    return explicitNull;
  }

  /** Whether the field held a value. */
  public boolean isPresent() {
    return value != null;
  }

  /**
   * The value.
   *
   * @throws NoSuchElementException if the field was absent or null
   */
  public T get() {
    if (value == null) {
      throw new NoSuchElementException(explicitNull ? "the field was null" : "the field was absent");
    }
    return value;
  }

  /** The value, or {@code other} if the field was absent or null. */
  public T orElse(T other) {
    return value != null ? value : other;
  }

  /** The value as an {@link Optional}: empty if the field was absent or null. */
  public Optional<T> toOptional() {
    return Optional.ofNullable(value);
  }

  /** The value mapped through {@code mapper}; absent and null stay as they are. */
  public <R> OptionalNullable<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    if (value == null) {
      @SuppressWarnings("unchecked")
      OptionalNullable<R> same = (OptionalNullable<R>) this;
      return same;
    }
    return of(mapper.apply(value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OptionalNullable<?> other
        && explicitNull == other.explicitNull
        && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return value != null ? value.hashCode() : explicitNull ? 1 : 0;
  }

  /** {@code OptionalNullable[value]}, {@code OptionalNullable.null} or {@code OptionalNullable.absent}. */
  @Override
  public String toString() {
    if (value != null) {
      return "OptionalNullable[" + value + "]";
    }
    return explicitNull ? "OptionalNullable.null" : "OptionalNullable.absent";
  }
}
