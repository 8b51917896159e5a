package id.meritflow.platform.engine;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.BytesValue;

/**
 * A case variable whose text has no length limit, such as the check results ({@code hasilPemeriksaan}).
 * The engine keeps a String variable in a 4,000-character column on some databases (PostgreSQL's
 * {@code TEXT_ varchar(4000)}); a Bytes variable lives in the engine's byte-array table, which has
 * none. Readers take either form, so cases started before the change read as before (ADR 0020).
 */
public final class TeksPanjang {

  private TeksPanjang() {}

  /** The variable value to store {@code text} (UTF-8) under. */
  public static BytesValue nilai(String text) {
    return Variables.byteArrayValue(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The text of a variable stored by {@link #nilai} or as a plain String; null stays null. */
  public static String teks(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof BytesValue bytes) {
      return bytes.getValue() == null ? null : new String(bytes.getValue(), StandardCharsets.UTF_8);
    }
    return value.toString();
  }
}
