package id.meritflow.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Issues unique NIPs: birth date YYYYMMDD, CPNS start YYYYMM, sex digit, sequence 001-999. Issued
 * numbers are kept as longs (18 digits fit) so that 100,000 of them cost a few megabytes.
 */
final class NipRegistry {

  private final Set<Long> issued = new HashSet<>();

  void reserve(String nip) {
    if (!issued.add(Long.parseLong(nip))) {
      throw new IllegalStateException("NIP issued twice: " + nip);
    }
  }

  String issue(LocalDate tanggalLahir, YearMonth cpns, char jenisKelamin, SplittableRandom random) {
    long prefix = (tanggalLahir.getYear() * 10_000L + tanggalLahir.getMonthValue() * 100L
        + tanggalLahir.getDayOfMonth()) * 10_000_000_000L
        + (cpns.getYear() * 100L + cpns.getMonthValue()) * 10_000L
        + (jenisKelamin == 'L' ? 1 : 2) * 1_000L;
    // Sequences are small in practice; start low and probe upwards past numbers already taken.
    int sequence = 1 + random.nextInt(20);
    for (int tries = 0; tries < 999; tries++) {
      long nip = prefix + sequence;
      if (issued.add(nip)) {
        return Long.toString(nip);
      }
      sequence = sequence % 999 + 1;
    }
    throw new IllegalStateException("all 999 sequences taken for prefix " + prefix);
  }

  int size() {
    return issued.size();
  }
}
