package id.meritflow.kalender.admin;

import id.meritflow.kalender.HariLibur;
import id.meritflow.kalender.JenisLibur;
import id.meritflow.kalender.KalenderHariKerja;
import id.meritflow.kalender.UbahanHariLibur;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin corrects the holiday calendar without a release: a date becomes a holiday, a working
 * day, or a holiday moves. Each change is stored, written to the trail, applied to the calendar at
 * once, and the working-day timers not yet due are given their new due date.
 */
class KalenderAdminService {

  static final String TETAPKAN = "TETAPKAN";
  static final String HAPUS_KOREKSI = "HAPUS_KOREKSI";

  /** What the admin asks for one date: {@code libur} true with nama and jenis, or false. */
  record Permintaan(Boolean libur, String nama, String jenis, String alasan) {}

  record Pemindahan(LocalDate dari, LocalDate ke, String nama, String alasan) {}

  private final UbahanHariLiburRepository repository;
  private final KalenderHariKerja kalender;
  private final TenggatTimerUlang timer;
  private final Clock clock;
  private final ZoneId zona;

  KalenderAdminService(UbahanHariLiburRepository repository, KalenderHariKerja kalender, TenggatTimerUlang timer,
      Clock clock, ZoneId zona) {
    this.repository = repository;
    this.kalender = kalender;
    this.timer = timer;
    this.clock = clock;
    this.zona = zona;
  }

  /** Reads the stored corrections into the calendar: at start-up, and periodically for other nodes. */
  @Scheduled(initialDelayString = "${meritflow.kalender.muat-ulang-koreksi:PT60S}",
      fixedDelayString = "${meritflow.kalender.muat-ulang-koreksi:PT60S}")
  void muatUlang() {
    kalender.terapkanUbahan(repository.semua().stream().map(UbahanHariLiburRepository.Koreksi::ubahan).toList());
  }

  List<UbahanHariLiburRepository.Koreksi> koreksi(int tahun) {
    return repository.semua().stream().filter(k -> k.ubahan().tanggal().getYear() == tahun).toList();
  }

  List<UbahanHariLiburRepository.Jejak> jejak(int tahun) {
    return repository.jejak(tahun);
  }

  @Transactional
  int tetapkan(Caller caller, LocalDate tanggal, Permintaan p) {
    wajibAdmin(caller);
    List<FieldViolation> errors = new ArrayList<>();
    periksaTanggal("tanggal", tanggal, errors);
    Optional<UbahanHariLibur> ubahan = ubahan(tanggal, p.libur(), p.nama(), p.jenis(), errors);
    periksaAlasan(p.alasan(), errors);
    tolakBila(errors);
    simpan(caller, ubahan.orElseThrow(), p.alasan().strip());
    return terapkan();
  }

  @Transactional
  int pindahkan(Caller caller, Pemindahan p) {
    wajibAdmin(caller);
    List<FieldViolation> errors = new ArrayList<>();
    periksaTanggal("dari", p.dari(), errors);
    periksaTanggal("ke", p.ke(), errors);
    periksaAlasan(p.alasan(), errors);
    Optional<HariLibur> asal = p.dari() == null ? Optional.empty() : hariLibur(p.dari());
    if (p.dari() != null && asal.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("dari"))) {
      errors.add(new FieldViolation("dari", "BUKAN_HARI_LIBUR", "Tanggal " + p.dari() + " bukan hari libur; tidak ada yang dipindahkan."));
    }
    if (p.ke() != null && p.ke().equals(p.dari())) {
      errors.add(new FieldViolation("ke", "TANGGAL_SAMA", "Tanggal tujuan harus berbeda dari tanggal asal."));
    } else if (p.ke() != null && errors.stream().noneMatch(e -> e.field().equals("ke")) && hariLibur(p.ke()).isPresent()) {
      errors.add(new FieldViolation("ke", "SUDAH_HARI_LIBUR", "Tanggal " + p.ke() + " sudah hari libur ("
          + hariLibur(p.ke()).get().nama() + ")."));
    }
    tolakBila(errors);
    String nama = p.nama() == null || p.nama().isBlank() ? asal.get().nama() : p.nama().strip();
    simpan(caller, UbahanHariLibur.hariKerja(p.dari()), p.alasan().strip());
    simpan(caller, UbahanHariLibur.libur(new HariLibur(p.ke(), nama, asal.get().jenis(), true)), p.alasan().strip());
    return terapkan();
  }

  @Transactional
  int hapusKoreksi(Caller caller, LocalDate tanggal, String alasan) {
    wajibAdmin(caller);
    List<FieldViolation> errors = new ArrayList<>();
    periksaTanggal("tanggal", tanggal, errors);
    periksaAlasan(alasan, errors);
    tolakBila(errors);
    String sebelum = uraian(hariLibur(tanggal));
    if (!repository.hapus(tanggal)) {
      throw new NotFoundException("KOREKSI_TIDAK_ADA", "Tidak ada koreksi kalender untuk tanggal " + tanggal + ".");
    }
    muatUlang();
    repository.catatJejak(caller.userId(), clock.instant(), HAPUS_KOREKSI, tanggal, sebelum, uraian(hariLibur(tanggal)),
        alasan.strip());
    return timer.hitungUlang();
  }

  private void simpan(Caller caller, UbahanHariLibur ubahan, String alasan) {
    Instant now = clock.instant();
    String sebelum = uraian(hariLibur(ubahan.tanggal()));
    repository.simpan(ubahan, alasan, caller.userId(), now);
    repository.catatJejak(caller.userId(), now, TETAPKAN, ubahan.tanggal(), sebelum, uraian(ubahan.libur()), alasan);
  }

  private int terapkan() {
    muatUlang();
    return timer.hitungUlang();
  }

  private Optional<HariLibur> hariLibur(LocalDate tanggal) {
    return kalender.hariLibur(tanggal);
  }

  private static String uraian(Optional<HariLibur> libur) {
    return libur.map(l -> (l.jenis() == JenisLibur.CUTI_BERSAMA ? "cuti bersama: " : "libur nasional: ") + l.nama())
        .orElse("bukan hari libur");
  }

  private Optional<UbahanHariLibur> ubahan(LocalDate tanggal, Boolean libur, String nama, String jenis,
      List<FieldViolation> errors) {
    if (libur == null) {
      errors.add(new FieldViolation("libur", "LIBUR_WAJIB", "Isi libur: true (jadikan hari libur) atau false (jadikan hari kerja)."));
      return Optional.empty();
    }
    if (!libur) {
      return Optional.ofNullable(tanggal).map(UbahanHariLibur::hariKerja);
    }
    if (nama == null || nama.isBlank()) {
      errors.add(new FieldViolation("nama", "NAMA_WAJIB", "Nama hari libur wajib diisi."));
    } else if (nama.length() > 200) {
      errors.add(new FieldViolation("nama", "NAMA_TERLALU_PANJANG", "Nama hari libur paling banyak 200 karakter."));
    }
    Optional<JenisLibur> j = Arrays.stream(JenisLibur.values()).filter(x -> x.name().equals(jenis)).findFirst();
    if (j.isEmpty()) {
      errors.add(new FieldViolation("jenis", "JENIS_TIDAK_VALID", "Jenis hari libur: LIBUR_NASIONAL atau CUTI_BERSAMA."));
    }
    if (tanggal == null || !errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(UbahanHariLibur.libur(new HariLibur(tanggal, nama.strip(), j.get(), true)));
  }

  private void periksaTanggal(String field, LocalDate tanggal, List<FieldViolation> errors) {
    if (tanggal == null) {
      errors.add(new FieldViolation(field, "TANGGAL_WAJIB", "Tanggal wajib diisi (format YYYY-MM-DD)."));
    } else if (!kalender.tahunBerdata().contains(tanggal.getYear())) {
      errors.add(new FieldViolation(field, "TAHUN_TANPA_DATA", "Belum ada data hari libur untuk tahun " + tanggal.getYear()
          + "; tambahkan berkas hari-libur-" + tanggal.getYear() + ".json terlebih dahulu (docs/kalender.md)."));
    } else if (tanggal.isBefore(LocalDate.now(clock.withZone(zona)))) {
      errors.add(new FieldViolation(field, "TANGGAL_SUDAH_LEWAT",
          "Tanggal " + tanggal + " sudah lewat; tenggat yang sudah berjalan tidak diubah surut."));
    }
  }

  private static void periksaAlasan(String alasan, List<FieldViolation> errors) {
    if (alasan == null || alasan.isBlank()) {
      errors.add(new FieldViolation("alasan", "ALASAN_WAJIB", "Alasan wajib diisi, misalnya nomor SKB yang mengubah tanggal."));
    } else if (alasan.length() > 1000) {
      errors.add(new FieldViolation("alasan", "ALASAN_TERLALU_PANJANG", "Alasan paling banyak 1000 karakter."));
    }
  }

  private static void tolakBila(List<FieldViolation> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  private static void wajibAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw new ForbiddenException("BUKAN_ADMIN", "Hanya administrator yang dapat mengubah kalender hari libur.");
    }
  }
}
