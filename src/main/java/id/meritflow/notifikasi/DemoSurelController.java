package id.meritflow.notifikasi;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.web.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Demo profile: the mails the embedded SMTP server received, for the administrator ({@code /demo/surel}). */
@RestController
@Profile("demo")
@Tag(name = "Demo", description = "Hanya profil demo")
class DemoSurelController {

  record Surel(Optional<Instant> dikirim, String kepada, String subjek, String isi, Optional<String> notifikasiId) {}

  private final DemoSmtpServer server;

  DemoSurelController(DemoSmtpServer server) {
    this.server = server;
  }

  @GetMapping("/api/demo/surel")
  @Operation(summary = "Surel yang diterima server SMTP demo, terbaru lebih dulu (hanya administrator)")
  List<Surel> surel(Caller caller) {
    if (!caller.isAdmin()) {
      throw new ForbiddenException("BUKAN_ADMIN", "Kotak surel demo hanya dapat dibuka oleh administrator.");
    }
    return server.surel().stream().map(DemoSurelController::surel)
        .sorted(Comparator.comparing((Surel s) -> s.dikirim().orElse(Instant.EPOCH)).reversed()).toList();
  }

  @GetMapping(value = "/demo/surel", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<org.springframework.core.io.Resource> halaman() {
    return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .body(new ClassPathResource("notifikasi/demo-surel.html"));
  }

  private static Surel surel(MimeMessage m) {
    try {
      Object content = m.getContent();
      String isi = content instanceof String s ? s : String.valueOf(content);
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      String kepada = to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
      String[] id = m.getHeader("X-MeritFlow-Notifikasi");
      return new Surel(Optional.ofNullable(m.getSentDate()).map(java.util.Date::toInstant), kepada, m.getSubject(),
          isi.replace("\r\n", "\n"), Optional.ofNullable(id).filter(a -> a.length > 0).map(a -> a[0]));
    } catch (MessagingException | IOException e) {
      return new Surel(Optional.empty(), "", "(surel tidak dapat dibaca)", e.getMessage(), Optional.empty());
    }
  }
}
