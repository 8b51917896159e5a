package id.meritflow.platform.security;

import id.meritflow.platform.web.BatasPermintaan;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after so many failed logins in a window, further attempts are answered
 * 429 with {@code Retry-After} without checking the password. Counted are the webapps' login
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}} answered 401), per client address,
 * and HTTP Basic on {@code /api} and {@code /engine-rest} answered 401, per client address and user
 * name (so one client with a wrong password stored does not lock the other users behind the same
 * address). Successful requests are never counted. Counts are in memory per node.
 */
class BatasMasukFilter extends OncePerRequestFilter {

  static final String KODE = "BATAS_PERCOBAAN_MASUK";
  static final String LOGIN_PATH = "/camunda/api/admin/auth/user/";

  private final BatasPermintaan webapp;
  private final BatasPermintaan basic;

  BatasMasukFilter(BatasPermintaan webapp, BatasPermintaan basic) {
    this.webapp = webapp;
    this.basic = basic;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Percobaan> percobaan = percobaan(request);
    if (percobaan.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Duration> wait = percobaan.get().batas().habis(percobaan.get().kunci());
    if (wait.isPresent()) {
      tolak(response, wait.get());
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      percobaan.get().batas().catat(percobaan.get().kunci());
    }
  }

  private record Percobaan(BatasPermintaan batas, String kunci) {}

  private Optional<Percobaan> percobaan(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && path.startsWith(LOGIN_PATH) && path.contains("/login/")) {
      return Optional.of(new Percobaan(webapp, request.getRemoteAddr()));
    }
    String header = request.getHeader("Authorization");
    if (header != null && (path.startsWith("/api/") || path.startsWith("/engine-rest/"))) {
      return Optional.of(new Percobaan(basic, request.getRemoteAddr() + "|" + pengguna(header)));
    }
    return Optional.empty();
  }

  /** The user name of a Basic header, or the whole header's hash when it is not one. */
  static String pengguna(String header) {
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon > 0) {
          return decoded.substring(0, colon);
        }
      } catch (IllegalArgumentException e) {
        // not Base64: counted under one key for all such headers
      }
    }
    return "?";
  }

  private static void tolak(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("""
        {"type":"https://meritflow.id/problems/batas-percobaan-masuk","title":"Terlalu banyak percobaan masuk",\
        "status":429,"code":"%s",\
        "detail":"Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam %d detik."}""".formatted(KODE, seconds));
  }
}
