package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.PegawaiProfil;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Ranking 10,000 employees for one position, in memory (the registry read is measured apart).
 * Not a timed test: it prints the figure. Run with
 * {@code mvn -o -q test -Dtest=PeringkatBenchmark -Dmeritflow.ukur=true}.
 */
@EnabledIfSystemProperty(named = "meritflow.ukur", matches = "true")
class PeringkatBenchmark {

  private static final int N = 10_000;

  @Test
  void rankTenThousandEmployees() {
    KonteksJabatan k = CalonAcak.konteks();
    List<PegawaiProfil> calon = new CalonAcak(20260701).banyak(N);
    Pemeringkat pemeringkat = CalonAcak.pemeringkat();
    for (int i = 0; i < 20; i++) {
      pemeringkat.peringkat(k, calon, 50);
    }
    int ulang = 20;
    long[] ms = new long[ulang];
    HasilPeringkat hasil = null;
    for (int i = 0; i < ulang; i++) {
      long mulai = System.nanoTime();
      hasil = pemeringkat.peringkat(k, calon, 50);
      ms[i] = (System.nanoTime() - mulai) / 1_000_000;
    }
    java.util.Arrays.sort(ms);
    System.out.printf("Peringkat %d pegawai: median %d ms, terbaik %d ms, terburuk %d ms (%d layak, %d tidak memenuhi)%n",
        N, ms[ulang / 2], ms[0], ms[ulang - 1], hasil.jumlahDinilai() - hasil.tidakMemenuhi().size(), hasil.tidakMemenuhi().size());
  }
}
