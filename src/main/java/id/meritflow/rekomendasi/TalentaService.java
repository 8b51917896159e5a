package id.meritflow.rekomendasi;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.platform.web.NotFoundException;
import id.meritflow.rekomendasi.domain.Kontribusi;
import id.meritflow.rekomendasi.domain.PemetaanProfil;
import id.meritflow.rekomendasi.domain.Penilai;
import id.meritflow.rekomendasi.domain.Penilaian;
import id.meritflow.rekomendasi.domain.RumpunJabatan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Use case: the talent profile of one employee (no caller scoping; the controller does it). */
@Service
class TalentaService {

  /** A factor valued below this has a gap that training can address. */
  static final double AMBANG_KESENJANGAN = 0.75;

  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;
  private final Penilai penilai;
  private final KatalogPelatihan katalog;

  TalentaService(PegawaiDirectory pegawai, OrganisasiDirectory organisasi, Penilai penilai, KatalogPelatihan katalog) {
    this.pegawai = pegawai;
    this.organisasi = organisasi;
    this.penilai = penilai;
    this.katalog = katalog;
  }

  ProfilTalenta talenta(String nip, LocalDate pada) {
    PegawaiProfil profil = pegawai.find(nip).orElseThrow(() -> new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Pegawai tidak ditemukan."));
    String jabatanId = profil.pegawai().jabatanId();
    // The positions of the history and the current one, in one read.
    Map<String, Jabatan> jabatan = new HashMap<>(organisasi.jabatanAll(profil.idJabatan()));
    // Without a recorded position the employee is judged as a pelaksana of their unit.
    Jabatan sekarang = jabatanId == null ? null : jabatan.get(jabatanId);
    if (sekarang == null) {
      sekarang = new Jabatan("-", profil.pegawai().instansiId(), profil.pegawai().unitKerjaId(), "Pelaksana", JenisJabatan.PELAKSANA,
          null, null, Golongan.I_A, Golongan.IV_E, Pendidikan.SD, null, 1, 1, 0);
    }
    jabatan.put(sekarang.id(), sekarang);
    Penilaian p = penilai.nilai(PemetaanProfil.dari(profil, sekarang, jabatan, pada), sekarang);
    RumpunJabatan rumpun = RumpunJabatan.dari(sekarang.nama());
    String kelompok = (p.kotak().kandidatPromosi() ? "Kelompok rencana suksesi" : "Kelompok pengembangan") + " rumpun "
        + rumpun.label().toLowerCase(java.util.Locale.ROOT);
    List<ProfilTalenta.RekomendasiPelatihan> saran = new ArrayList<>();
    for (Kontribusi k : p.kontribusi()) {
      if (k.nilai() < AMBANG_KESENJANGAN) {
        katalog.untuk(k.faktor(), rumpun).forEach(pl -> saran.add(new ProfilTalenta.RekomendasiPelatihan(pl,
            "Kesenjangan pada " + k.label().toLowerCase(java.util.Locale.ROOT) + " (nilai " + String.format(java.util.Locale.ROOT, "%.2f", k.nilai()).replace('.', ',')
                + " di bawah " + String.valueOf(AMBANG_KESENJANGAN).replace('.', ',') + ").")));
      }
    }
    return new ProfilTalenta(nip, sekarang.id(), rumpun.name(), kelompok, p.kotak(), p.skor(), p.kontribusi(), saran);
  }
}
