package id.meritflow.mutasi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builder of the ordered facts of a result; every value becomes text, a missing value "-". */
final class Fakta {

  private final Map<String, String> values = new LinkedHashMap<>();

  static Fakta of() {
    return new Fakta();
  }

  Fakta put(String key, Object value) {
    values.put(key, value == null ? "-" : String.valueOf(value));
    return this;
  }

  Map<String, String> map() {
    return salin(values);
  }

  static Map<String, String> salin(Map<String, String> source) {
    return source == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(source));
  }
}
