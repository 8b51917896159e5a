package id.meritflow.kalender.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The designer's syntax: {@code "5 hari kerja"} for a due date or duration, and
 * {@code "R3/5 hari kerja"} (or {@code "R/5 hari kerja"}, unbounded) for a cycle. Anything else is
 * left to Camunda's own calendars, so ISO 8601 and cron keep working.
 */
record EkspresiHariKerja(int jumlah) {

  private static final Pattern HARI_KERJA = Pattern.compile("\\s*(\\d{1,4})\\s+hari\\s+kerja\\s*", Pattern.CASE_INSENSITIVE);

  /**
   * A cycle; {@code mulai} is filled in by the engine itself: it rewrites {@code R3/x} to
   * {@code R3/<creation time>/x} when it stores the timer, which lets each repetition be computed
   * from the first start without keeping a counter.
   */
  private static final Pattern SIKLUS = Pattern.compile(
      "R(\\d*)/(?:(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})/)?(\\s*\\d{1,4}\\s+hari\\s+kerja\\s*)", Pattern.CASE_INSENSITIVE);

  static Optional<EkspresiHariKerja> parse(String text) {
    Matcher matcher = HARI_KERJA.matcher(text);
    return matcher.matches() ? Optional.of(new EkspresiHariKerja(Integer.parseInt(matcher.group(1)))) : Optional.empty();
  }

  /** @param kali repetitions, empty for unbounded; @param mulai ISO local date-time, empty before the engine stored it */
  record Siklus(Optional<Integer> kali, Optional<String> mulai, EkspresiHariKerja langkah) {

    static Optional<Siklus> parse(String text) {
      Matcher matcher = SIKLUS.matcher(text.strip());
      if (!matcher.matches()) {
        return Optional.empty();
      }
      Optional<Integer> kali = matcher.group(1).isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(matcher.group(1)));
      return EkspresiHariKerja.parse(matcher.group(3))
          .map(langkah -> new Siklus(kali, Optional.ofNullable(matcher.group(2)), langkah));
    }
  }
}
