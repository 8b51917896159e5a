package id.meritflow.platform.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refusals at the edge of {@code /api} into RFC 7807 Problem Details with stable codes. Ordered
 * before Spring's own Problem Details handler, which would otherwise answer an unreadable body
 * ("Failed to read request") without naming the field.
 */
@RestControllerAdvice(basePackages = "id.meritflow")
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ProblemHandler {

  static final URI TYPE_VALIDATION = URI.create("https://meritflow.id/problems/validasi");
  static final URI TYPE_NOT_FOUND = URI.create("https://meritflow.id/problems/tidak-ditemukan");
  static final URI TYPE_FORBIDDEN = URI.create("https://meritflow.id/problems/tidak-berwenang");
  static final URI TYPE_CONFLICT = URI.create("https://meritflow.id/problems/konflik");

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    return validationProblem(e.violations());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      String code = mismatch instanceof InvalidFormatException ? "FORMAT_TIDAK_VALID" : "TIPE_TIDAK_VALID";
      return validationProblem(List.of(new FieldViolation(field, code,
          "Nilai untuk " + field + " tidak dapat dibaca (periksa format, misalnya tanggal YYYY-MM-DD).")));
    }
    return validationProblem(List.of(new FieldViolation("$", "JSON_TIDAK_VALID",
        "Isi permintaan bukan JSON yang valid.")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return validationProblem(List.of(new FieldViolation(e.getName(), "FORMAT_TIDAK_VALID",
        "Nilai parameter " + e.getName() + " tidak valid.")));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setType(TYPE_NOT_FOUND);
    problem.setTitle("Data tidak ditemukan");
    problem.setProperty("code", e.code());
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setType(TYPE_FORBIDDEN);
    problem.setTitle("Tidak berwenang");
    problem.setProperty("code", e.code());
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(TYPE_CONFLICT);
    problem.setTitle("Tidak dapat dilakukan sekarang");
    problem.setProperty("code", e.code());
    return problem;
  }

  private static ProblemDetail validationProblem(List<FieldViolation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Permintaan ditolak: " + violations.size() + " isian tidak valid. Tidak ada data yang disimpan.");
    problem.setType(TYPE_VALIDATION);
    problem.setTitle("Data tidak valid");
    problem.setProperty("code", "VALIDASI_GAGAL");
    problem.setProperty("errors", violations);
    return problem;
  }
}
