package id.meritflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.platform.web.BatasPermintaan;
import id.meritflow.support.MutableClock;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Failed logins on the filter alone, with client addresses a test can choose. */
class BatasMasukFilterTest {

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T02:00:00Z"));
  final BatasMasukFilter filter = new BatasMasukFilter(new BatasPermintaan(3, Duration.ofMinutes(15), clock),
      new BatasPermintaan(3, Duration.ofMinutes(15), clock));
  final AtomicInteger passwordChecks = new AtomicInteger();

  @Test
  void afterThreeFailedWebappLoginsAnAddressIsAnswered429WithoutAPasswordCheckUntilTheWindowEnds() throws Exception {
    // given three failed logins from one address
    for (int i = 0; i < 3; i++) {
      assertThat(webappLogin("10.1.1.1", 401).getStatus()).isEqualTo(401);
    }

    // when it tries again, even with the right password
    MockHttpServletResponse refused = webappLogin("10.1.1.1", 200);

    // then it is refused 429 with Retry-After before the password is checked; another address is not
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("900");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString()).contains(BatasMasukFilter.KODE);
    assertThat(passwordChecks).hasValue(3);
    assertThat(webappLogin("10.1.1.2", 200).getStatus()).isEqualTo(200);

    // and after the window it may log in
    clock.advance(Duration.ofMinutes(15));
    assertThat(webappLogin("10.1.1.1", 200).getStatus()).isEqualTo(200);
  }

  @Test
  void successfulLoginsAreNeverCounted() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(webappLogin("10.1.1.3", 200).getStatus()).isEqualTo(200);
    }
    assertThat(basic("10.1.1.3", "operator-cimahi", 200).getStatus()).isEqualTo(200);
  }

  @Test
  void failedHttpBasicIsCountedPerAddressAndUserName() throws Exception {
    // given a client whose stored password for one user is wrong
    for (int i = 0; i < 3; i++) {
      basic("10.1.1.4", "ppk-cimahi", 401);
    }

    // then that user from that address is held back, other users behind the same address are not
    assertThat(basic("10.1.1.4", "ppk-cimahi", 200).getStatus()).isEqualTo(429);
    assertThat(basic("10.1.1.4", "operator-cimahi", 200).getStatus()).isEqualTo(200);
    assertThat(basic("10.1.1.5", "ppk-cimahi", 200).getStatus()).isEqualTo(200);
  }

  @Test
  void requestsWithoutCredentialsOrOutsideTheLoginAreNotCounted() throws Exception {
    for (int i = 0; i < 10; i++) {
      var request = new MockHttpServletRequest("GET", "/api/pegawai");
      request.setRemoteAddr("10.1.1.6");
      var response = new MockHttpServletResponse();
      filter.doFilter(request, response, answering(401));
      assertThat(response.getStatus()).isEqualTo(401);
    }
    assertThat(basic("10.1.1.6", "operator-cimahi", 200).getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse webappLogin(String address, int answer) throws Exception {
    var request = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist");
    request.setRemoteAddr(address);
    var response = new MockHttpServletResponse();
    filter.doFilter(request, response, answering(answer));
    return response;
  }

  private MockHttpServletResponse basic(String address, String user, int answer) throws Exception {
    var request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.setRemoteAddr(address);
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":x").getBytes(StandardCharsets.UTF_8)));
    var response = new MockHttpServletResponse();
    filter.doFilter(request, response, answering(answer));
    return response;
  }

  private MockFilterChain answering(int status) {
    return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse resp) {
        passwordChecks.incrementAndGet();
        resp.setStatus(status);
      }
    });
  }
}
