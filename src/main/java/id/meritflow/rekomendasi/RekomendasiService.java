package id.meritflow.rekomendasi;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.mutasi.AlasanMutasi;
import id.meritflow.mutasi.FaktaMutasi;
import id.meritflow.mutasi.KategoriAlasan;
import id.meritflow.mutasi.PemeriksaanMutasi;
import id.meritflow.mutasi.RuteMutasi;
import id.meritflow.mutasi.UsulanMutasi;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.platform.web.NotFoundException;
import id.meritflow.rekomendasi.domain.HasilPeringkat;
import id.meritflow.rekomendasi.domain.KonteksJabatan;
import id.meritflow.rekomendasi.domain.PenasihatMutasi;
import id.meritflow.rekomendasi.domain.PenilaianMutasi;
import id.meritflow.rekomendasi.domain.Pemeringkat;
import id.meritflow.rekomendasi.domain.PeringkatBerjalan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Use cases of the recommendation: candidates for a position and advice on a proposal. Does not
 * scope by caller (the controller does; the delegate runs as the engine).
 */
@Service
public class RekomendasiService {

  /** Where candidates come from: the position's agency, or every agency (national JPT pools). */
  public enum Lingkup { INSTANSI, NASIONAL }

  private final OrganisasiDirectory organisasi;
  private final PegawaiDirectory pegawai;
  private final KandidatRepository repository;
  private final Pemeringkat pemeringkat;
  private final PenasihatMutasi penasihat;
  private final PemeriksaanMutasi pemeriksaan;
  private final RekomendasiProperties properties;
  private final NarasiClient narasi;
  private final Clock clock;

  RekomendasiService(OrganisasiDirectory organisasi, PegawaiDirectory pegawai, KandidatRepository repository,
      Pemeringkat pemeringkat, PenasihatMutasi penasihat, PemeriksaanMutasi pemeriksaan, RekomendasiProperties properties,
      NarasiClient narasi, Clock clock) {
    this.organisasi = organisasi;
    this.pegawai = pegawai;
    this.repository = repository;
    this.pemeringkat = pemeringkat;
    this.penasihat = penasihat;
    this.pemeriksaan = pemeriksaan;
    this.properties = properties;
    this.narasi = narasi;
    this.clock = clock;
  }

  /** The position, or 404: callers check access to its agency before ranking. */
  public Jabatan jabatan(String jabatanId) {
    return organisasi.jabatan(jabatanId).orElseThrow(() -> new NotFoundException("JABATAN_TIDAK_DITEMUKAN", "Jabatan tidak ditemukan."));
  }

  public HasilPeringkat kandidat(String jabatanId, Lingkup lingkup, Optional<Integer> limit) {
    Jabatan tujuan = jabatan(jabatanId);
    Instansi instansi = organisasi.instansi(tujuan.instansiId()).orElseThrow();
    KonteksJabatan k = new KonteksJabatan(tujuan, instansi, organisasi.pemegang(jabatanId), repository.instansi(),
        repository.jabatan(), LocalDate.now(clock));
    // Streamed: each candidate is judged as it is read and only the best `limit` are kept (a national pool of millions).
    PeringkatBerjalan peringkat = pemeringkat.mulai(k, Math.max(1, limit.orElse(properties.batas())));
    repository.profil(lingkup == Lingkup.NASIONAL ? Optional.empty() : Optional.of(tujuan.instansiId()), peringkat);
    return peringkat.hasil();
  }

  /** Advice on a proposal; missing route, reason and proposal date are filled in for the assessment only. */
  public PenilaianMutasi penilaianMutasi(UsulanMutasi usulan) {
    FaktaMutasi fakta = pemeriksaan.fakta(lengkapi(usulan));
    int hari = properties.ambangRisiko().eksodusHari();
    int keluar = repository.keluarDariUnit(fakta.pegawai().unitKerjaId(), fakta.tanggalEvaluasi().minusDays(hari),
        fakta.tanggalEvaluasi());
    return penasihat.nilai(fakta, keluar);
  }

  UsulanMutasi lengkapi(UsulanMutasi u) {
    RuteMutasi rute = u.rute();
    if (rute == null && u.nip() != null && u.instansiTujuanId() != null) {
      Optional<Instansi> asal = pegawai.instansiOf(u.nip()).flatMap(organisasi::instansi);
      Optional<Instansi> tujuan = organisasi.instansi(u.instansiTujuanId());
      rute = asal.isPresent() && tujuan.isPresent() ? RuteMutasi.antara(asal.get(), tujuan.get()).orElse(null) : null;
    }
    AlasanMutasi alasan = u.alasan() == null || u.alasan().kategori() == null
        ? new AlasanMutasi(KategoriAlasan.LAINNYA, "Penilaian rekomendasi") : u.alasan();
    if (alasan.uraian() == null || alasan.uraian().isBlank()) {
      alasan = new AlasanMutasi(alasan.kategori(), "Penilaian rekomendasi");
    }
    LocalDate tanggal = u.tanggalUsulan() != null ? u.tanggalUsulan() : u.tmt();
    return new UsulanMutasi(u.nip(), u.instansiTujuanId(), u.unitKerjaTujuanId(), u.jabatanTujuanId(), rute, alasan,
        u.atasPermintaanSendiri(), tanggal, u.tmt(), u.dokumenPersetujuan());
  }

  /** The narrative when configured and answering, else the template explanation. */
  public String penjelasan(PenilaianMutasi p) {
    return narasi.tulis(p.penjelasan()).orElse(p.penjelasan());
  }
}
