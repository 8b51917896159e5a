package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.Pegawai;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A target position with what is loaded once for ranking many candidates for it: the agencies and
 * positions by id (for the candidates' histories) and the current holders.
 *
 * @param pada the date the merit rules and the score judge on
 */
public record KonteksJabatan(
    Jabatan tujuan, Instansi instansiTujuan, List<Pegawai> pemegang, Map<String, Instansi> instansi,
    Map<String, Jabatan> jabatan, LocalDate pada) {

  public KonteksJabatan {
    pemegang = List.copyOf(pemegang);
    // Not Map.copyOf: its open addressing probes long runs on ids that share long prefixes
    // ("cimahi-setda-1-j2"); at 75,000 positions a look-up took ten times a HashMap's, and the
    // ranking looks positions up several times per candidate (docs/perf/registri.md).
    instansi = Collections.unmodifiableMap(new HashMap<>(instansi));
    jabatan = Collections.unmodifiableMap(new HashMap<>(jabatan));
  }
}
