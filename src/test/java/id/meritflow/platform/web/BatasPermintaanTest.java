package id.meritflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fixed-window counter, on a clock the test moves. */
class BatasPermintaanTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T02:00:00Z"));
  final BatasPermintaan batas = new BatasPermintaan(3, Duration.ofMinutes(1), clock);

  @Test
  void allowsTheLimitPerWindowAndTellsTheRestOfTheWindowAfterwards() {
    // given three requests from one address
    for (int i = 0; i < 3; i++) {
      assertThat(batas.catat("10.0.0.1")).isEmpty();
    }

    // when a fourth comes 20 seconds later
    clock.advance(Duration.ofSeconds(20));

    // then it waits the 40 seconds left, while another address is not affected
    assertThat(batas.catat("10.0.0.1")).contains(Duration.ofSeconds(40));
    assertThat(batas.catat("10.0.0.2")).isEmpty();
  }

  @Test
  void aNewWindowStartsWhenTheOldOneHasPassedEvenAfterManyRefusals() {
    // given an address far over its limit
    for (int i = 0; i < 50; i++) {
      batas.catat("10.0.0.1");
    }

    // when the window has passed
    clock.advance(Duration.ofMinutes(1));

    // then it gets its full allowance again
    for (int i = 0; i < 3; i++) {
      assertThat(batas.catat("10.0.0.1")).isEmpty();
    }
    assertThat(batas.catat("10.0.0.1")).isPresent();
  }

  @Test
  void forgetsExpiredAddressesWhenTooManyAreTracked() {
    // given more addresses than are tracked, all from an old window
    for (int i = 0; i <= BatasPermintaan.MAKS_ALAMAT; i++) {
      batas.catat("a" + i);
    }
    batas.catat("a0");
    batas.catat("a0");

    // when a new request comes after the window
    clock.advance(Duration.ofMinutes(2));
    batas.catat("baru");

    // then the old counts are gone: a0 starts afresh
    for (int i = 0; i < 3; i++) {
      assertThat(batas.catat("a0")).isEmpty();
    }
  }

  @Test
  void aFailureCounterIsUsedUpOnlyAfterTheLimitAndFreeAgainAfterTheWindow() {
    // given two failures of an address with a limit of three
    batas.catat("10.0.0.9");
    batas.catat("10.0.0.9");

    // then a further attempt may still be tried, and checking does not count
    assertThat(batas.habis("10.0.0.9")).isEmpty();
    assertThat(batas.habis("10.0.0.9")).isEmpty();

    // when a third failure is counted, the address must wait for the rest of its window
    batas.catat("10.0.0.9");
    clock.advance(Duration.ofSeconds(15));
    assertThat(batas.habis("10.0.0.9")).contains(Duration.ofSeconds(45));
    assertThat(batas.habis("10.0.0.8")).isEmpty();

    // and after the window it may try again
    clock.advance(Duration.ofSeconds(45));
    assertThat(batas.habis("10.0.0.9")).isEmpty();
  }
}
