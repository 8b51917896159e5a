package id.meritflow.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication for {@code /api/**} against the engine's identity service, so that one
 * set of users, groups and tenants serves the webapps, the engine REST API and MeritFlow's own API.
 * Without credentials, the webapps' session login is taken ({@link WebappSession}); groups and
 * tenants are read afresh on every request either way, so a removed group stops working at once.
 * The caller is also set on the engine, so that engine calls made for this request obey its
 * authorizations and tenant checks.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String CALLER_ATTRIBUTE = Caller.class.getName();

  private final IdentityService identityService;
  private final String engineName;

  ApiAuthenticationFilter(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    Optional<Caller> caller = header != null ? authenticate(header)
        : WebappSession.userId(request, engineName).map(userId -> callerOf(identityService, userId));
    if (caller.isEmpty()) {
      Unauthorized.write(response);
      return;
    }
    if (header == null && !WebappSession.csrfSatisfied(request)) {
      Unauthorized.writeCsrfRefused(response);
      return;
    }
    request.setAttribute(CALLER_ATTRIBUTE, caller.get());
    CallerHolder.set(caller.get());
    identityService.setAuthentication(caller.get().userId(), caller.get().groups(), caller.get().tenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
      CallerHolder.clear();
    }
  }

  private Optional<Caller> authenticate(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    return Optional.of(callerOf(identityService, userId));
  }

  static Caller callerOf(IdentityService identityService, String userId) {
    var groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    var tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    Optional<String> nip = Optional.ofNullable(identityService.getUserInfo(userId, Caller.NIP_USER_INFO));
    return new Caller(userId, groups, tenants, nip);
  }
}
