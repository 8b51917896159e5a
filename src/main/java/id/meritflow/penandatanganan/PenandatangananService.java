package id.meritflow.penandatanganan;

import id.meritflow.penandatanganan.dokumen.PadesSigner;
import id.meritflow.penandatanganan.dokumen.SkPdfRenderer;
import id.meritflow.penandatanganan.dokumen.SkTemplates;
import id.meritflow.penandatanganan.domain.FormatNomor;
import id.meritflow.penandatanganan.domain.KodeVerifikasi;
import id.meritflow.penandatanganan.domain.Penandatangan;
import id.meritflow.penandatanganan.domain.PermintaanSk;
import id.meritflow.penandatanganan.domain.SkContent;
import id.meritflow.penandatanganan.domain.SkTemplate;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.penandatanganan.kunci.SigningKey;
import id.meritflow.penandatanganan.kunci.SigningKeys;
import id.meritflow.penandatanganan.penyimpanan.JdbcPenomoranSk;
import id.meritflow.penandatanganan.penyimpanan.JdbcSuratKeputusanRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues SKs: number, render, sign, hash and store in one transaction. Called by the
 * {@code penandatanganan-sk} call activity (and anything else that needs a signed SK).
 */
public class PenandatangananService {

  private final SkTemplates templates;
  private final SkPdfRenderer renderer;
  private final PadesSigner signer;
  private final SigningKeys keys;
  private final JdbcPenomoranSk penomoran;
  private final JdbcSuratKeputusanRepository repository;
  private final TransactionTemplate transaction;
  private final SkProperties properties;
  private final Clock clock;

  PenandatangananService(SkTemplates templates, SkPdfRenderer renderer, PadesSigner signer, SigningKeys keys,
      JdbcPenomoranSk penomoran, JdbcSuratKeputusanRepository repository, PlatformTransactionManager transactions,
      SkProperties properties, Clock clock) {
    this.templates = templates;
    this.renderer = renderer;
    this.signer = signer;
    this.keys = keys;
    this.penomoran = penomoran;
    this.repository = repository;
    this.transaction = new TransactionTemplate(transactions);
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Issues one SK. Joins the caller's transaction if there is one (e.g. the engine's), so that a
   * rollback there also returns the number. The agency's counter stays locked until that
   * transaction ends, so concurrent signers of one agency queue; other agencies do not wait.
   *
   * @return the stored SK with its nomor, verification code and SHA-256
   * @throws id.meritflow.penandatanganan.kunci.KunciTidakTersediaException if the role has no key
   */
  public SuratKeputusan terbitkan(PermintaanSk permintaan, Penandatangan penandatangan) {
    // The key is opened before the counter is locked: a missing key fails fast and locks nothing.
    SigningKey key = keys.forRole(permintaan.instansiId(), penandatangan.peran());
    SkTemplate template = templates.forType(permintaan.jenis());
    return transaction.execute(status -> {
      int tahun = permintaan.tanggalPenetapan().getYear();
      int urutan = penomoran.next(permintaan.instansiId(), tahun);
      String nomor = new FormatNomor(properties.prefix(permintaan.jenis()))
          .format(urutan, properties.kodeInstansi(permintaan.instansiId()), tahun);
      String kode = KodeVerifikasi.baru();
      SkContent content = template.fill(permintaan, penandatangan, nomor, kode, verificationUrl(kode));
      // Millisecond precision: what the PDF and both databases keep, so stored and returned agree.
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      // A demo certificate's SK says so on every page, inside what is signed.
      byte[] pdf = signer.sign(renderer.render(content, key.isDemo()), key, now, "Penetapan " + content.tentang(),
          permintaan.tempatPenetapan());
      SuratKeputusan sk = new SuratKeputusan(UUID.randomUUID().toString(), nomor, permintaan.instansiId(), tahun,
          permintaan.jenis(), permintaan.pegawai().nip(), permintaan.pegawai().nama(), content.tentang(), kode,
          Sha256.hex(pdf), penandatangan.nama(), penandatangan.peran(), penandatangan.jabatan(),
          penandatangan.mode(), now, permintaan.dibuatOleh(), Optional.empty());
      repository.insert(sk, urutan, penandatangan.nip(), pdf);
      return sk;
    });
  }

  public Optional<SuratKeputusan> findByNomor(String nomor) {
    return repository.findByNomor(nomor);
  }

  /** The SKs about one employee (their NIP), newest first. */
  public List<SuratKeputusan> findByNip(String nip) {
    return repository.findByNip(nip);
  }

  /** The SKs of the agencies set in the name of a signer role ("ppk", "presiden"), newest first. */
  public List<SuratKeputusan> findAtasNama(String peran, Collection<String> instansiIds, int limit) {
    return repository.findAtasNama(peran, instansiIds, limit);
  }

  /** The signed PDF exactly as issued. */
  public Optional<byte[]> pdf(String nomor) {
    return repository.pdf(nomor);
  }

  String verificationUrl(String kode) {
    return properties.baseUrl() + "/verifikasi-sk/" + kode;
  }
}
