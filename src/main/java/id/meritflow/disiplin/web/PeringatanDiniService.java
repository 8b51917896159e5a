package id.meritflow.disiplin.web;

import id.meritflow.disiplin.proses.DisiplinProperties;
import id.meritflow.disiplin.proses.KasusDisiplinRepository;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.platform.engine.SebagaiEngine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Early warning for superiors (domain.md §4): absence counts about to reach the next DIS-ABSEN
 * band, long runs of absence, repeated ringan penalties, and flags raised by cases (DIS-ATASAN,
 * DIS-PENYAMPAIAN). Coaching before punishment: nothing here opens a case.
 */
@Service
public class PeringatanDiniService {

  private final KasusDisiplinRepository kasus;
  private final DecisionService decisions;
  private final PegawaiDirectory pegawai;
  private final DisiplinProperties properties;
  private final IdentityService identity;

  PeringatanDiniService(KasusDisiplinRepository kasus, DecisionService decisions, PegawaiDirectory pegawai,
      DisiplinProperties properties, IdentityService identity) {
    this.identity = identity;
    this.kasus = kasus;
    this.decisions = decisions;
    this.pegawai = pegawai;
    this.properties = properties;
  }

  /**
   * How many employees of an agency each early-warning rule flags in a year (Pantauan's figure):
   * the same list as {@link #daftar}, counted by rule code, each employee once per code.
   */
  public Map<String, Long> pegawaiPerKode(String instansiId, int tahun) {
    Map<String, Set<String>> perKode = new TreeMap<>();
    for (var p : daftar(instansiId, tahun, false)) {
      perKode.computeIfAbsent(p.kode(), k -> new HashSet<>()).add(p.nip());
    }
    Map<String, Long> hasil = new LinkedHashMap<>();
    perKode.forEach((kode, nip) -> hasil.put(kode, (long) nip.size()));
    return hasil;
  }

  List<Jawaban.Peringatan> daftar(String instansiId, int tahun) {
    return daftar(instansiId, tahun, true);
  }

  private List<Jawaban.Peringatan> daftar(String instansiId, int tahun, boolean denganNama) {
    List<Jawaban.Peringatan> hasil = new ArrayList<>();
    int selisih = properties.peringatanSelisihHari();
    for (var k : kasus.kehadiran(instansiId, tahun)) {
      String sekarang = jenis(k.hariTidakMasuk(), k.tidakMasukBeruntun());
      String nanti = jenis(k.hariTidakMasuk() + selisih, k.tidakMasukBeruntun());
      if (!Objects.equals(sekarang, nanti)) {
        Map<String, Object> fakta = fakta("tahun", tahun, "hariTidakMasuk", k.hariTidakMasuk(), "hukumanSekarang",
            sekarang, "hukumanBerikutnya", nanti, "selisihHari", selisih);
        hasil.add(new Jawaban.Peringatan(k.nip(), nama(k.nip(), denganNama), "DIS-ABSEN",
            "Tidak masuk kerja " + k.hariTidakMasuk()
            + " hari pada " + tahun + "; " + selisih + " hari lagi mencapai ambang " + nanti
            + ". Lakukan pembinaan sebelum menjadi kasus.", fakta));
      }
      if (k.tidakMasukBeruntun() >= properties.peringatanBeruntun() && k.tidakMasukBeruntun() < 10) {
        hasil.add(new Jawaban.Peringatan(k.nip(), nama(k.nip(), denganNama), "DIS-ABSEN", "Tidak masuk kerja "
            + k.tidakMasukBeruntun() + " hari kerja berturut-turut; 10 hari berturut-turut berujung PDH-TAPS.",
            fakta("tahun", tahun, "tidakMasukBeruntun", k.tidakMasukBeruntun())));
      }
    }
    LocalDate sejak = hariIni().minusYears(properties.peringatanPeriodeTahun());
    for (var r : kasus.ringanBerulang(instansiId, sejak, properties.peringatanJumlahRingan())) {
      hasil.add(new Jawaban.Peringatan(r.nip(), nama(r.nip(), denganNama), "DIS-BERULANG", r.jumlah()
          + " hukuman disiplin ringan sejak " + sejak + "; pelanggaran sejenis berikutnya dihukum lebih berat.",
          fakta("jumlahRingan", r.jumlah(), "sejak", sejak.toString())));
    }
    for (var t : kasus.tanda(instansiId)) {
      hasil.add(new Jawaban.Peringatan(t.nip(), nama(t.nip(), denganNama), t.kode(), t.uraian(),
          fakta("kasusId", t.kasusId(), "waktu", t.waktu().toString())));
    }
    return hasil;
  }

  private String jenis(int hari, int beruntun) {
    Map<String, Object> masukan = new HashMap<>();
    masukan.put("hariTidakMasuk", hari);
    masukan.put("tidakMasukBeruntun", beruntun);
    var r = SebagaiEngine.jalankan(identity, () -> decisions.evaluateDecisionTableByKey("dis-absen", masukan));
    return r.getResultList().isEmpty() ? null : r.getSingleResult().getEntry("jenisHukuman");
  }

  private String nama(String nip, boolean denganNama) {
    return !denganNama ? null : pegawai.find(nip).map(p -> p.pegawai().nama()).orElse(null);
  }

  private static Map<String, Object> fakta(Object... pasangan) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pasangan.length; i += 2) {
      m.put((String) pasangan[i], pasangan[i + 1]);
    }
    return m;
  }

  private static LocalDate hariIni() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
  }
}
