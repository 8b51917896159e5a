package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.JenisKenaikanPangkat;
import id.meritflow.kenaikanpangkat.domain.PeriodeKp;
import id.meritflow.kepegawaian.Golongan;
import java.time.LocalDate;
import java.util.Optional;

/** One promotion proposal as the screening reads it. */
public record UsulanKp(String nip, JenisKenaikanPangkat jenis, PeriodeKp periode, Optional<Golongan> golonganTujuan,
    LocalDate tanggalPengajuan) {

  /** From the text of a row or of a case's variables, already validated (the batch kind's rules). */
  static UsulanKp dari(String nip, String jenis, String periode, String golonganTujuan, LocalDate tanggalPengajuan) {
    return new UsulanKp(nip,
        JenisKenaikanPangkat.parse(jenis).orElseThrow(() -> new IllegalStateException("jenis tidak valid: " + jenis)),
        PeriodeKp.parse(periode).orElseThrow(() -> new IllegalStateException("periode tidak valid: " + periode)),
        Optional.ofNullable(golonganTujuan).filter(g -> !g.isBlank()).flatMap(Golongan::fromKode), tanggalPengajuan);
  }
}
