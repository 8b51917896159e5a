package id.meritflow.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The one 401 answer of MeritFlow's API, as Problem Details. */
final class Unauthorized {

  private Unauthorized() {}

  static void write(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"MeritFlow\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("""
        {"type":"https://meritflow.id/problems/tidak-terautentikasi","title":"Perlu masuk",\
        "status":401,"code":"TIDAK_TERAUTENTIKASI",\
        "detail":"Sertakan nama pengguna dan kata sandi (HTTP Basic)."}""");
  }

  /** A write through the webapps' session without their CSRF token. */
  static void writeCsrfRefused(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("""
        {"type":"https://meritflow.id/problems/token-csrf","title":"Permintaan ditolak",\
        "status":403,"code":"TOKEN_CSRF_TIDAK_SAH",\
        "detail":"Permintaan dari sesi aplikasi web harus menyertakan token X-XSRF-TOKEN yang sah."}""");
  }
}
