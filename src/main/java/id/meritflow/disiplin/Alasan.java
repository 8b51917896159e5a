package id.meritflow.disiplin;

import java.util.Map;

/**
 * Why a rule decided as it did: the rule's code from domain.md §4, whether it changed the outcome,
 * the facts it used and a sentence in Bahasa Indonesia for the case file.
 */
public record Alasan(String kode, boolean diterapkan, Map<String, Object> fakta, String pesan) {

  public Alasan {
    fakta = Map.copyOf(fakta);
  }
}
