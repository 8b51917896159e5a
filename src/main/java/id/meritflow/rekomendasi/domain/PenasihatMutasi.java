package id.meritflow.rekomendasi.domain;

import id.meritflow.mutasi.FaktaMutasi;
import java.util.List;

/** Use case core: fit, eligibility and risks of one proposal, and whether a person must review it. */
public final class PenasihatMutasi {

  private final Kelayakan kelayakan;
  private final Penilai penilai;
  private final PenilaiRisiko risiko;

  public PenasihatMutasi(Kelayakan kelayakan, Penilai penilai, PenilaiRisiko risiko) {
    this.kelayakan = kelayakan;
    this.penilai = penilai;
    this.risiko = risiko;
  }

  public PenilaianMutasi nilai(FaktaMutasi fakta, int keluarDariUnit) {
    ProfilKandidat profil = PemetaanProfil.dari(fakta.profil(), fakta.jabatanTujuan(), fakta.jabatanRiwayat(), fakta.tanggalEvaluasi());
    Penilaian kecocokan = penilai.nilai(profil, fakta.jabatanTujuan());
    List<Alasan> gagal = kelayakan.alasanTidakMemenuhi(fakta, profil.memenuhiBatasUsia());
    List<Risiko> flags = risiko.risiko(fakta, NilaiFaktor.pendidikan(profil, fakta.jabatanTujuan()), keluarDariUnit);
    boolean tinjau = !flags.isEmpty() || !gagal.isEmpty();
    StringBuilder s = new StringBuilder(kecocokan.ringkasan());
    if (!gagal.isEmpty()) {
      s.append(" Tidak memenuhi: ");
      gagal.forEach(a -> s.append(a.kode()).append(" (").append(a.pesan()).append(") "));
    }
    flags.forEach(r -> s.append(" ").append(r.kode().label()).append(": ").append(r.penjelasan()));
    s.append(tinjau ? " Usulan diarahkan ke peninjauan oleh pejabat yang berwenang." : " Tidak ada risiko yang ditandai.");
    return new PenilaianMutasi(kecocokan, flags, gagal, tinjau, s.toString().trim());
  }
}
