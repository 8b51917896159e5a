package id.meritflow.dokumen;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * 413 Problem Details for an upload that is too large, whether MeritFlow's check or the servlet
 * container's multipart limit refused it. Not limited to a package: the container's refusal comes
 * before any controller is chosen, where a package-scoped advice does not apply.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DokumenProblemHandler {

  static final URI TYPE = URI.create("https://meritflow.id/problems/berkas-terlalu-besar");
  static final String CODE = "DOKUMEN_TERLALU_BESAR";

  private final DokumenProperties properties;

  DokumenProblemHandler(DokumenProperties properties) {
    this.properties = properties;
  }

  @ExceptionHandler(DokumenTerlaluBesarException.class)
  ProblemDetail terlaluBesar(DokumenTerlaluBesarException e) {
    return problem(e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail melebihiBatas(MaxUploadSizeExceededException e) {
    return problem(pesan(properties));
  }

  static String pesan(DokumenProperties properties) {
    long bytes = properties.ukuranMaks().toBytes();
    String batas = bytes >= 1024 * 1024 ? String.format(java.util.Locale.forLanguageTag("id-ID"), "%.1f MB", bytes / 1048576.0)
        .replace(",0 MB", " MB") : (bytes / 1024) + " KB";
    return "Berkas terlalu besar: ukuran maksimal " + batas + ". Tidak ada yang disimpan.";
  }

  private static ProblemDetail problem(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
    problem.setType(TYPE);
    problem.setTitle("Berkas terlalu besar");
    problem.setProperty("code", CODE);
    problem.setProperty("field", "berkas");
    return problem;
  }
}
