package id.meritflow.pelaksana;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ConflictException;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and ends absences. Who may: the official themselves, an admin, or an operator of every
 * agency the official belongs to (the agency's personnel administrator). Every rule refused is
 * answered at once, with its field and code; nothing is written then.
 */
@Service
class PencatatanKetidakhadiran {

  private static final int MAX_ALASAN = 500;

  private final KetidakhadiranRepository repository;
  private final DirektoriPengguna pengguna;
  private final PelaksanaProperties properties;
  private final Clock clock;

  PencatatanKetidakhadiran(KetidakhadiranRepository repository, DirektoriPengguna pengguna,
      PelaksanaProperties properties, Clock clock, @Value("${meritflow.kalender.zona-waktu:Asia/Jakarta}") ZoneId zona) {
    this.repository = repository;
    this.pengguna = pengguna;
    this.properties = properties;
    this.clock = clock.withZone(zona);
  }

  LocalDate hariIni() {
    return LocalDate.now(clock);
  }

  /** Whether the caller may record or end an absence of this official. */
  static boolean bolehMengelola(Caller caller, Pengguna pejabat) {
    return caller.isAdmin() || caller.userId().equals(pejabat.id())
        || (caller.inGroup(Caller.GROUP_OPERATOR) && !pejabat.tenants().isEmpty()
            && caller.tenantIds().containsAll(pejabat.tenants()));
  }

  @Transactional
  Ketidakhadiran catat(PermintaanKetidakhadiran permintaan, Caller caller) {
    PermintaanKetidakhadiran p = denganBawaan(permintaan);
    String pejabatId = kosong(p.pejabat()) ? caller.userId() : p.pejabat().trim();
    Optional<Pengguna> pejabat = pengguna.cari(pejabatId).filter(DirektoriPengguna::stafTasklist);
    if (pejabat.isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldViolation("pejabat", "PEJABAT_TIDAK_DIKENAL",
          "Pejabat " + pejabatId + " tidak dikenal atau tidak mengerjakan tugas di Tasklist.")));
    }
    if (!bolehMengelola(caller, pejabat.get())) {
      throw new ForbiddenException("TIDAK_BERWENANG_MENCATAT", "Anda tidak berwenang mencatat ketidakhadiran "
          + pejabat.get().nama() + ": hanya pejabat itu sendiri, admin, atau operator kepegawaian instansinya.");
    }
    List<FieldViolation> salah = new ArrayList<>();
    Optional<Pengguna> pelaksana = periksaPelaksana(p, pejabat.get(), salah);
    periksaTanggal(p, salah);
    if (kosong(p.alasan())) {
      salah.add(new FieldViolation("alasan", "WAJIB_DIISI", "Alasan ketidakhadiran wajib diisi (misalnya cuti tahunan, dinas luar)."));
    } else if (p.alasan().trim().length() > MAX_ALASAN) {
      salah.add(new FieldViolation("alasan", "TERLALU_PANJANG", "Alasan paling banyak " + MAX_ALASAN + " karakter."));
    }
    if (salah.isEmpty()) {
      periksaTumpukan(p, pejabat.get(), pelaksana.orElseThrow(), salah);
    }
    if (!salah.isEmpty()) {
      throw new InvalidRequestException(salah);
    }
    Ketidakhadiran k = new Ketidakhadiran(UUID.randomUUID().toString(), pejabat.get().id(), pelaksana.get().id(),
        p.jenis() == null ? JenisPelaksana.PLH : p.jenis(), p.mulai(), p.selesai(), p.alasan().trim(), caller.userId(),
        clock.instant(), Optional.empty());
    repository.simpan(k);
    return k;
  }

  @Transactional
  Ketidakhadiran akhiri(String id, Caller caller) {
    Ketidakhadiran k = repository.cari(id).orElseThrow(() -> tidakDitemukan(id));
    Pengguna pejabat = pengguna.cari(k.pejabat()).orElseThrow(() -> tidakDitemukan(id));
    boolean terlibat = caller.userId().equals(k.pelaksana());
    if (!bolehMengelola(caller, pejabat)) {
      if (terlibat) {
        throw new ForbiddenException("TIDAK_BERWENANG_MENGAKHIRI",
            "Pelaksana tidak dapat mengakhiri ketidakhadiran; mintalah pejabat atau operator kepegawaian.");
      }
      throw tidakDitemukan(id);
    }
    if (!k.masihBerjalan(hariIni()) || !repository.akhiri(id, caller.userId(), clock.instant())) {
      throw new ConflictException("KETIDAKHADIRAN_SUDAH_BERAKHIR", "Ketidakhadiran ini sudah berakhir.");
    }
    return repository.cari(id).orElseThrow();
  }

  /** No first day: today; no last day: the first (a one-day absence). */
  private PermintaanKetidakhadiran denganBawaan(PermintaanKetidakhadiran p) {
    LocalDate mulai = p.mulai() == null ? hariIni() : p.mulai();
    return new PermintaanKetidakhadiran(p.pejabat(), p.pelaksana(), p.jenis(), mulai,
        p.selesai() == null ? mulai : p.selesai(), p.alasan());
  }

  private Optional<Pengguna> periksaPelaksana(PermintaanKetidakhadiran p, Pengguna pejabat, List<FieldViolation> salah) {
    if (kosong(p.pelaksana())) {
      salah.add(new FieldViolation("pelaksana", "WAJIB_DIISI", "Pilih pejabat pelaksana (Plh/Plt)."));
      return Optional.empty();
    }
    Optional<Pengguna> pelaksana = pengguna.cari(p.pelaksana().trim());
    String kode = null;
    String pesan = null;
    if (pelaksana.isEmpty()) {
      kode = "PELAKSANA_TIDAK_DIKENAL";
      pesan = "Pengguna " + p.pelaksana().trim() + " tidak dikenal.";
    } else if (pelaksana.get().id().equals(pejabat.id())) {
      kode = "PELAKSANA_SAMA_DENGAN_PEJABAT";
      pesan = "Pelaksana harus orang lain, bukan pejabat yang berhalangan.";
    } else if (!DirektoriPengguna.stafTasklist(pelaksana.get())) {
      kode = "PELAKSANA_BUKAN_STAF";
      pesan = pelaksana.get().nama() + " tidak mengerjakan tugas di Tasklist, sehingga tidak dapat menjadi pelaksana.";
    } else if (!pelaksana.get().anggotaSemua(pejabat.tenants())) {
      kode = "PELAKSANA_BEDA_INSTANSI";
      pesan = pelaksana.get().nama() + " bukan pegawai instansi yang sama dengan " + pejabat.nama()
          + "; Plh/Plt ditunjuk dari instansi yang sama.";
    }
    if (kode != null) {
      salah.add(new FieldViolation("pelaksana", kode, pesan));
      return Optional.empty();
    }
    return pelaksana;
  }

  private void periksaTanggal(PermintaanKetidakhadiran p, List<FieldViolation> salah) {
    if (p.mulai().isBefore(hariIni())) {
      salah.add(new FieldViolation("mulai", "TANGGAL_LAMPAU", "Tanggal mulai tidak boleh sebelum hari ini."));
    }
    if (p.selesai().isBefore(p.mulai())) {
      salah.add(new FieldViolation("selesai", "SELESAI_SEBELUM_MULAI", "Tanggal selesai tidak boleh sebelum tanggal mulai."));
    } else if (!p.selesai().isBefore(p.mulai().plusMonths(properties.lamaMaksimumBulan()))) {
      salah.add(new FieldViolation("selesai", "TERLALU_LAMA", "Plh/Plt ditunjuk paling lama "
          + properties.lamaMaksimumBulan() + " bulan sekaligus; perpanjangan dicatat sebagai ketidakhadiran baru."));
    }
  }

  private void periksaTumpukan(PermintaanKetidakhadiran p, Pengguna pejabat, Pengguna pelaksana, List<FieldViolation> salah) {
    List<Ketidakhadiran> berjalan = repository.melibatkan(List.of(pejabat.id(), pelaksana.id()), hariIni()).stream()
        .filter(k -> k.masihBerjalan(hariIni()) && k.bertumpukDengan(p.mulai(), p.selesai())).toList();
    if (berjalan.stream().anyMatch(k -> k.pejabat().equals(pejabat.id()))) {
      salah.add(new FieldViolation("mulai", "KETIDAKHADIRAN_BERTUMPUK",
          pejabat.nama() + " sudah tercatat berhalangan pada sebagian tanggal ini; akhiri atau ubah catatan itu dahulu."));
    }
    if (berjalan.stream().anyMatch(k -> k.pelaksana().equals(pejabat.id()))) {
      salah.add(new FieldViolation("pejabat", "PEJABAT_SEDANG_MENJADI_PELAKSANA",
          pejabat.nama() + " sedang menjadi pelaksana bagi pejabat lain pada tanggal ini."));
    }
    if (berjalan.stream().anyMatch(k -> k.pejabat().equals(pelaksana.id()))) {
      salah.add(new FieldViolation("pelaksana", "PELAKSANA_BERHALANGAN",
          pelaksana.nama() + " sendiri tercatat berhalangan pada sebagian tanggal ini."));
    }
  }

  private static NotFoundException tidakDitemukan(String id) {
    return new NotFoundException("KETIDAKHADIRAN_TIDAK_DITEMUKAN", "Ketidakhadiran " + id + " tidak ditemukan.");
  }

  private static boolean kosong(String s) {
    return s == null || s.isBlank();
  }
}
