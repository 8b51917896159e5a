package id.meritflow.penandatanganan.proses;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who holds each signer role per agency: {@code meritflow.penandatanganan.pejabat.<instansi>.<peran>}
 * with {@code nama} and {@code nip}. A DELEGASI signature prints that name; a LANGSUNG signature
 * prints the name of the person who signed in Tasklist. {@code tempat.<instansi>} is the place
 * the SK is set ("Ditetapkan di …"), by default derived from the agency's region.
 */
@ConfigurationProperties("meritflow.penandatanganan")
record PejabatProperties(Map<String, Map<String, Pejabat>> pejabat, Map<String, String> tempat) {

  record Pejabat(String nama, String nip) {}

  PejabatProperties {
    pejabat = pejabat == null ? Map.of() : pejabat;
    tempat = tempat == null ? Map.of() : tempat;
  }

  /** Place of "Ditetapkan di …" per agency ({@code meritflow.penandatanganan.tempat.<instansi>}). */
  Optional<String> tempat(String instansiId) {
    return Optional.ofNullable(tempat.get(instansiId));
  }

  Optional<Pejabat> find(String instansiId, String peran) {
    return Optional.ofNullable(pejabat.getOrDefault(instansiId, Map.of()).get(peran));
  }
}
