package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.PredikatKinerja;
import id.meritflow.kepegawaian.RiwayatJabatan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts of a rotation inside Kota A on TMT 1 March 2026 that passes every rule: 4 years in a
 * pelaksana post, Baik in 2024 and 2025, a clean record, a vacant pelaksana target.
 */
final class FaktaMutasiBuilder {

  static final LocalDate TMT = LocalDate.of(2026, 3, 1);

  private PegawaiBuilder pegawai = PegawaiBuilder.aPegawai();
  private final List<Kinerja> kinerja = new ArrayList<>(List.of(
      new Kinerja(2025, PredikatKinerja.BAIK), new Kinerja(2024, PredikatKinerja.SANGAT_BAIK)));
  private final List<KasusDisiplin> disiplin = new ArrayList<>();
  private final List<RiwayatJabatan> riwayat = new ArrayList<>();
  private final Map<String, Jabatan> jabatanRiwayat = new HashMap<>();
  private Jabatan jabatanAsal = JabatanBuilder.aJabatan().withId("kota-a-analis").in("kota-a", "kota-a-setda")
      .withNama("Analis Kepegawaian").build();
  private Instansi asal = InstansiBuilder.anInstansi("kota-a").build();
  private Instansi tujuan = asal;
  private Jabatan jabatanTujuan = JabatanBuilder.aJabatan().build();
  private final List<Pegawai> pemegang = new ArrayList<>();
  private RuteMutasi rute = RuteMutasi.DALAM_INSTANSI;
  private KategoriAlasan alasan = KategoriAlasan.ROTASI;
  private boolean aps;
  private LocalDate tmt = TMT;
  private final List<DokumenPersetujuan> dokumen = new ArrayList<>();

  static FaktaMutasiBuilder aFaktaMutasi() {
    return new FaktaMutasiBuilder();
  }

  FaktaMutasiBuilder withPegawai(PegawaiBuilder pegawai) { this.pegawai = pegawai; return this; }
  /** The employee entered the current post on {@code tmtJabatan}. */
  FaktaMutasiBuilder withMasaJabatanSejak(LocalDate tmtJabatan) { pegawai.withTmtJabatan(tmtJabatan); return this; }
  FaktaMutasiBuilder withTmt(LocalDate tmt) { this.tmt = tmt; return this; }
  FaktaMutasiBuilder withKinerja(int tahun, PredikatKinerja predikat) {
    kinerja.removeIf(k -> k.tahun() == tahun);
    kinerja.add(new Kinerja(tahun, predikat));
    return this;
  }
  FaktaMutasiBuilder withoutKinerja(int tahun) { kinerja.removeIf(k -> k.tahun() == tahun); return this; }
  FaktaMutasiBuilder withKasus(KasusDisiplin kasus) { disiplin.add(kasus); return this; }
  /** A position SK in the history: the employee held a position of this kind from {@code tmt}. */
  FaktaMutasiBuilder withRiwayat(JenisJabatan jenis, String jenjang, LocalDate tmt) {
    String id = "riwayat-" + riwayat.size();
    riwayat.add(new RiwayatJabatan(id, "kota-a", "kota-a-setda", id, tmt, "SK-" + riwayat.size()));
    jabatanRiwayat.put(id, JabatanBuilder.aJabatan().withId(id).withJenis(jenis).withJenjang(jenjang).build());
    return this;
  }
  FaktaMutasiBuilder withJabatanAsal(Jabatan jabatan) { this.jabatanAsal = jabatan; return this; }
  FaktaMutasiBuilder withoutJabatanAsal() { this.jabatanAsal = null; return this; }
  FaktaMutasiBuilder withJabatanTujuan(JabatanBuilder jabatan) { this.jabatanTujuan = jabatan.build(); return this; }
  FaktaMutasiBuilder withPemegang(Pegawai... holders) { pemegang.addAll(List.of(holders)); return this; }
  FaktaMutasiBuilder withInstansiAsal(InstansiBuilder instansi) {
    this.asal = instansi.build();
    if (rute == RuteMutasi.DALAM_INSTANSI) {
      this.tujuan = asal;
    }
    return this;
  }
  /** A move to another agency: the target position moves with it. */
  FaktaMutasiBuilder toInstansi(InstansiBuilder instansi, RuteMutasi rute) {
    this.tujuan = instansi.build();
    this.rute = rute;
    this.jabatanTujuan = JabatanBuilder.aJabatan().in(tujuan.id(), tujuan.id() + "-bkpsdm").build();
    return this;
  }
  FaktaMutasiBuilder withAlasan(KategoriAlasan alasan) { this.alasan = alasan; return this; }
  FaktaMutasiBuilder atasPermintaanSendiri() { this.aps = true; return this; }
  FaktaMutasiBuilder withDokumen(String kode, String penerbit) {
    dokumen.add(new DokumenPersetujuan(kode, "800/" + (dokumen.size() + 1) + "/2026", LocalDate.of(2026, 2, 1), penerbit));
    return this;
  }

  UsulanMutasi usulan() {
    return new UsulanMutasi(pegawai.build().nip(), tujuan.id(), jabatanTujuan.unitKerjaId(), jabatanTujuan.id(), rute,
        new AlasanMutasi(alasan, "Penyegaran organisasi"), aps, LocalDate.of(2026, 1, 15), tmt, dokumen);
  }

  FaktaMutasi build() {
    Pegawai p = pegawai.build();
    return new FaktaMutasi(usulan(), new PegawaiProfil(p, kinerja, disiplin, List.of(), riwayat),
        Optional.ofNullable(jabatanAsal), asal, tujuan, jabatanTujuan, pemegang, jabatanRiwayat, tmt);
  }
}
