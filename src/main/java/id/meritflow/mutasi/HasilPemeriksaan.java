package id.meritflow.mutasi;

import java.util.Map;
import java.util.Optional;

/**
 * What one rule found: its code, the status, the facts it used (ordered, as text so that they can
 * be stored as process variables and shown as they are), a sentence in Bahasa Indonesia and an
 * optional flag.
 */
public record HasilPemeriksaan(
    String kode, StatusPemeriksaan status, Map<String, String> fakta, String pesan, Optional<Penanda> ditandai) {

  public HasilPemeriksaan {
    fakta = Fakta.salin(fakta);
    ditandai = ditandai == null ? Optional.empty() : ditandai;
  }

  static HasilPemeriksaan lulus(String kode, Fakta fakta, String pesan) {
    return new HasilPemeriksaan(kode, StatusPemeriksaan.LULUS, fakta.map(), pesan, Optional.empty());
  }

  static HasilPemeriksaan gagal(String kode, Fakta fakta, String pesan) {
    return new HasilPemeriksaan(kode, StatusPemeriksaan.GAGAL, fakta.map(), pesan, Optional.empty());
  }

  static HasilPemeriksaan perluPersetujuan(String kode, Fakta fakta, String pesan) {
    return new HasilPemeriksaan(kode, StatusPemeriksaan.PERLU_PERSETUJUAN, fakta.map(), pesan, Optional.empty());
  }

  HasilPemeriksaan ditandai(String jenis, String alasan) {
    return new HasilPemeriksaan(kode, status, fakta, pesan, Optional.of(new Penanda(jenis, alasan)));
  }
}
