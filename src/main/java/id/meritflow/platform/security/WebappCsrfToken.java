package id.meritflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The webapps' CSRF token of this request's session, for the app's own pages outside
 * {@code /camunda}: the webapps send it (header and cookie, the cookie scoped to {@code /camunda})
 * only on the request that creates it, so a page under another path cannot read it afterwards.
 */
public final class WebappCsrfToken {

  private WebappCsrfToken() {}

  public static Optional<String> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(WebappSession.CSRF_SESSION_ATTRIBUTE);
    return token instanceof String t ? Optional.of(t) : Optional.empty();
  }
}
