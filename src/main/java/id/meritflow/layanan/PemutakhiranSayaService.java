package id.meritflow.layanan;

import id.meritflow.kepegawaian.Pendidikan;
import id.meritflow.platform.engine.SebagaiEngine;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Starts pemutakhiran-pendidikan for the caller's own NIP. Started as the engine: the process lets
 * operators start it (candidateStarterGroups), and an employee gets no grant to start cases in
 * general; this use case is the grant, for one process and one's own NIP. The tenant is the
 * employee's agency (the engine's tenant provider reads it from the NIP); the proposer
 * ({@code pengusul}) is the employee's account.
 */
@Service
class PemutakhiranSayaService {

  static final String PROSES = "pemutakhiran-pendidikan";
  private static final Set<Pendidikan> JENJANG = Set.of(Pendidikan.SLTA, Pendidikan.D1, Pendidikan.D2, Pendidikan.D3,
      Pendidikan.D4, Pendidikan.S1, Pendidikan.S2, Pendidikan.S3);
  private static final String HURUF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final SecureRandom random = new SecureRandom();

  PemutakhiranSayaService(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  /** @return the new case's number */
  String ajukan(String userId, String nip, PermintaanPemutakhiran p) {
    Map<String, Object> variabel = periksa(p);
    variabel.put("nip", nip);
    variabel.put("pengusul", userId);
    String nomor = nomor();
    SebagaiEngine.jalankan(identity, () -> runtime.startProcessInstanceByKey(PROSES, nomor, variabel).getId());
    return nomor;
  }

  private static Map<String, Object> periksa(PermintaanPemutakhiran p) {
    List<FieldViolation> galat = new ArrayList<>();
    Map<String, Object> v = new HashMap<>();
    if (p == null) {
      p = new PermintaanPemutakhiran(null, null, null, null, null, null);
    }
    var jenjang = p.pendidikanBaru() == null ? java.util.Optional.<Pendidikan>empty() : Pendidikan.parse(p.pendidikanBaru());
    if (jenjang.filter(JENJANG::contains).isEmpty()) {
      galat.add(new FieldViolation("pendidikanBaru", "PENDIDIKAN_TIDAK_VALID",
          "Pilih jenjang pendidikan baru: SLTA, Diploma I sampai IV, S1, S2 atau S3."));
    } else {
      v.put("pendidikanBaru", jenjang.get().name());
    }
    teks(galat, v, "bidangPendidikan", p.bidangPendidikan(), "Bidang / program studi", 200);
    teks(galat, v, "perguruanTinggi", p.perguruanTinggi(), "Perguruan tinggi / sekolah", 200);
    teks(galat, v, "nomorIjazah", p.nomorIjazah(), "Nomor ijazah", 100);
    tanggal(galat, v, p.tanggalIjazah());
    if (p.alasan() != null && p.alasan().length() > 1000) {
      galat.add(new FieldViolation("alasan", "TERLALU_PANJANG", "Keterangan paling banyak 1000 karakter."));
    } else if (p.alasan() != null && !p.alasan().isBlank()) {
      v.put("alasan", p.alasan().trim());
    }
    if (!galat.isEmpty()) {
      throw new InvalidRequestException(galat);
    }
    return v;
  }

  private static void teks(List<FieldViolation> galat, Map<String, Object> v, String field, String value, String label,
      int max) {
    if (value == null || value.isBlank()) {
      galat.add(new FieldViolation(field, "WAJIB_DIISI", label + " wajib diisi."));
    } else if (value.length() > max) {
      galat.add(new FieldViolation(field, "TERLALU_PANJANG", label + " paling banyak " + max + " karakter."));
    } else {
      v.put(field, value.trim());
    }
  }

  private static void tanggal(List<FieldViolation> galat, Map<String, Object> v, String value) {
    if (value == null || value.isBlank()) {
      galat.add(new FieldViolation("tanggalIjazah", "WAJIB_DIISI", "Tanggal ijazah wajib diisi."));
      return;
    }
    try {
      LocalDate tanggal = LocalDate.parse(value.trim());
      if (tanggal.isAfter(hariIni())) {
        galat.add(new FieldViolation("tanggalIjazah", "TANGGAL_DI_MASA_DEPAN",
            "Tanggal ijazah tidak boleh setelah hari ini."));
      } else {
        v.put("tanggalIjazah", tanggal.toString());
      }
    } catch (DateTimeParseException e) {
      galat.add(new FieldViolation("tanggalIjazah", "TANGGAL_TIDAK_VALID",
          "Tanggal ijazah tidak dapat dibaca; tulis sebagai tahun-bulan-tanggal, mis. 2025-08-28."));
    }
  }

  private static LocalDate hariIni() {
    return ClockUtil.getCurrentTime().toInstant().atZone(JAKARTA).toLocalDate();
  }

  /** "PP-2026-7KQ2M9XA": the year and 8 random letters, unambiguous when read aloud. */
  private String nomor() {
    StringBuilder s = new StringBuilder("PP-").append(hariIni().getYear()).append('-');
    for (int i = 0; i < 8; i++) {
      s.append(HURUF.charAt(random.nextInt(HURUF.length())));
    }
    return s.toString();
  }
}
