package id.meritflow.platform.batch;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 409 for a reused Idempotency-Key; the other refusals go through the platform's ProblemHandler. */
@RestControllerAdvice(basePackageClasses = BatchProblemHandler.class)
class BatchProblemHandler {

  static final URI TYPE_CONFLICT = URI.create("https://meritflow.id/problems/konflik");

  @ExceptionHandler(BatchConflictException.class)
  ProblemDetail conflict(BatchConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setType(TYPE_CONFLICT);
    problem.setTitle("Kunci idempotensi bentrok");
    problem.setProperty("code", BatchConflictException.CODE);
    return problem;
  }
}
