package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.mutasi.AlasanMutasi;
import id.meritflow.mutasi.AturanMutasi;
import id.meritflow.mutasi.DaftarAturanMutasi;
import id.meritflow.mutasi.FaktaMutasi;
import id.meritflow.mutasi.HasilPemeriksaan;
import id.meritflow.mutasi.KategoriAlasan;
import id.meritflow.mutasi.RuteMutasi;
import id.meritflow.mutasi.StatusPemeriksaan;
import id.meritflow.mutasi.UsulanMutasi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Eligibility of a candidate: the mutasi merit rules themselves (not a copy), run on facts prepared
 * from bulk-loaded data instead of one registry round trip per candidate. Only the rules about the
 * person are used (by default MUT-MASA-JABATAN, MUT-KINERJA, MUT-DISIPLIN, MUT-SYARAT-JABATAN,
 * MUT-TUGAS-BELAJAR); rules about the proposal (approvals, pilkada) concern a concrete proposal and
 * are judged by the mutasi process. A needs-approval result is not a failure.
 */
public final class Kelayakan {

  public static final List<String> KODE_STANDAR =
      List.of("MUT-MASA-JABATAN", "MUT-KINERJA", "MUT-DISIPLIN", "MUT-SYARAT-JABATAN", "MUT-TUGAS-BELAJAR");
  public static final String KODE_BATAS_USIA = "BATAS-USIA-JABATAN";

  private final List<AturanMutasi> aturan;

  public Kelayakan(DaftarAturanMutasi daftar, List<String> kode) {
    Set<String> dikenal = daftar.kode();
    for (String k : kode) {
      if (!dikenal.contains(k)) {
        throw new IllegalArgumentException("aturan mutasi tidak dikenal: " + k);
      }
    }
    this.aturan = kode.stream().map(k -> daftar.cari(k).orElseThrow()).toList();
  }

  /** The failures, empty when the candidate may be ranked. */
  public List<Alasan> alasanTidakMemenuhi(PegawaiProfil profil, KonteksJabatan k, boolean memenuhiBatasUsia) {
    return alasanTidakMemenuhi(fakta(profil, k), memenuhiBatasUsia);
  }

  /** The same on the facts of a concrete proposal. */
  public List<Alasan> alasanTidakMemenuhi(FaktaMutasi fakta, boolean memenuhiBatasUsia) {
    List<Alasan> alasan = new ArrayList<>(2);
    for (AturanMutasi a : aturan) {
      HasilPemeriksaan h = a.periksa(fakta);
      if (h.status() == StatusPemeriksaan.GAGAL) {
        alasan.add(new Alasan(h.kode(), h.pesan()));
      }
    }
    if (!memenuhiBatasUsia) {
      alasan.add(new Alasan(KODE_BATAS_USIA, "Usia melebihi batas usia jabatan " + fakta.jabatanTujuan().nama() + " ("
          + fakta.jabatanTujuan().batasUsia() + " tahun) menurut peraturan."));
    }
    return alasan;
  }

  /** The facts of a hypothetical proposal moving the candidate into the target on the evaluation date. */
  public static FaktaMutasi fakta(PegawaiProfil profil, KonteksJabatan k) {
    Jabatan tujuan = k.tujuan();
    Instansi asal = k.instansi().getOrDefault(profil.pegawai().instansiId(), k.instansiTujuan());
    RuteMutasi rute = RuteMutasi.antara(asal, k.instansiTujuan()).orElse(RuteMutasi.PUSAT_DAERAH);
    UsulanMutasi usulan = new UsulanMutasi(profil.pegawai().nip(), tujuan.instansiId(), tujuan.unitKerjaId(), tujuan.id(),
        rute, new AlasanMutasi(KategoriAlasan.PENGEMBANGAN_KARIER, "Rekomendasi kandidat"), false, k.pada(), k.pada(), List.of());
    return new FaktaMutasi(usulan, profil, Optional.ofNullable(profil.pegawai().jabatanId()).map(k.jabatan()::get),
        asal, k.instansiTujuan(), tujuan, k.pemegang(), jabatanRiwayat(profil, k.jabatan()), k.pada());
  }

  public static Map<String, Jabatan> jabatanRiwayat(PegawaiProfil profil, Map<String, Jabatan> semua) {
    Map<String, Jabatan> hasil = new HashMap<>();
    for (RiwayatJabatan r : profil.riwayatJabatan()) {
      if (r.jabatanId() != null && semua.containsKey(r.jabatanId())) {
        hasil.put(r.jabatanId(), semua.get(r.jabatanId()));
      }
    }
    String sekarang = profil.pegawai().jabatanId();
    if (sekarang != null && semua.containsKey(sekarang)) {
      hasil.put(sekarang, semua.get(sekarang));
    }
    return hasil;
  }
}
