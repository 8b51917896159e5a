package id.meritflow.layanan;

import id.meritflow.platform.security.WebappCsrfToken;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal pages' way to the webapps' CSRF token of their own session (null before the webapps
 * made one). Same-origin reads only: another site cannot read the answer, as with the header the
 * webapps send themselves.
 */
@RestController
class TokenCsrfController {

  @GetMapping("/layanan/token")
  ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
    Map<String, String> body = new HashMap<>();
    body.put("token", WebappCsrfToken.of(request).orElse(null));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
