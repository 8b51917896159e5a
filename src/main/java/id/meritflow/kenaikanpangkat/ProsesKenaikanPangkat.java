package id.meritflow.kenaikanpangkat;

import id.meritflow.platform.engine.TeksPanjang;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.kenaikanpangkat.KenaikanPangkatConfiguration.HariIniKp;
import id.meritflow.kenaikanpangkat.domain.PeriodeKp;
import id.meritflow.kenaikanpangkat.domain.StatusAturanKp;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.TingkatInstansi;
import id.meritflow.kepegawaian.PencatatanPangkat;
import id.meritflow.kepegawaian.RiwayatPangkatRequest;
import id.meritflow.platform.batch.BatchDirectory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Use cases of the kenaikan-pangkat process, called by its thin delegates. Every step also writes
 * the proposal's row in usulan_kp, in the same transaction as the engine's step.
 */
@Service
public class ProsesKenaikanPangkat {

  /** What the screening leaves on the case, as plain variables. */
  public record Pemeriksaan(String kesimpulan, Map<String, Object> variabel) {}

  /** The pertek: BKN's technical approval; its number is derived from the case, so a retry gives the same one. */
  public record Pertek(String nomor, String penerbit) {}

  private final PemeriksaanKp pemeriksaan;
  private final UsulanKpRepository usulan;
  private final PencatatanPangkat pangkat;
  private final BatchDirectory batch;
  private final HariIniKp hariIni;
  private final OrganisasiDirectory organisasi;
  private final ObjectMapper json = new ObjectMapper();

  ProsesKenaikanPangkat(PemeriksaanKp pemeriksaan, UsulanKpRepository usulan, PencatatanPangkat pangkat,
      BatchDirectory batch, HariIniKp hariIni, OrganisasiDirectory organisasi) {
    this.organisasi = organisasi;
    this.pemeriksaan = pemeriksaan;
    this.usulan = usulan;
    this.pangkat = pangkat;
    this.batch = batch;
    this.hariIni = hariIni;
  }

  public Pemeriksaan periksa(String businessKey, String processInstanceId, Map<String, Object> v) {
    String batchId = (String) v.get("batchId");
    LocalDate diajukan = Optional.ofNullable((String) v.get(VariabelKp.TANGGAL_PENGAJUAN)).map(LocalDate::parse)
        .or(() -> ProfilPotongan.aktif().map(c -> c.diajukan(batchId, batch::diajukanPada))
            .orElseGet(() -> batch.diajukanPada(batchId)).map(t -> t.toLocalDate()))
        .orElseGet(hariIni);
    UsulanKp u = UsulanKp.dari(teks(v, VariabelKp.NIP), teks(v, VariabelKp.JENIS), teks(v, VariabelKp.PERIODE),
        teks(v, VariabelKp.GOLONGAN_TUJUAN), diajukan);
    PeriodeKp periode = u.periode();
    HasilPemeriksaanKp h = pemeriksaan.periksa(u);
    String hasilJson = json(h);
    usulan.simpanPemeriksaan(new UsulanKpRepository.Baris(businessKey, processInstanceId, u.nip(), h.instansiId(),
        periode.kode(), u.jenis().name(), h.golonganAsal().kode(), h.golonganTujuan().map(Golongan::kode).orElse(null),
        periode.tmt(), h.masaKerja(), h.rute().name(), batchId, (Integer) v.get("batchBaris"), h.kesimpulan().name(),
        statusSetelahPemeriksaan(h.kesimpulan()), hasilJson, null, null, null, null, null));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(VariabelKp.KESIMPULAN, h.kesimpulan().name());
    out.put(VariabelKp.HASIL, TeksPanjang.nilai(hasilJson));
    String ringkasan = h.ringkasan();
    out.put(VariabelKp.RINGKASAN, ringkasan.length() <= MAKS_VARIABEL ? ringkasan : ringkasan.substring(0, MAKS_VARIABEL - 1) + "…");
    out.put(VariabelKp.GOLONGAN_ASAL, h.golonganAsal().kode());
    out.put(VariabelKp.GOLONGAN_TUJUAN, h.golonganTujuan().map(Golongan::kode).orElse(null));
    out.put(VariabelKp.MASA_KERJA, h.masaKerja());
    out.put(VariabelKp.RUTE, h.rute().name());
    out.put(VariabelKp.TMT, periode.tmt().toString());
    out.put(VariabelKp.TANGGAL_PENGAJUAN, diajukan.toString());
    return new Pemeriksaan(h.kesimpulan().name(), out);
  }

  /**
   * Whether a batch row's screening can run inside its chunk's transaction: computes it (nothing
   * is written) as the case would. A row that cannot (its employee gone from the registry, data
   * a rule cannot read) starts at its start event instead, so its screening runs as its own job
   * and a failure is that case's retry and incident, not the chunk's.
   */
  boolean dapatDiperiksa(BarisKenaikanPangkat row) {
    try {
      HasilPemeriksaanKp h = pemeriksaan.periksa(UsulanKp.dari(row.nip(), row.jenis(), row.periode(),
          row.golonganTujuan(), hariIni.get()));
      json(h);
      h.golonganAsal().kode();
      h.golonganTujuan().map(Golongan::kode);
      return h.kesimpulan() != null && h.rute() != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Issued by the Kanreg for regional agencies' employees and by BKN itself for central ones. */
  public Pertek pertek(String businessKey, String instansiId) {
    boolean pusat = organisasi.instansi(instansiId).map(i -> i.tingkat() == TingkatInstansi.PUSAT).orElse(false);
    Pertek p = pusat
        ? new Pertek("PERTEK-KP/BKN/" + businessKey, "Kepala BKN")
        : new Pertek("PERTEK-KP/KANREG/" + businessKey, "Kantor Regional BKN");
    usulan.pertek(businessKey, p.nomor());
    return p;
  }

  public void skTerbit(String businessKey, String nomorSk) {
    usulan.sk(businessKey, nomorSk);
  }

  /** At the TMT: the new rank joins the history (and becomes current once the TMT has come). */
  public String perbaruiPangkat(String businessKey, String nip, String golonganTujuan, LocalDate tmt, String nomorSk) {
    String id = pangkat.catatPangkat(nip, new RiwayatPangkatRequest(golonganTujuan, tmt, nomorSk));
    usulan.status(businessKey, StatusUsulanKp.SELESAI, null);
    return id;
  }

  public void tutup(String businessKey, StatusUsulanKp status, String keterangan) {
    usulan.status(businessKey, status, keterangan);
  }

  private static StatusUsulanKp statusSetelahPemeriksaan(StatusAturanKp kesimpulan) {
    return switch (kesimpulan) {
      case LULUS -> StatusUsulanKp.DIPROSES;
      case PERLU_VERIFIKASI -> StatusUsulanKp.MENUNGGU_VERIFIKASI;
      case DITUNDA -> StatusUsulanKp.DITUNDA;
      case GAGAL -> StatusUsulanKp.TIDAK_MEMENUHI_SYARAT;
    };
  }

  /**
   * The engine keeps a String variable in a 4,000-character column; the summary is cut to it. The
   * check results are kept whole, as a Bytes variable ({@link TeksPanjang}, ADR 0020).
   */
  static final int MAKS_VARIABEL = 4000;

  private String json(HasilPemeriksaanKp h) {
    try {
      return json.writeValueAsString(h.hasil());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String teks(Map<String, Object> v, String key) {
    Object value = v.get(key);
    return value == null ? null : value.toString();
  }
}
