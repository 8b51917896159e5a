package id.meritflow.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The delivery job against the real outbox table (H2) and a further channel plugged in through the
 * port, as a WhatsApp gateway would be: retries with doubling backoff, GAGAL after the last
 * attempt, sent again by the administrator, and a crashed attempt taken up after its lease.
 */
class PengirimNotifikasiTest {

  /** A gateway that refuses the first {@code gagal} messages. */
  static final class KanalUji implements KanalNotifikasi {
    int gagal;
    Runnable setelahKirim = () -> {};
    final List<PesanKeluar> terkirim = new ArrayList<>();
    int putaranDibuka;
    int putaranDitutup;

    @Override
    public String kode() {
      return "WHATSAPP";
    }

    @Override
    public Optional<String> alamat(Penerima penerima) {
      return Optional.of("+62811000000");
    }

    @Override
    public void kirim(PesanKeluar pesan) {
      if (gagal > 0) {
        gagal--;
        throw new IllegalStateException("gateway menolak");
      }
      terkirim.add(pesan);
      setelahKirim.run();
    }

    @Override
    public Putaran putaran() {
      putaranDibuka++;
      return new Putaran() {
        @Override
        public void kirim(PesanKeluar pesan) {
          KanalUji.this.kirim(pesan);
        }

        @Override
        public void close() {
          putaranDitutup++;
        }
      };
    }
  }

  static final class JamUji extends Clock {
    Instant now = Instant.parse("2026-11-16T02:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Jakarta");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private JdbcTemplate jdbc;
  private NotifikasiRepository repository;
  private final KanalUji kanal = new KanalUji();
  private final JamUji jam = new JamUji();
  private PengirimNotifikasi pengirim;
  private NotifikasiProperties properties;
  private KanalAktif kanalAktif;

  @BeforeEach
  void setUp() throws Exception {
    jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    jdbc.execute(new ClassPathResource("db/migration/V72__notifikasi.sql").getContentAsString(StandardCharsets.UTF_8));
    repository = new NotifikasiRepository(jdbc);
    var beans = new StaticListableBeanFactory();
    beans.addBean("kanalUji", kanal);
    properties = new NotifikasiProperties("http://localhost:8080", List.of("WHATSAPP"), null, null, null,
        new NotifikasiProperties.Pengiriman(null, 2, Duration.ofMinutes(1), Duration.ofMinutes(5), 4, Duration.ofMinutes(5)));
    kanalAktif = new KanalAktif(beans.getBeanProvider(KanalNotifikasi.class), properties);
    pengirim = new PengirimNotifikasi(repository, kanalAktif, properties, jam);
  }

  @Test
  void aRefusingGatewayIsRetriedWithDoublingBackoffUntilItTakesTheMessageOnce() {
    String id = baris();
    kanal.gagal = 3;

    pengirim.kirimYangJatuhTempo();
    assertThat(status(id)).isEqualTo("MENUNGGU");
    assertThat(cobaLagi(id)).isEqualTo(jam.now.plus(Duration.ofMinutes(1)));

    jam.now = cobaLagi(id);
    pengirim.kirimYangJatuhTempo();
    assertThat(cobaLagi(id)).isEqualTo(jam.now.plus(Duration.ofMinutes(2)));

    jam.now = cobaLagi(id);
    pengirim.kirimYangJatuhTempo();
    assertThat(cobaLagi(id)).isEqualTo(jam.now.plus(Duration.ofMinutes(4)));
    assertThat(kanal.terkirim).isEmpty();

    jam.now = cobaLagi(id);
    pengirim.kirimYangJatuhTempo();
    pengirim.kirimYangJatuhTempo();
    assertThat(status(id)).isEqualTo("TERKIRIM");
    assertThat(kanal.terkirim).extracting(PesanKeluar::id).containsExactly(id);
    assertThat(kanal.terkirim.get(0).alamat()).isEqualTo("+62811000000");
  }

  @Test
  void afterTheLastAttemptTheRowIsGagalWithItsErrorAndTheAdministratorCanSendItAgain() {
    String id = baris();
    kanal.gagal = 100;
    for (int i = 0; i < 10; i++) {
      pengirim.kirimYangJatuhTempo();
      jam.now = jam.now.plus(Duration.ofMinutes(5));
    }
    assertThat(status(id)).isEqualTo("GAGAL");
    assertThat(jdbc.queryForObject("select percobaan from notifikasi where id = ?", Integer.class, id)).isEqualTo(4);
    assertThat(jdbc.queryForObject("select galat_terakhir from notifikasi where id = ?", String.class, id))
        .contains("gateway menolak");

    kanal.gagal = 0;
    assertThat(repository.kirimUlang(id, jam.now)).isTrue();
    pengirim.kirimYangJatuhTempo();
    assertThat(status(id)).isEqualTo("TERKIRIM");
  }

  @Test
  void anAttemptCutOffByACrashIsTakenUpAgainWhenItsLeaseRunsOut() {
    String id = baris();
    // a node claimed the row and died before recording the result
    assertThat(repository.klaim(id, jam.now, jam.now.plus(Duration.ofMinutes(5)))).isPresent();

    pengirim.kirimYangJatuhTempo();
    assertThat(kanal.terkirim).isEmpty();

    jam.now = jam.now.plus(Duration.ofMinutes(5));
    pengirim.kirimYangJatuhTempo();
    assertThat(status(id)).isEqualTo("TERKIRIM");
    assertThat(kanal.terkirim).hasSize(1);
  }

  @Test
  void aBacklogLargerThanOneReadDrainsInOnePassWhileAFailingRowWaitsForItsBackoff() {
    var rows = List.of(baris(), baris(), baris(), baris(), baris());
    kanal.gagal = 1; // the first attempt of the pass fails

    assertThat(pengirim.kirimYangJatuhTempo()).isEqualTo(4);
    assertThat(rows.stream().map(this::status)).containsExactlyInAnyOrder("TERKIRIM", "TERKIRIM", "TERKIRIM",
        "TERKIRIM", "MENUNGGU");
  }

  @Test
  void aPassSendsThroughOnePutaranOfTheChannelAndClosesItAtItsEnd() {
    // given five due rows, the first attempt failing
    var rows = List.of(baris(), baris(), baris(), baris(), baris());
    kanal.gagal = 1;

    // when one pass runs
    pengirim.kirimYangJatuhTempo();

    // then the channel's pass was opened once for all five attempts and closed after them
    assertThat(kanal.terkirim).hasSize(4);
    assertThat(kanal.putaranDibuka).isEqualTo(1);
    assertThat(kanal.putaranDitutup).isEqualTo(1);

    // and the next pass with something to send opens a new one
    jam.now = cobaLagi(rows.stream().filter(id -> status(id).equals("MENUNGGU")).findFirst().orElseThrow());
    pengirim.kirimYangJatuhTempo();
    assertThat(kanal.terkirim).hasSize(5);
    assertThat(kanal.putaranDibuka).isEqualTo(2);
    assertThat(kanal.putaranDitutup).isEqualTo(2);
  }

  @Test
  void whenTheApplicationClosesThePassEndsAfterTheRowInHandAndTheRestIsSentAfterTheRestart() {
    var rows = List.of(baris(), baris(), baris(), baris(), baris());
    // the context closes while the first message is on its way
    kanal.setelahKirim = pengirim::aplikasiBerhenti;

    assertThat(pengirim.kirimYangJatuhTempo()).isEqualTo(1);
    assertThat(rows.stream().map(this::status)).containsExactlyInAnyOrder("TERKIRIM", "MENUNGGU", "MENUNGGU",
        "MENUNGGU", "MENUNGGU");
    // the four left were not claimed: no attempt counted, no lease to wait for
    assertThat(jdbc.queryForObject("select count(*) from notifikasi where status = 'MENUNGGU' and percobaan = 0",
        Integer.class)).isEqualTo(4);

    // after the restart a new sender takes them at once
    kanal.setelahKirim = () -> {};
    var setelahMulaiUlang = new PengirimNotifikasi(repository, kanalAktif, properties, jam);
    assertThat(setelahMulaiUlang.kirimYangJatuhTempo()).isEqualTo(4);
    assertThat(rows.stream().map(this::status)).containsOnly("TERKIRIM");
    assertThat(kanal.terkirim).extracting(PesanKeluar::id).containsExactlyInAnyOrderElementsOf(rows);
  }

  @Test
  void twoNodesNeverTakeTheSameRow() {
    String id = baris();
    assertThat(repository.klaim(id, jam.now, jam.now.plus(Duration.ofMinutes(5)))).isPresent();
    assertThat(repository.klaim(id, jam.now, jam.now.plus(Duration.ofMinutes(5)))).isEmpty();
  }

  @Test
  void manyRowsAreWrittenWithOneStatementPerChunkEachAsItWasGiven() {
    var rows = new ArrayList<NotifikasiRepository.Baru>();
    for (int i = 0; i < NotifikasiRepository.BARIS_PER_INSERT + 7; i++) {
      boolean inbox = i % 2 == 0;
      rows.add(new NotifikasiRepository.Baru("n-" + i, "cimahi", "operator-" + i, inbox ? "KOTAK_MASUK" : "EMAIL",
          inbox ? null : "op" + i + "@demo.meritflow.id", JenisNotifikasi.TUGAS_BARU, "Tugas baru " + i, "Isi " + i,
          "http://localhost/t/" + i, "kasus-1", "task-1",
          inbox ? StatusNotifikasi.TERKIRIM : StatusNotifikasi.MENUNGGU_RINGKASAN, jam.now));
    }

    repository.simpanSemua(rows);

    assertThat(jdbc.queryForObject("select count(*) from notifikasi", Integer.class)).isEqualTo(rows.size());
    var inbox = repository.satu("n-" + (NotifikasiRepository.BARIS_PER_INSERT + 6)).orElseThrow();
    assertThat(inbox.penerima()).isEqualTo("operator-" + (NotifikasiRepository.BARIS_PER_INSERT + 6));
    assertThat(inbox.status()).isEqualTo(StatusNotifikasi.TERKIRIM);
    assertThat(inbox.terkirimPada()).contains(jam.now);
    var email = repository.satu("n-1").orElseThrow();
    assertThat(email.alamat()).contains("op1@demo.meritflow.id");
    assertThat(email.status()).isEqualTo(StatusNotifikasi.MENUNGGU_RINGKASAN);
    assertThat(email.cobaLagiPada()).isEmpty();
    assertThat(email.subjek()).isEqualTo("Tugas baru 1");
  }

  private String baris() {
    String id = UUID.randomUUID().toString();
    repository.simpan(new NotifikasiRepository.Baru(id, "cimahi", "ppk-cimahi", "WHATSAPP", "+62811000000",
        JenisNotifikasi.SK_DITANDATANGANI, "SK 1 telah ditandatangani", "Isi", null, null, null,
        StatusNotifikasi.MENUNGGU, jam.now));
    return id;
  }

  private String status(String id) {
    return jdbc.queryForObject("select status from notifikasi where id = ?", String.class, id);
  }

  private Instant cobaLagi(String id) {
    return jdbc.queryForObject("select coba_lagi_pada from notifikasi where id = ?", java.sql.Timestamp.class, id)
        .toInstant();
  }
}
