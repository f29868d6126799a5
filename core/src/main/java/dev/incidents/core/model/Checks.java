package dev.incidents.core.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's constructors. */
final class Checks {
  private Checks() {}

  static <T> T required(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  static <T> List<T> list(List<T> values, String name) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static void check(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(message, args));
    }
  }
}
