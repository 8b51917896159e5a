package id.meritflow.pantauan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.disiplin.web.PeringatanDiniService;
import id.meritflow.pantauan.Angka.KpAturan;
import id.meritflow.pantauan.Angka.KpInstansi;
import id.meritflow.pantauan.Angka.PersetujuanOtomatis;
import id.meritflow.pantauan.Angka.PeringatanDini;
import id.meritflow.rekomendasi.DistribusiTalenta;
import id.meritflow.platform.waktu.EngineClock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** The figures that need a step after their query: weeks, a period's rules, the early-warning counts. */
@Service
class PantauanService {

  private final PantauanRepository repository;
  private final PeringatanDiniService peringatanDini;
  private final DistribusiTalenta talenta;
  private final ObjectMapper json;
  private final Clock clock;

  PantauanService(PantauanRepository repository, PeringatanDiniService peringatanDini, DistribusiTalenta talenta,
      ObjectMapper json, Clock clock) {
    this.repository = repository;
    this.peringatanDini = peringatanDini;
    this.talenta = talenta;
    this.json = json;
    this.clock = clock;
  }

  /** Automatic approvals per week (starting Monday, WIB) and agency, over the last {@code minggu} weeks. */
  List<PersetujuanOtomatis> persetujuanOtomatis(Optional<List<String>> instansi, int minggu) {
    LocalDate senin = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(minggu - 1L);
    var sejak = senin.atStartOfDay(EngineClock.WIB).toInstant();
    Map<LocalDate, Map<String, Long>> hitung = new TreeMap<>();
    for (var o : repository.persetujuanOtomatis(instansi, sejak)) {
      LocalDate minggunya = o.selesaiPada().atZone(EngineClock.WIB).toLocalDate()
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      hitung.computeIfAbsent(minggunya, m -> new TreeMap<>()).merge(String.valueOf(o.instansiId()), 1L, Long::sum);
    }
    List<PersetujuanOtomatis> hasil = new ArrayList<>();
    hitung.forEach((m, perInstansi) -> perInstansi.forEach((i, n) -> hasil.add(new PersetujuanOtomatis(m, i, n))));
    return hasil;
  }

  List<Angka.DurasiLangkah> durasi(Optional<List<String>> instansi, int hari) {
    return repository.durasi(instansi, clock.instant().minus(Duration.ofDays(hari)));
  }

  Optional<String> periodeKp(Optional<String> diminta, Optional<List<String>> instansi) {
    return diminta.isPresent() ? diminta : repository.periodeKpTerakhir(instansi);
  }

  /** A KP period per agency: screened, eligible, needing verification, not eligible, postponed, refused, SK signed. */
  List<KpInstansi> kp(String periode, Optional<List<String>> instansi) {
    Map<String, long[]> per = new TreeMap<>();
    for (var h : repository.kp(periode, instansi)) {
      long[] n = per.computeIfAbsent(h.instansiId(), i -> new long[7]);
      n[0] += h.jumlah();
      switch (h.kesimpulan()) {
        case "LULUS" -> n[1] += h.jumlah();
        case "PERLU_VERIFIKASI" -> n[2] += h.jumlah();
        case "GAGAL" -> n[3] += h.jumlah();
        case "DITUNDA" -> n[4] += h.jumlah();
        default -> { }
      }
      switch (h.status()) {
        case "DITOLAK" -> n[5] += h.jumlah();
        case "SK_TERBIT", "SELESAI" -> n[6] += h.jumlah();
        default -> { }
      }
    }
    List<KpInstansi> hasil = new ArrayList<>();
    per.forEach((i, n) -> hasil.add(new KpInstansi(periode, i, n[0], n[1], n[2], n[3], n[4], n[5], n[6])));
    return hasil;
  }

  /** Proposals of a period not eligible (GAGAL) or postponed (DITUNDA), by the rule that said so. */
  List<KpAturan> kpAturan(String periode, Optional<List<String>> instansi) {
    Map<List<String>, Long> per = new TreeMap<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
    for (var u : repository.kpTidakLulus(periode, instansi)) {
      for (JsonNode aturan : baca(u.hasil())) {
        String status = aturan.path("status").asText();
        if (status.equals("GAGAL") || status.equals("DITUNDA")) {
          per.merge(List.of(u.instansiId(), aturan.path("kode").asText(), status), 1L, Long::sum);
        }
      }
    }
    List<KpAturan> hasil = new ArrayList<>();
    per.forEach((k, n) -> hasil.add(new KpAturan(periode, k.get(0), k.get(1), k.get(2), n)));
    return hasil;
  }

  /** Employees flagged by each early-warning rule, per agency, computed as disiplin's own list does. */
  List<PeringatanDini> peringatanDini(Optional<List<String>> instansi, Optional<Integer> tahun) {
    int t = tahun.orElse(LocalDate.now(clock).getYear());
    List<PeringatanDini> hasil = new ArrayList<>();
    for (String id : repository.instansi(instansi)) {
      peringatanDini.pegawaiPerKode(id, t).forEach((kode, n) -> hasil.add(new PeringatanDini(t, id, kode, n)));
    }
    return hasil;
  }

  /** The 9-box distribution per agency in scope, as rekomendasi scores each employee (kept per day). */
  List<DistribusiTalenta.Kotak> talenta(Optional<List<String>> instansi) {
    return talenta.per(repository.instansi(instansi), LocalDate.now(clock));
  }

  private JsonNode baca(String hasil) {
    try {
      return json.readTree(hasil);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("hasil usulan_kp bukan JSON", e);
    }
  }
}
