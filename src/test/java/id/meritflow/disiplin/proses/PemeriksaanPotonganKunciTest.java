package id.meritflow.disiplin.proses;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.support.MeritFlowIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADR 0022: a KP period chunk screens its rows from one registry read in its own transaction. A
 * disciplinary case being opened for one of its employees at that moment must not slip between the
 * read and the chunk's commit: the read waits for the case and sees it.
 */
@MeritFlowIntegrationTest
class PemeriksaanPotonganKunciTest {

  @Autowired KasusDisiplinRepository kasus;
  @Autowired PegawaiDirectory pegawai;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theChunksRegistryReadWaitsForADisciplinaryCaseBeingOpenedAndSeesIt() throws Exception {
    // given an employee with no open case, and a disciplinary case being opened for them, not yet committed
    String nip = jdbc.queryForObject("""
        select nip from pegawai p where not exists (select 1 from kasus_disiplin k where k.nip = p.nip)
        order by nip desc fetch first 1 rows only""", String.class);
    String id = "DIS-KUNCI-" + System.nanoTime();
    CountDownLatch opened = new CountDownLatch(1);
    CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
      kasus.bukaJikaBelumAda(id, nip, "Tidak masuk kerja", "ABSEN", LocalDate.of(2026, 11, 2), "UJI", null);
      opened.countDown();
      sleep(700); // the case's transaction is still open while the chunk reads
    }));
    assertThat(opened.await(30, TimeUnit.SECONDS)).isTrue();

    // when a chunk reads its employees' profiles in its own transaction meanwhile
    List<KasusDisiplin> seen = new TransactionTemplate(transactions).execute(s ->
        pegawai.findAll(List.of(nip)).get(nip).disiplin());

    // then the read waited for the case's commit and the screening sees the open case
    opening.get(30, TimeUnit.SECONDS);
    assertThat(seen).extracting(KasusDisiplin::id).contains(id);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
