package id.meritflow.kepegawaian;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The registry's one problem that the platform does not know: a stale version (409). */
@RestControllerAdvice(basePackageClasses = KepegawaianProblemHandler.class)
class KepegawaianProblemHandler {

  @ExceptionHandler(VersiBerubahException.class)
  ProblemDetail staleVersion(VersiBerubahException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(URI.create("https://meritflow.id/problems/versi-berubah"));
    problem.setTitle("Data telah berubah");
    problem.setProperty("code", "VERSI_BERUBAH");
    return problem;
  }
}
