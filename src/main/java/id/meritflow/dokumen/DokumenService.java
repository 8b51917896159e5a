package id.meritflow.dokumen;

import id.meritflow.platform.audit.JejakAudit;
import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ConflictException;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.ForbiddenException;
import id.meritflow.platform.web.InvalidRequestException;
import id.meritflow.platform.web.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of case documents: add one to a running case, list a case's documents, open one. A
 * case the caller may not read answers like an unknown case (404), so another agency's cases
 * cannot be probed.
 */
@Service
public class DokumenService {

  static final String JEJAK_JENIS = "DOKUMEN_KASUS";

  private final KasusEngine engine;
  private final AksesDokumen akses;
  private final DokumenRepository repository;
  private final JejakAudit jejak;
  private final DokumenProperties properties;
  private final Clock clock;

  DokumenService(KasusEngine engine, AksesDokumen akses, DokumenRepository repository, JejakAudit jejak,
      DokumenProperties properties, Clock clock) {
    this.engine = engine;
    this.akses = akses;
    this.repository = repository;
    this.jejak = jejak;
    this.properties = properties;
    this.clock = clock;
  }

  /** Stores the document with its audit entry, both or neither; refuses before writing anything. */
  @Transactional
  DokumenKasus unggah(Caller caller, String kasusId, String jenis, Optional<Unggahan> unggahan) {
    Kasus kasus = terbaca(caller, kasusId);
    if (!akses.bolehMengunggah(caller, kasus)) {
      throw new ForbiddenException("DOKUMEN_TIDAK_BERWENANG",
          "Hanya operator instansi kasus ini yang dapat mengunggah dokumen.");
    }
    if (!kasus.berjalan()) {
      throw new ConflictException("KASUS_SUDAH_SELESAI", "Kasus " + kasus.businessKey()
          + " sudah selesai; dokumen tidak dapat ditambahkan lagi.");
    }
    unggahan.filter(u -> u.isi().length > properties.ukuranMaks().toBytes()).ifPresent(u -> {
      throw new DokumenTerlaluBesarException(DokumenProblemHandler.pesan(properties));
    });
    List<FieldViolation> galat = new ArrayList<>();
    Optional<JenisDokumen> jenisDokumen = JenisDokumen.dari(jenis);
    if (jenisDokumen.isEmpty()) {
      galat.add(new FieldViolation("jenis", "DOKUMEN_JENIS_TIDAK_DIKENAL",
          "Jenis dokumen harus salah satu dari: SURAT_PERSETUJUAN, SURAT_PERNYATAAN, SK_LAMA, LAINNYA."));
    }
    Optional<TipeBerkas> tipe = Optional.empty();
    if (unggahan.isEmpty()) {
      galat.add(new FieldViolation("berkas", "DOKUMEN_WAJIB", "Pilih berkas yang akan diunggah."));
    } else if (unggahan.get().isi().length == 0) {
      galat.add(new FieldViolation("berkas", "DOKUMEN_KOSONG", "Berkas kosong (0 byte)."));
    } else {
      tipe = TipeBerkas.kenali(unggahan.get().isi());
      if (tipe.isEmpty()) {
        galat.add(new FieldViolation("berkas", "DOKUMEN_JENIS_TIDAK_DIDUKUNG", "Berkas harus PDF, JPEG atau PNG."));
      }
    }
    if (!galat.isEmpty()) {
      throw new InvalidRequestException(galat);
    }
    byte[] isi = unggahan.get().isi();
    DokumenKasus dokumen = new DokumenKasus(UUID.randomUUID().toString(), kasus.id(), jenisDokumen.get(),
        NamaBerkas.bersihkan(unggahan.get().namaAsli(), tipe.get()), tipe.get().mediaType(), isi.length, sha256(isi),
        caller.userId(), clock.instant());
    repository.simpan(dokumen, kasus, isi);
    jejak.catat(kasus.id(), kasus.instansiId().orElse(null), kasus.nip().orElse(null), caller.userId(), JEJAK_JENIS,
        dokumen.jenis().name(), dokumen.jenis().label() + " \"" + dokumen.namaBerkas() + "\" (" + dokumen.mediaType()
            + ", " + dokumen.ukuran() + " byte, SHA-256 " + dokumen.sha256() + ") diunggah.");
    return dokumen;
  }

  /** The case's documents, oldest first. */
  List<InfoDokumen> daftar(Caller caller, String kasusId) {
    return repository.daftar(terbaca(caller, kasusId).id()).stream().map(InfoDokumen::dari).toList();
  }

  /**
   * The case's documents if the caller may read them, else none: for views of a case (such as the
   * reviewer's summary) that show documents beside what the caller may see anyway.
   */
  public List<InfoDokumen> daftarBilaBoleh(Caller caller, String processInstanceId) {
    return engine.cari(processInstanceId).filter(k -> akses.bolehMembaca(caller, k))
        .map(k -> repository.daftar(k.id()).stream().map(InfoDokumen::dari).toList()).orElse(List.of());
  }

  Berkas buka(Caller caller, String kasusId, String dokumenId) {
    Kasus kasus = terbaca(caller, kasusId);
    return repository.cari(kasus.id(), dokumenId)
        .flatMap(d -> repository.isi(kasus.id(), dokumenId).map(isi -> new Berkas(d, isi)))
        .orElseThrow(() -> new NotFoundException("DOKUMEN_TIDAK_DITEMUKAN", "Dokumen tidak ditemukan."));
  }

  private Kasus terbaca(Caller caller, String kasusId) {
    return engine.cari(kasusId).filter(k -> akses.bolehMembaca(caller, k)).orElseThrow(() ->
        new NotFoundException("KASUS_TIDAK_DITEMUKAN", "Kasus " + kasusId + " tidak ditemukan."));
  }

  static String sha256(byte[] isi) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
