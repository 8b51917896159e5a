package id.meritflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer (webapps, portal, API, public pages): no MIME sniffing, no
 * framing by other sites, no full address sent to other sites. The webapps' own header filter
 * (Content-Security-Policy, X-XSS-Protection) stays as it is; a header already set is not replaced.
 */
class HeaderKeamananFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    setIfAbsent(response, "X-Content-Type-Options", "nosniff");
    setIfAbsent(response, "X-Frame-Options", "SAMEORIGIN");
    setIfAbsent(response, "Referrer-Policy", "same-origin");
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      // The webapps send their own policy; everything else may be framed by this origin only.
      setIfAbsent(response, "Content-Security-Policy", "frame-ancestors 'self'");
    }
    chain.doFilter(request, new Defaults(response));
  }

  private static void setIfAbsent(HttpServletResponse response, String name, String value) {
    if (!response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }

  /** A page that adds one of these headers itself replaces the default instead of sending two. */
  private static final class Defaults extends HttpServletResponseWrapper {
    private static final Set<String> NAMES = Set.of("x-content-type-options", "x-frame-options", "referrer-policy",
        "content-security-policy");

    Defaults(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
