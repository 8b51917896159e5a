package id.meritflow.penandatanganan;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.penandatanganan.domain.PermintaanSk;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import id.meritflow.penandatanganan.domain.Verifikasi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** SK issuing against a real database; run on H2 and on PostgreSQL by the subclasses. */
abstract class PenerbitanSkContract {

  @Autowired PenandatangananService service;
  @Autowired VerifikasiSkService verifikasi;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  /** Each test gets its own agency, so counters never collide between tests or runs. */
  String newInstansi() {
    String id = "uji-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("insert into instansi (id, nama, tingkat, wilayah) values (?, ?, 'KABUPATEN_KOTA', 'Kota Uji')",
        id, "Pemerintah Kota Uji");
    return id;
  }

  static PermintaanSk permintaan(String instansiId, LocalDate tanggal) {
    PermintaanSk base = SkTestData.aMutasi();
    return new PermintaanSk(instansiId, base.namaInstansi(), base.pegawai(), base.keputusan(), base.tmt(),
        base.tempatPenetapan(), tanggal, base.dibuatOleh());
  }

  @Test
  void eightConcurrentSigningsInOneAgencyGetEightConsecutiveNumbers() throws Exception {
    // given one agency and eight signers held at a start gate
    String instansi = newInstansi();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<SuratKeputusan>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return service.terbitkan(permintaan(instansi, LocalDate.of(2025, 7, 1)), SkTestData.aDelegate());
      }));
    }

    // when they all sign at once
    start.countDown();
    List<String> nomor = new ArrayList<>();
    for (Future<SuratKeputusan> result : results) {
      nomor.add(result.get(120, TimeUnit.SECONDS).nomor());
    }
    pool.shutdown();

    // then the numbers are 1..8, each once
    String kode = instansi.toUpperCase();
    assertThat(nomor).containsExactlyInAnyOrder(
        java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(n -> "800.1.6.2/" + n + "/" + kode + "/2025")
            .toArray(String[]::new));
    assertThat(jdbc.queryForObject("select terakhir from sk_nomor where instansi_id = ?", Integer.class, instansi))
        .isEqualTo(8);
  }

  @Test
  void anSkSignedWithTheDemoCaSaysSoOnEveryPageAndStillVerifies() throws Exception {
    // given the demo profile's keys (the CA says DEMO in its subject)
    SuratKeputusan sk = service.terbitkan(permintaan(newInstansi(), LocalDate.of(2025, 7, 1)), SkTestData.aDelegate());

    // when its PDF is read page by page
    byte[] pdf = service.pdf(sk.nomor()).orElseThrow();
    List<String> pages = new ArrayList<>();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
    }

    // then every page carries the DEMO marker, and the signature covers it
    assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page).contains("DEMO — tidak sah"));
    assertThat(verifikasi.periksa(pdf).sah()).isTrue();
  }

  @Test
  void aRolledBackSigningDoesNotUseUpItsNumber() {
    // given a signing whose surrounding transaction (e.g. the process step) rolls back
    String instansi = newInstansi();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      service.terbitkan(permintaan(instansi, LocalDate.of(2025, 7, 1)), SkTestData.aDelegate());
      status.setRollbackOnly();
    });

    // when the next SK is signed
    SuratKeputusan next = service.terbitkan(permintaan(instansi, LocalDate.of(2025, 7, 2)), SkTestData.aDelegate());

    // then it gets number 1, and nothing of the rolled-back one was kept
    assertThat(next.nomor()).isEqualTo("800.1.6.2/1/" + instansi.toUpperCase() + "/2025");
    assertThat(jdbc.queryForObject("select count(*) from surat_keputusan where instansi_id = ?", Integer.class,
        instansi)).isEqualTo(1);
  }

  @Test
  void numbersCarryTheTypePrefixAgencyCodeAndRestartEachYear() {
    // given one agency signing in two years
    String instansi = newInstansi();
    String kode = instansi.toUpperCase();

    // when it signs two SKs in 2025 and one in 2026, one of them a promotion
    String first = service.terbitkan(permintaan(instansi, LocalDate.of(2025, 12, 30)), SkTestData.aDelegate()).nomor();
    PermintaanSk kp = SkTestData.aKenaikanPangkat();
    String second = service.terbitkan(new PermintaanSk(instansi, kp.namaInstansi(), kp.pegawai(), kp.keputusan(),
        kp.tmt(), kp.tempatPenetapan(), LocalDate.of(2025, 12, 31), kp.dibuatOleh()), SkTestData.aDelegate()).nomor();
    String nextYear = service.terbitkan(permintaan(instansi, LocalDate.of(2026, 1, 2)), SkTestData.aDelegate()).nomor();

    // then the sequence is per agency and year, the prefix per type
    assertThat(first).isEqualTo("800.1.6.2/1/" + kode + "/2025");
    assertThat(second).isEqualTo("800.1.3.2/2/" + kode + "/2025");
    assertThat(nextYear).isEqualTo("800.1.6.2/1/" + kode + "/2026");
  }

  @Test
  void aStoredSkIsFoundByNomorAndItsPdfVerifiesAgainstTheArchive() {
    // given an issued SK
    SuratKeputusan sk = service.terbitkan(permintaan(newInstansi(), LocalDate.of(2025, 7, 1)), SkTestData.aDelegate());

    // when it is looked up, downloaded and verified, and looked up by its QR code
    SuratKeputusan found = service.findByNomor(sk.nomor()).orElseThrow();
    byte[] pdf = service.pdf(sk.nomor()).orElseThrow();
    Verifikasi uploaded = verifikasi.periksa(pdf);
    Verifikasi byCode = verifikasi.periksaKode(sk.kodeVerifikasi()).orElseThrow();

    // then everything agrees with the archive
    assertThat(found).isEqualTo(sk);
    assertThat(sk.kodeVerifikasi()).matches("[A-Z2-7]{16}");
    assertThat(sk.sha256()).hasSize(64);
    assertThat(uploaded.sah()).as(uploaded.ringkasan()).isTrue();
    assertThat(uploaded.skTerdaftar()).contains(sk);
    assertThat(byCode.sah()).isTrue();
    assertThat(verifikasi.periksaKode("AAAAAAAAAAAAAAAA")).isEmpty();
  }

  @Test
  void aChangedCopyIsTracedToItsSkByThePrintedCodeButNotAccepted() {
    // given an issued SK with bytes appended
    SuratKeputusan sk = service.terbitkan(permintaan(newInstansi(), LocalDate.of(2025, 7, 1)), SkTestData.aDelegate());
    byte[] pdf = service.pdf(sk.nomor()).orElseThrow();
    byte[] changed = java.util.Arrays.copyOf(pdf, pdf.length + 3);
    changed[pdf.length] = '%';

    // when it is uploaded for verification
    Verifikasi result = verifikasi.periksa(changed);

    // then it is recognised as that SK, but reported as changed
    assertThat(result.skTerdaftar()).map(SuratKeputusan::nomor).contains(sk.nomor());
    assertThat(result.samaDenganArsip()).isFalse();
    assertThat(result.sah()).isFalse();
    assertThat(result.ringkasan()).contains("diubah");
  }

}
