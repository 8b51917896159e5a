package id.meritflow.disiplin.proses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.disiplin.Alasan;
import id.meritflow.disiplin.BerulangPolicy;
import id.meritflow.disiplin.JadwalHukuman;
import id.meritflow.disiplin.Nama;
import id.meritflow.disiplin.RentangHukuman;
import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisHukuman;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/** Use cases of the disiplin process; its delegates only translate variables to and from these. */
@Service
public class ProsesDisiplin {

  /** The penalty decided for a case, with the authorised official and why. */
  public record Penetapan(JenisHukuman jenis, Optional<Alasan> diLuarRentang, List<Alasan> alasan,
      Map<String, Object> pyb) {}

  /** Dates of a delivered decision. */
  public record Jadwal(LocalDate tmt, Optional<LocalDate> akhir, LocalDateTime batasKeberatan, String upaya) {}

  private final KasusDisiplinRepository kasus;
  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;
  private final KalenderHariKerja kalender;
  private final DisiplinProperties properties;
  private final ObjectMapper json;

  ProsesDisiplin(KasusDisiplinRepository kasus, PegawaiDirectory pegawai, OrganisasiDirectory organisasi,
      KalenderHariKerja kalender, DisiplinProperties properties, ObjectMapper json) {
    this.kasus = kasus;
    this.pegawai = pegawai;
    this.organisasi = organisasi;
    this.kalender = kalender;
    this.properties = properties;
    this.json = json;
  }

  public DisiplinProperties properties() {
    return properties;
  }

  void buka(String id, String nip, String pelanggaran, String jenisPelanggaran, LocalDate tanggal, String sumber,
      String prosesId) {
    kasus.bukaJikaBelumAda(id, nip, pelanggaran, jenisPelanggaran, tanggal, sumber, prosesId);
  }

  /** DIS-PEMERIKSA range, then DIS-BERULANG; the inputs of DIS-PYB (position type, agency tier). */
  Penetapan tetapkan(String kasusId, String nip, String jenisPelanggaran, JenisHukuman usulan,
      TingkatHukuman tingkatPemeriksaan, boolean dariTabelAbsen) {
    if (!dariTabelAbsen) {
      Alasan rentang = new RentangHukuman().periksa(tingkatPemeriksaan, usulan);
      if (rentang.diterapkan()) {
        return new Penetapan(usulan, Optional.of(rentang), List.of(rentang), Map.of());
      }
    }
    var berulang = new BerulangPolicy().terapkan(usulan, jenisPelanggaran, kasus.hukumanTerdahulu(nip, kasusId));
    return new Penetapan(berulang.jenisHukuman(), Optional.empty(), List.of(berulang.alasan()), masukanPyb(nip));
  }

  /** Inputs of DIS-PYB: the offender's position type and the agency's tier. */
  Map<String, Object> masukanPyb(String nip) {
    Pegawai p = pegawai.find(nip).map(PegawaiProfil::pegawai)
        .orElseThrow(() -> new IllegalStateException("pegawai " + nip + " tidak ada di registri"));
    String jenisJabatan = Optional.ofNullable(p.jabatanId()).flatMap(organisasi::jabatan).map(Jabatan::jenis)
        .orElse(JenisJabatan.PELAKSANA).name();
    String tingkat = organisasi.instansi(p.instansiId()).map(Instansi::tingkat)
        .orElseThrow(() -> new IllegalStateException("instansi " + p.instansiId() + " tidak dikenal")).name();
    return Map.of("jenisJabatan", jenisJabatan, "tingkatInstansi", tingkat);
  }

  /** DIS-PENYAMPAIAN and DIS-KEBERATAN dates from the day the employee received the decision. */
  Jadwal jadwal(JenisHukuman jenis, LocalDate diterima) {
    var jadwal = new JadwalHukuman(properties.berlakuHariKe());
    LocalDate tmt = jadwal.tmt(diterima);
    LocalDate batas = kalender.plusWorkingDays(diterima, properties.keberatanPengajuanHariKerja());
    return new Jadwal(tmt, jadwal.akhir(jenis, tmt), LocalDateTime.of(batas, LocalTime.of(23, 59, 59)),
        jenis == JenisHukuman.PDH_TAPS ? "BANDING" : "KEBERATAN");
  }

  void berlakukan(String kasusId, JenisHukuman jenis, LocalDate tmt) {
    LocalDate akhir = new JadwalHukuman(properties.berlakuHariKe()).akhir(jenis, tmt).orElse(null);
    kasus.status(kasusId, StatusKasus.DIPUTUS.name(), jenis.tingkat().name(), jenis.name(), tmt, akhir);
  }

  void tangguhkan(String kasusId, JenisHukuman jenis) {
    kasus.status(kasusId, StatusKasus.DITANGGUHKAN.name(), jenis.tingkat().name(), jenis.name(), null, null);
  }

  void hentikan(String kasusId) {
    kasus.status(kasusId, StatusKasus.DIHENTIKAN.name(), null, null, null, null);
  }

  void tandai(String kasusId, String instansiId, String nip, String kode, String uraian) {
    kasus.tandai(kasusId, instansiId, nip, kode, uraian, ClockUtil.getCurrentTime().toInstant());
  }

  String uraian(JenisHukuman jenis) {
    return Nama.hukuman(jenis);
  }

  String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
