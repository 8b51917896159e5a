package id.meritflow.rekomendasi;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.rekomendasi.domain.Kelayakan;
import id.meritflow.rekomendasi.domain.PemetaanProfil;
import id.meritflow.rekomendasi.domain.Penilai;
import id.meritflow.rekomendasi.domain.Penilaian;
import id.meritflow.rekomendasi.domain.RumpunJabatan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Use case: the talent pool per position family, in one agency or nationally (no caller scoping here). */
@Service
class KelompokTalentaService {

  private final KandidatRepository repository;
  private final Penilai penilai;

  KelompokTalentaService(KandidatRepository repository, Penilai penilai) {
    this.repository = repository;
    this.penilai = penilai;
  }

  KelompokTalenta kelompok(RumpunJabatan rumpun, Optional<String> instansiId, LocalDate pada) {
    Map<String, Jabatan> jabatan = repository.jabatan();
    List<KelompokTalenta.Anggota> anggota = new ArrayList<>();
    int[] dinilai = {0};
    // Streamed: a national pool is never held in memory, only its members in boxes 7-9.
    repository.profil(instansiId, p -> {
      Jabatan sekarang = p.pegawai().jabatanId() == null ? null : jabatan.get(p.pegawai().jabatanId());
      if (sekarang == null || RumpunJabatan.dari(sekarang.nama()) != rumpun) {
        return;
      }
      dinilai[0]++;
      Penilaian n = penilai.nilai(PemetaanProfil.dari(p, sekarang, Kelayakan.jabatanRiwayat(p, jabatan), pada), sekarang);
      if (n.kotak().kandidatPromosi()) {
        anggota.add(new KelompokTalenta.Anggota(p.pegawai().nip(), p.pegawai().instansiId(), sekarang.id(), n.kotak(), n.skor()));
      }
    });
    anggota.sort(Comparator.comparingInt((KelompokTalenta.Anggota a) -> a.kotak().nomor()).reversed()
        .thenComparing(KelompokTalenta.Anggota::skorKecocokan, Comparator.reverseOrder()));
    return new KelompokTalenta(rumpun.name(), instansiId.orElse(null), dinilai[0], anggota);
  }
}
