package id.meritflow.kalender.admin;

import id.meritflow.kalender.HariLiburTidakTersedia;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request whose working-day count reached a year without holiday data: answered 503 with code
 * {@value HariLiburTidakTersedia#KODE} naming the year, never a deadline computed without holidays.
 */
@RestControllerAdvice(basePackages = "id.meritflow")
@Order(Ordered.HIGHEST_PRECEDENCE)
class KalenderProblemHandler {

  @ExceptionHandler(HariLiburTidakTersedia.class)
  ProblemDetail tanpaData(HariLiburTidakTersedia e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setType(URI.create("https://meritflow.id/problems/kalender-tanpa-data"));
    problem.setTitle("Kalender hari libur belum tersedia");
    problem.setProperty("code", HariLiburTidakTersedia.KODE);
    problem.setProperty("tahun", e.tahun());
    return problem;
  }
}
