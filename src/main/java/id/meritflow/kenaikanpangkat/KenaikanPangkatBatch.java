package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.JenisKenaikanPangkat;
import id.meritflow.kenaikanpangkat.domain.PeriodeKp;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.platform.batch.JenisBatch;
import id.meritflow.platform.batch.PersiapanPotongan;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.FieldViolation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.stereotype.Component;

/**
 * A period's list: {@code POST /api/batch/KENAIKAN_PANGKAT}. A row is refused at intake only when
 * it cannot be a proposal at all (unknown employee, type or period format, a target rank that is
 * not a promotion); every KP-* rule runs in the row's case, so its result carries its code.
 * One employee has at most one proposal per period: the case's business key is
 * {@code KP-<periode>-<nip>} and the platform refuses the same pair again.
 */
@Component
class KenaikanPangkatBatch implements JenisBatch<BarisKenaikanPangkat> {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KenaikanPangkatBatch.class);

  static final String KODE = "KENAIKAN_PANGKAT";
  static final String PROCESS_KEY = "kenaikan-pangkat";

  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));
  private static final String JENIS_DIKENAL = Arrays.stream(JenisKenaikanPangkat.values()).map(Enum::name)
      .collect(Collectors.joining(", "));

  /** The screening step, which a chunk's prepared rows start before (no job of their own). */
  static final String PERIKSA_SYARAT = "Task_PeriksaSyarat";

  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;
  private final UsulanKpRepository usulan;
  private final ProsesKenaikanPangkat proses;

  KenaikanPangkatBatch(PegawaiDirectory pegawai, OrganisasiDirectory organisasi, UsulanKpRepository usulan,
      ProsesKenaikanPangkat proses) {
    this.pegawai = pegawai;
    this.organisasi = organisasi;
    this.usulan = usulan;
    this.proses = proses;
  }

  @Override
  public String kode() {
    return KODE;
  }

  @Override
  public Class<BarisKenaikanPangkat> rowType() {
    return BarisKenaikanPangkat.class;
  }

  @Override
  public List<FieldViolation> validate(BarisKenaikanPangkat row, Caller caller) {
    List<FieldViolation> v = new ArrayList<>();
    boolean dikenal = false;
    if (row.nip() == null || !row.nip().matches("\\d{18}")) {
      v.add(new FieldViolation("nip", "NIP_TIDAK_VALID", "NIP wajib diisi 18 angka."));
    } else {
      // An employee of an agency the caller may not read is answered like an unknown NIP.
      dikenal = pegawai.instansiOf(row.nip()).filter(caller::mayRead).isPresent();
      if (!dikenal) {
        v.add(new FieldViolation("nip", "NIP_TIDAK_DIKENAL", "Pegawai dengan NIP ini tidak ditemukan."));
      } else {
        // A promotion not yet in the rank history would be promoted again from the old rank.
        usulan.periodeBerjalan(row.nip()).filter(p -> !p.equals(row.periode())).ifPresent(p -> v.add(new FieldViolation(
            "nip", "USULAN_KP_MASIH_BERJALAN", "Pegawai masih memiliki usulan kenaikan pangkat periode " + p
                + " yang belum selesai; ajukan kembali setelah pangkat barunya tercatat.")));
      }
    }
    Optional<JenisKenaikanPangkat> jenis = JenisKenaikanPangkat.parse(row.jenis());
    if (jenis.isEmpty()) {
      v.add(new FieldViolation("jenis", "JENIS_KP_TIDAK_VALID", "Jenis kenaikan pangkat wajib salah satu dari: "
          + JENIS_DIKENAL + "."));
    }
    Optional<PeriodeKp> periode = PeriodeKp.parse(row.periode());
    if (periode.isEmpty()) {
      v.add(new FieldViolation("periode", "PERIODE_TIDAK_VALID", "Periode wajib diisi dengan format TAHUN-BULAN, "
          + "misalnya 2027-01 (TMT 1 Januari 2027)."));
    }
    if (row.tmt() != null && !row.tmt().isBlank()) {
      tmt(row.tmt().strip(), periode).ifPresent(v::add);
    }
    if (row.golonganTujuan() != null && !row.golonganTujuan().isBlank()) {
      // Only a row naming its target needs the employee's current rank (one more read).
      Optional<Pegawai> p = dikenal ? pegawai.find(row.nip()).map(PegawaiProfil::pegawai) : Optional.empty();
      tujuan(row.golonganTujuan(), p, jenis).ifPresent(v::add);
    }
    return v;
  }

  /**
   * KP-PERIODE: since Peraturan BKN 4/2025 a promotion's TMT is the 1st of its period's month; a
   * requested TMT is accepted only when it is exactly that day, and refused with the day it must be.
   */
  private static Optional<FieldViolation> tmt(String teks, Optional<PeriodeKp> periode) {
    LocalDate tmt;
    try {
      tmt = LocalDate.parse(teks);
    } catch (DateTimeParseException e) {
      return Optional.of(new FieldViolation("tmt", "TMT_TIDAK_VALID", "TMT dengan format TAHUN-BULAN-TANGGAL, misalnya 2027-01-01."));
    }
    if (periode.isEmpty() || tmt.equals(periode.get().tmt())) {
      return Optional.empty();
    }
    String saran = tmt.getDayOfMonth() == 1
        ? " Untuk TMT " + tanggal(tmt) + ", ajukan pada periode " + YearMonth.from(tmt) + "."
        : " TMT kenaikan pangkat selalu tanggal 1 (12 periode setahun).";
    return Optional.of(new FieldViolation("tmt", "TMT_TIDAK_SESUAI_PERIODE", "TMT periode " + periode.get().nama()
        + " adalah " + tanggal(periode.get().tmt()) + " (Peraturan BKN 4/2025); TMT " + teks + " tidak dapat diberikan."
        + saran));
  }

  private static String tanggal(LocalDate d) {
    return d.format(TANGGAL);
  }

  private static Optional<FieldViolation> tujuan(String kode, Optional<Pegawai> p, Optional<JenisKenaikanPangkat> jenis) {
    Optional<Golongan> tujuan = Golongan.fromKode(kode);
    if (tujuan.isEmpty()) {
      return Optional.of(new FieldViolation("golonganTujuan", "GOLONGAN_TIDAK_VALID",
          "Golongan tujuan harus salah satu dari I/a sampai IV/e."));
    }
    if (p.isEmpty() || jenis.isEmpty()) {
      return Optional.empty();
    }
    Golongan asal = p.get().golongan();
    if (tujuan.get().compareTo(asal) <= 0) {
      return Optional.of(new FieldViolation("golonganTujuan", "GOLONGAN_TUJUAN_TIDAK_NAIK",
          "Golongan tujuan " + kode + " tidak lebih tinggi dari golongan sekarang " + asal.kode() + "."));
    }
    if (!jenis.get().bolehMelompat() && !asal.next().equals(tujuan)) {
      return Optional.of(new FieldViolation("golonganTujuan", "GOLONGAN_TUJUAN_TIDAK_BERURUTAN",
          jenis.get().label() + " hanya satu tingkat: dari " + asal.kode() + " ke "
              + asal.next().map(Golongan::kode).orElse("-") + "."));
    }
    return Optional.empty();
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  /** Without the batch id: the same employee and period is the same case whichever batch carried it. */
  @Override
  public String businessKey(String batchId, int rowNumber, BarisKenaikanPangkat row) {
    return "KP-" + row.periode() + "-" + row.nip();
  }

  @Override
  public Optional<String> kunciUnik(BarisKenaikanPangkat row) {
    return Optional.of(row.periode() + "/" + row.nip());
  }

  @Override
  public Map<String, Object> variables(BarisKenaikanPangkat row) {
    Map<String, Object> v = new HashMap<>();
    v.put(VariabelKp.NIP, row.nip());
    v.put(VariabelKp.JENIS, row.jenis());
    v.put(VariabelKp.PERIODE, row.periode());
    if (row.golonganTujuan() != null && !row.golonganTujuan().isBlank()) {
      v.put(VariabelKp.GOLONGAN_TUJUAN, row.golonganTujuan());
    }
    return v;
  }

  /**
   * A chunk's screening runs in the chunk's transaction (ADR 0022): the chunk's employees and their
   * positions are read at once, and each row that can be screened with them starts before
   * "Periksa syarat" (screened synchronously, no job of its own); any other row starts at the start
   * event, whose asynchronous continuation screens it in its own job as before.
   */
  @Override
  public PersiapanPotongan<BarisKenaikanPangkat> siapkanPotongan(List<BarisKenaikanPangkat> rows) {
    Map<String, PegawaiProfil> profil;
    Map<String, Jabatan> jabatan;
    try {
      profil = pegawai.findAll(rows.stream().map(BarisKenaikanPangkat::nip)
          .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
      jabatan = organisasi.jabatanAll(profil.values().stream().map(p -> p.pegawai().jabatanId())
          .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
    } catch (DataRetrievalFailureException | IllegalArgumentException | IllegalStateException
        | java.util.NoSuchElementException e) {
      // a registry row that cannot be read (e.g. an unknown code): every row of the chunk is screened
      // in its own job, so the one that cannot be read fails as that case's incident
      log.warn("Data registri potongan batch tidak dapat dibaca sekaligus; setiap baris diperiksa sendiri", e);
      return PersiapanPotongan.tidakAda();
    }
    ProfilPotongan potongan = ProfilPotongan.buka(profil, jabatan);
    Set<BarisKenaikanPangkat> siap = Collections.newSetFromMap(new IdentityHashMap<>());
    try {
      for (BarisKenaikanPangkat row : rows) {
        if (profil.containsKey(row.nip()) && proses.dapatDiperiksa(row)) {
          siap.add(row);
        }
      }
    } catch (RuntimeException | Error e) {
      potongan.close(); // never leave a chunk's data on a job executor thread
      throw e;
    }
    return new PersiapanPotongan<>() {
      @Override
      public Optional<String> mulaiSebelum(BarisKenaikanPangkat row) {
        return siap.contains(row) ? Optional.of(PERIKSA_SYARAT) : Optional.empty();
      }

      @Override
      public void close() {
        potongan.close();
      }
    };
  }

  @Override
  public Optional<String> instansiOf(BarisKenaikanPangkat row) {
    return row.nip() == null ? Optional.empty() : pegawai.instansiOf(row.nip());
  }
}
