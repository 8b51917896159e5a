package id.meritflow.demo;

import static id.meritflow.demo.EducationLadder.ceiling;
import static id.meritflow.demo.EducationLadder.entry;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Pendidikan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates careers that a KP check would accept: the current rank lies in the position's range
 * where the education ceiling allows it, never above the ceiling, reached from the CPNS entry rank
 * one step at a time at 2 (pilihan), 4 (reguler) or 5 year intervals, with the ujian dinas passed
 * before crossing II/d→III/a and III/d→IV/a. Everyone is younger than 58 on the reference date.
 */
final class CareerGenerator {

  private static final int RETIREMENT_AGE = 58;
  private static final Pendidikan[] LEVELS = Pendidikan.values();
  private static final Golongan[] RANKS = Golongan.values();

  private final LocalDate referenceDate;

  CareerGenerator(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  Career random(JabatanData jabatan, SplittableRandom random) {
    Pendidikan pendidikan = chooseEducation(jabatan, random);
    Golongan from = entry(pendidikan);
    Golongan lo = max(jabatan.golonganMin(), from);
    Golongan hi = min(jabatan.golonganMax(), ceiling(pendidikan));
    // lo > hi only where the position's range lies above every ceiling (eselon I.b/II.a): the
    // holder then stays at the ceiling, below the range, rather than breaking KP-BATAS-PENDIDIKAN.
    Golongan current = lo.compareTo(hi) > 0 ? hi
        : RANKS[lo.ordinal() + random.nextInt(hi.ordinal() - lo.ordinal() + 1)];
    int steps = current.ordinal() - from.ordinal();
    boolean stuck = current == hi;
    int monthsInRank = 1 + random.nextInt(stuck ? 150 : 60);
    int[] intervals = new int[steps];
    for (int s = 0; s < steps; s++) {
      int roll = random.nextInt(100);
      intervals[s] = jabatan.jenis().struktural() && roll < 40 ? 2 : roll < 80 ? 4 : 5;
    }
    int minAge = EducationLadder.minCpnsAge(pendidikan);
    int maxServiceMonths = (RETIREMENT_AGE - 1 - minAge) * 12;
    if (serviceMonths(intervals, monthsInRank) > maxServiceMonths) {
      java.util.Arrays.fill(intervals, 2);
      monthsInRank = Math.min(monthsInRank, 24);
    }
    List<Career.Step> pangkat = backwards(from, intervals, monthsInRank);
    LocalDate tmtCpns = pangkat.get(0).tmt();
    int serviceYears = serviceMonths(intervals, monthsInRank) / 12 + 1;
    int maxAge = Math.min(EducationLadder.MAX_CPNS_AGE, RETIREMENT_AGE - 1 - serviceYears);
    int ageAtCpns = minAge + random.nextInt(Math.max(1, maxAge - minAge + 1));
    LocalDate lahir = tmtCpns.minusYears(ageAtCpns).minusDays(1 + random.nextInt(364));
    return withUjianDinas(pendidikan, lahir, tmtCpns, pangkat, random);
  }

  /** A named employee: identity fixed, promoted every four years up to what the post allows. */
  Career named(DemoPegawai.Named named, JabatanData jabatan, SplittableRandom random) {
    LocalDate tmt = named.cpns().atDay(1);
    Golongan golongan = entry(named.pendidikan());
    Golongan cap = min(jabatan.golonganMax(), ceiling(named.pendidikan()));
    List<Career.Step> pangkat = new ArrayList<>(List.of(new Career.Step(golongan, tmt)));
    while (golongan.compareTo(cap) < 0 && !tmt.plusYears(4).isAfter(referenceDate)) {
      golongan = RANKS[golongan.ordinal() + 1];
      tmt = tmt.plusYears(4);
      pangkat.add(new Career.Step(golongan, tmt));
    }
    return withUjianDinas(named.pendidikan(), named.tanggalLahir(), named.cpns().atDay(1), pangkat, random)
        .withBidang(named.bidangPendidikan());
  }

  private Career withUjianDinas(Pendidikan pendidikan, LocalDate lahir, LocalDate tmtCpns,
      List<Career.Step> pangkat, SplittableRandom random) {
    LocalDate ujian1 = ujianDinas(pangkat, Golongan.III_A, Golongan.II_D, tmtCpns, random);
    LocalDate ujian2 = ujianDinas(pangkat, Golongan.IV_A, Golongan.III_D, tmtCpns, random);
    return new Career(pendidikan, BidangPendidikan.pick(pendidikan, random), lahir, tmtCpns,
        List.copyOf(pangkat), ujian1, ujian2);
  }

  /**
   * Passed some months before the promotion into {@code above}; someone still just below it has
   * passed in a third of the cases, so KP-UJIAN-DINAS sees both outcomes.
   */
  private LocalDate ujianDinas(List<Career.Step> pangkat, Golongan above, Golongan below,
      LocalDate tmtCpns, SplittableRandom random) {
    LocalDate earliest = tmtCpns.plusYears(1);
    for (int s = 1; s < pangkat.size(); s++) {
      if (pangkat.get(s).golongan() == above) {
        LocalDate passed = pangkat.get(s).tmt().minusMonths(3 + random.nextInt(16));
        return passed.isBefore(earliest) ? earliest : passed;
      }
    }
    Golongan current = pangkat.get(pangkat.size() - 1).golongan();
    if (current == below && random.nextInt(3) == 0) {
      LocalDate passed = referenceDate.minusMonths(1 + random.nextInt(24));
      LocalDate date = passed.isBefore(earliest) ? earliest : passed;
      return date.isAfter(referenceDate) ? null : date;
    }
    return null;
  }

  private List<Career.Step> backwards(Golongan from, int[] intervals, int monthsInRank) {
    Career.Step[] steps = new Career.Step[intervals.length + 1];
    LocalDate tmt = YearMonth.from(referenceDate).minusMonths(monthsInRank).atDay(1);
    for (int s = intervals.length; s >= 0; s--) {
      steps[s] = new Career.Step(RANKS[from.ordinal() + s], tmt);
      if (s > 0) {
        tmt = tmt.minusYears(intervals[s - 1]);
      }
    }
    return List.of(steps);
  }

  private static int serviceMonths(int[] intervals, int monthsInRank) {
    int months = monthsInRank;
    for (int i : intervals) {
      months += i * 12;
    }
    return months;
  }

  /** An education level that meets the post's minimum and can reach its range from entry. */
  private static Pendidikan chooseEducation(JabatanData jabatan, SplittableRandom random) {
    int total = 0;
    int[] weights = new int[LEVELS.length];
    for (Pendidikan p : LEVELS) {
      if (p.memenuhi(jabatan.pendidikanMin())
          && ceiling(p).compareTo(jabatan.golonganMin()) >= 0
          && entry(p).compareTo(jabatan.golonganMax()) <= 0) {
        weights[p.ordinal()] = EducationLadder.weight(p);
        total += weights[p.ordinal()];
      }
    }
    if (total == 0) {
      return Pendidikan.S3;
    }
    int roll = random.nextInt(total);
    for (Pendidikan p : LEVELS) {
      roll -= weights[p.ordinal()];
      if (roll < 0) {
        return p;
      }
    }
    return Pendidikan.S3;
  }

  private static Golongan max(Golongan a, Golongan b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Golongan min(Golongan a, Golongan b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
