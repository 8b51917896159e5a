package id.meritflow.kenaikanpangkat.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * When each period takes proposals: from {@code dibukaBulanSebelumTmt} months before its TMT up to
 * and including {@code batasHariSebelumTmt} days before it. Both are configuration (the regulation
 * sets the months, agencies and BKN agree the deadline); several periods may be open at once.
 */
public record KalenderPeriodeKp(int dibukaBulanSebelumTmt, int batasHariSebelumTmt) {

  public enum Status { BELUM_DIBUKA, TERBUKA, DITUTUP }

  public KalenderPeriodeKp {
    if (dibukaBulanSebelumTmt < 1 || batasHariSebelumTmt < 0) {
      throw new IllegalArgumentException("pembukaan periode minimal 1 bulan dan batas pengajuan tidak negatif");
    }
  }

  public LocalDate dibuka(PeriodeKp periode) {
    return periode.tmt().minusMonths(dibukaBulanSebelumTmt);
  }

  /** The last day a proposal is taken. */
  public LocalDate batasPengajuan(PeriodeKp periode) {
    return periode.tmt().minusDays(batasHariSebelumTmt);
  }

  public Status status(PeriodeKp periode, LocalDate pada) {
    if (pada.isBefore(dibuka(periode))) {
      return Status.BELUM_DIBUKA;
    }
    return pada.isAfter(batasPengajuan(periode)) ? Status.DITUTUP : Status.TERBUKA;
  }

  /** The periods open on a day, earliest first. */
  public List<PeriodeKp> terbuka(LocalDate pada) {
    List<PeriodeKp> open = new ArrayList<>();
    YearMonth first = YearMonth.from(pada);
    for (int i = 0; i <= dibukaBulanSebelumTmt + 1; i++) {
      PeriodeKp p = new PeriodeKp(first.plusMonths(i));
      if (status(p, pada) == Status.TERBUKA) {
        open.add(p);
      }
    }
    return open;
  }

  /** The twelve periods of a year. */
  public List<PeriodeKp> tahun(int tahun) {
    List<PeriodeKp> periods = new ArrayList<>(12);
    for (int month = 1; month <= 12; month++) {
      periods.add(new PeriodeKp(YearMonth.of(tahun, month)));
    }
    return periods;
  }
}
