package id.meritflow.rekomendasi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.PredikatKinerja;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.kepegawaian.TingkatInstansi;
import id.meritflow.mutasi.DaftarAturanMutasi;
import id.meritflow.mutasi.FaktaMutasi;
import id.meritflow.mutasi.KebijakanMutasi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PenilaiRisikoTest {

  private final DaftarAturanMutasi daftar = DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT);
  private final PenilaiRisiko penilai = new PenilaiRisiko(AmbangRisiko.DEFAULT, daftar);

  @Test
  void flagsAMoveWithinTwoYearsOfTheLastOneAsRepeatedRotation() {
    PegawaiProfil p = new CalonAcak(1).satu(1);
    List<RiwayatJabatan> riwayat = new ArrayList<>(p.riwayatJabatan());
    riwayat.add(new RiwayatJabatan("baru", "kota-uji", "kota-uji-bkpsdm", CalonAcak.PELAKSANA.id(), CalonAcak.PADA.minusMonths(8), "SK/3"));
    FaktaMutasi fakta = fakta(new PegawaiProfil(p.pegawai(), p.kinerja(), p.disiplin(), p.riwayatPangkat(), riwayat), CalonAcak.konteks());

    assertThat(kode(penilai.risiko(fakta, 1.0, 0))).contains(KodeRisiko.ROTASI_BERULANG);
  }

  @Test
  void flagsManyMovesOutOfOneUnitAndACompetencyMismatch() {
    FaktaMutasi fakta = fakta(new CalonAcak(2).satu(2), CalonAcak.konteks());

    assertThat(kode(penilai.risiko(fakta, 0.7, 4))).contains(KodeRisiko.EKSODUS_UNIT, KodeRisiko.KOMPETENSI_TIDAK_SESUAI);
    assertThat(kode(penilai.risiko(fakta, 1.0, 2))).doesNotContain(KodeRisiko.EKSODUS_UNIT, KodeRisiko.KOMPETENSI_TIDAK_SESUAI);
  }

  @Test
  void flagsAMoveTimedJustBeforeAPilkadaFreeze() {
    // Candidate determination 7 months after the TMT: the 6-month freeze starts 1 month after it.
    Instansi pilkada = new Instansi("kota-uji", "Pemerintah Kota Uji", TingkatInstansi.KABUPATEN_KOTA, "Kota Uji", "Jawa Barat",
        CalonAcak.PADA.plusMonths(7), null, null);
    KonteksJabatan k = CalonAcak.konteks();
    KonteksJabatan dekat = new KonteksJabatan(k.tujuan(), pilkada, k.pemegang(), Map.of(pilkada.id(), pilkada), k.jabatan(), k.pada());

    assertThat(kode(penilai.risiko(fakta(new CalonAcak(3).satu(3), dekat), 1.0, 0))).contains(KodeRisiko.POLITIK);
    assertThat(kode(penilai.risiko(fakta(new CalonAcak(3).satu(3), k), 1.0, 0))).doesNotContain(KodeRisiko.POLITIK);
  }

  @Test
  void flagsADemotionOfAGoodPerformerButNotOfAPoorOne() {
    KonteksJabatan k = CalonAcak.konteks();
    KonteksJabatan turun = new KonteksJabatan(CalonAcak.PELAKSANA, k.instansiTujuan(), List.of(), k.instansi(), k.jabatan(), k.pada());
    PegawaiProfil p = pengawas(new CalonAcak(4).satu(4), PredikatKinerja.BAIK);
    PegawaiProfil buruk = pengawas(p, PredikatKinerja.KURANG);

    assertThat(kode(penilai.risiko(fakta(p, turun), 1.0, 0))).contains(KodeRisiko.DEMOSI_TANPA_DASAR_KINERJA);
    assertThat(kode(penilai.risiko(fakta(buruk, turun), 1.0, 0))).doesNotContain(KodeRisiko.DEMOSI_TANPA_DASAR_KINERJA);
  }

  private static PegawaiProfil pengawas(PegawaiProfil p, PredikatKinerja predikat) {
    var g = p.pegawai();
    var q = new id.meritflow.kepegawaian.Pegawai(g.nip(), g.nama(), g.jenisKelamin(), g.tanggalLahir(), g.tmtCpns(), g.instansiId(),
        g.unitKerjaId(), CalonAcak.PENGAWAS_LAIN.id(), g.tmtJabatan(), g.golongan(), g.tmtGolongan(), g.pendidikan(),
        g.bidangPendidikan(), false, null, null, null, 0);
    int tahun = CalonAcak.PADA.getYear();
    return new PegawaiProfil(q, List.of(new Kinerja(tahun - 1, predikat), new Kinerja(tahun - 2, predikat)), List.of(), List.of(),
        p.riwayatJabatan());
  }

  private static FaktaMutasi fakta(PegawaiProfil p, KonteksJabatan k) {
    return Kelayakan.fakta(p, k);
  }

  private static List<KodeRisiko> kode(List<Risiko> risiko) {
    return risiko.stream().map(Risiko::kode).toList();
  }
}
