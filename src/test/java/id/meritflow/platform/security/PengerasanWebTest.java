package id.meritflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Hardening on the running application: login limit, security headers, session cookie flags. */
@MeritFlowIntegrationTest
class PengerasanWebTest {

  @Autowired TestRestTemplate rest;

  @Test
  void guessingAPasswordOverHttpBasicIsAnswered429AfterTenFailures() {
    // given a user name someone guesses passwords for (a unique one: the count is per address and user)
    String user = "penebak-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 10; i++) {
      assertThat(rest.withBasicAuth(user, "tebakan" + i).getForEntity("/api/pegawai", String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // when the eleventh try comes, on the API or the engine REST API
    var api = rest.withBasicAuth(user, "tebakan11").getForEntity("/api/pegawai", String.class);
    var engine = rest.withBasicAuth(user, "tebakan12").getForEntity("/engine-rest/task", String.class);

    // then both are refused 429 with Retry-After, while other users are served as usual
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(api.getHeaders().getFirst("Retry-After")).matches("\\d+");
    assertThat(api.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(api.getBody()).contains("BATAS_PERCOBAAN_MASUK");
    assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(rest.withBasicAuth("operator-cimahi", "demo").getForEntity("/api/pegawai", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void everySurfaceSendsSecurityHeaders() {
    for (String path : List.of("/camunda/app/tasklist/default/", "/layanan", "/verifikasi-sk", "/api/pegawai",
        "/engine-rest/task")) {
      ResponseEntity<String> response = rest.withBasicAuth("operator-cimahi", "demo").getForEntity(path, String.class);
      assertThat(response.getStatusCode().is5xxServerError()).as(path).isFalse();
      assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.getHeaders().getFirst("X-Frame-Options")).as(path).isNotBlank();
      assertThat(response.getHeaders().getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(response.getHeaders().getFirst("Content-Security-Policy")).as(path).isNotBlank();
    }
  }

  @Test
  void theSessionCookieOfTheWebappsAndPortalIsHttpOnlyAndSameSite() {
    var first = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, HttpEntity.EMPTY, String.class);
    List<String> cookies = new java.util.ArrayList<>(first.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()));
    var headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList()));
    cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
        .ifPresent(c -> headers.add("X-XSRF-TOKEN", c.substring("XSRF-TOKEN=".length()).split(";", 2)[0]));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=operator-cimahi&password=demo", headers), String.class);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    cookies.addAll(login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()));

    List<String> session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertThat(session).isNotEmpty().allSatisfy(c -> {
      assertThat(c).containsIgnoringCase("HttpOnly");
      assertThat(c.toLowerCase(java.util.Locale.ROOT).split("samesite=lax", -1)).as(c).hasSize(2);
    });
  }
}
