package id.meritflow.kenaikanpangkat.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One rule's result: code, status, the facts it used (as text, ordered) and a sentence in Bahasa Indonesia. */
public record HasilAturanKp(String kode, StatusAturanKp status, Map<String, String> fakta, String pesan) {

  public HasilAturanKp {
    fakta = Collections.unmodifiableMap(new LinkedHashMap<>(fakta));
  }
}
