package dev.incidents.examples.beam;

import dev.incidents.core.json.IncidentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;

/**
 * A coder writing a model value as incident JSON in a {@link StringUtf8Coder}. Deterministic:
 * {@link IncidentJson} sorts keys, so equal values give equal bytes.
 */
abstract class JsonCoder<T> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;
  private static final StringUtf8Coder STRINGS = StringUtf8Coder.of();

  private final Class<T> type;

  JsonCoder(Class<T> type) {
    this.type = type;
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new org.apache.beam.sdk.coders.CoderException("cannot encode a null " + type.getSimpleName());
    }
    STRINGS.encode(IncidentJson.toCompactJson(value), out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    String json = STRINGS.decode(in);
    try {
      return IncidentJson.read(json, type);
    } catch (IllegalArgumentException e) {
      throw new org.apache.beam.sdk.coders.CoderException("cannot decode a " + type.getSimpleName() + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void verifyDeterministic() {
    // sorted keys and no floating-point maps: equal values encode to equal bytes
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == getClass();
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
