package id.meritflow.rekomendasi.domain;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Ranking the demo registry generator's 10,000 employees (all four agencies, national scope) for a
 * pengawas post, in memory. Prints the figure; run with
 * {@code mvn -o -q test -Dtest=RegistriDemoBenchmark -Dmeritflow.ukur=true}.
 */
@EnabledIfSystemProperty(named = "meritflow.ukur", matches = "true")
class RegistriDemoBenchmark {

  @Test
  void rankTenThousandDemoEmployees() {
    RegistriDemo demo = RegistriDemo.hasilkan(20250701L, 10_000, LocalDate.of(2026, 7, 1));
    KonteksJabatan k = demo.konteksPengawas();
    Pemeringkat pemeringkat = CalonAcak.pemeringkat();
    for (int i = 0; i < 20; i++) {
      pemeringkat.peringkat(k, demo.pegawai(), 50);
    }
    long[] ms = new long[20];
    HasilPeringkat hasil = null;
    for (int i = 0; i < ms.length; i++) {
      long mulai = System.nanoTime();
      hasil = pemeringkat.peringkat(k, demo.pegawai(), 50);
      ms[i] = (System.nanoTime() - mulai) / 1_000_000;
    }
    java.util.Arrays.sort(ms);
    System.out.printf("Registri demo %d pegawai, jabatan %s: median %d ms, terbaik %d ms, terburuk %d ms (%d tidak memenuhi)%n",
        demo.pegawai().size(), k.tujuan().id(), ms[ms.length / 2], ms[0], ms[ms.length - 1], hasil.tidakMemenuhi().size());
  }
}
