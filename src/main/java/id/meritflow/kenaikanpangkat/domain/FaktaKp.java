package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Everything the rules read about one proposal, gathered once.
 *
 * @param golonganTujuan the proposed rank; empty when the employee is at IV/e
 * @param tanggalPengajuan the day the proposal was submitted: decides the open period and the SKP
 *     years judged
 */
public record FaktaKp(
    PegawaiProfil profil,
    Optional<Jabatan> jabatan,
    JenisKenaikanPangkat jenis,
    PeriodeKp periode,
    Optional<Golongan> golonganTujuan,
    LocalDate tanggalPengajuan,
    KalenderPeriodeKp kalender,
    SyaratJenisKp syarat,
    Golongan batasPendidikan,
    RuteKp rute) {

  public Pegawai pegawai() {
    return profil.pegawai();
  }

  public LocalDate tmt() {
    return periode.tmt();
  }
}
