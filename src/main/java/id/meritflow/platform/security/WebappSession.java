package id.meritflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * The Camunda webapps' session login, read for {@code /api}: embedded forms in Tasklist and the
 * app's own pages call the API with the session cookie of the webapps, so a user logs in once.
 * Writes made this way must carry the webapps' CSRF token (header {@code X-XSRF-TOKEN}, which the
 * webapps send with every request), so another site cannot make a logged-in browser write.
 */
final class WebappSession {

  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private WebappSession() {}

  /** The user logged in to the webapps on {@code engineName} in this request's session, if any. */
  static Optional<String> userId(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engineName);
    return Optional.ofNullable(authentication).map(Authentication::getIdentityId);
  }

  /** A read, or a write with the session's CSRF token. */
  static boolean csrfSatisfied(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod())) {
      return true;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String given = request.getHeader(CSRF_HEADER);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
