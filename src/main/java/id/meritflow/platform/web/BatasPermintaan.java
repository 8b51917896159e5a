package id.meritflow.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A fixed-window request counter per client address, in memory: at most {@code batas} requests
 * per {@code jendela}, counted from an address's first request in the window. Each application
 * node keeps its own counts, and they start afresh on restart. Used for the public SK pages and
 * for failed logins (platform/security).
 */
public final class BatasPermintaan {

  /** Above this many tracked addresses, expired windows are dropped; if all are live, all are. */
  public static final int MAKS_ALAMAT = 100_000;

  private record Jendela(Instant mulai, int jumlah) {}

  private final int batas;
  private final Duration jendela;
  private final Clock clock;
  private final ConcurrentMap<String, Jendela> hitungan = new ConcurrentHashMap<>();

  public BatasPermintaan(int batas, Duration jendela, Clock clock) {
    this.batas = batas;
    this.jendela = jendela;
    this.clock = clock;
  }

  /**
   * Counts one request from this address.
   *
   * @return empty if it is allowed, else how long until the address's window ends
   */
  public Optional<Duration> catat(String alamat) {
    Instant now = clock.instant();
    if (hitungan.size() > MAKS_ALAMAT) {
      hitungan.values().removeIf(j -> !now.isBefore(j.mulai().plus(jendela)));
      if (hitungan.size() > MAKS_ALAMAT) {
        hitungan.clear();
      }
    }
    Jendela j = hitungan.compute(alamat, (key, old) -> old == null || !now.isBefore(old.mulai().plus(jendela))
        ? new Jendela(now, 1) : new Jendela(old.mulai(), Math.min(old.jumlah(), batas) + 1));
    if (j.jumlah() <= batas) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, j.mulai().plus(jendela)));
  }

  /**
   * Whether this address has used up its window, without counting a request: for limits that
   * count only failures (a failed login), checked before the attempt.
   *
   * @return empty if a further request may be tried, else how long until the window ends
   */
  public Optional<Duration> habis(String alamat) {
    Instant now = clock.instant();
    Jendela j = hitungan.get(alamat);
    if (j == null || !now.isBefore(j.mulai().plus(jendela)) || j.jumlah() < batas) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, j.mulai().plus(jendela)));
  }
}
