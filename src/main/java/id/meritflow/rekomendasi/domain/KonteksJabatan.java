package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.Pegawai;
import java.time.LocalDate;
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
    instansi = Map.copyOf(instansi);
    jabatan = Map.copyOf(jabatan);
  }
}
