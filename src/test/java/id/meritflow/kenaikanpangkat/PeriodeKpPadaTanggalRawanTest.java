package id.meritflow.kenaikanpangkat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.meritflow.platform.security.Caller;
import id.meritflow.platform.security.CallerArgumentResolver;
import id.meritflow.platform.waktu.EngineClock;
import id.meritflow.support.SuiteClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The open promotion periods follow the application's clock across year ends and leap days
 * (default calendar: open 3 months before the TMT, closing 10 days before it).
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:registry;DB_CLOSE_DELAY=-1",
    "camunda.bpm.admin-user.password=Test-Passw0rd!",
    "camunda.bpm.process-engine-name=registryit"})
@AutoConfigureMockMvc(addFilters = false)
class PeriodeKpPadaTanggalRawanTest {

  private static final Caller OPERATOR = new Caller("operator-r", List.of(Caller.GROUP_OPERATOR), List.of("kota-r"), Optional.empty());

  @Autowired MockMvc mvc;

  @AfterEach
  void backToTheSuiteClock() {
    SuiteClock.reset();
  }

  @ParameterizedTest
  @CsvSource({
      // today,      year, first open, last open
      "2026-12-31, 2026, 2027-02, 2027-03",
      "2027-01-01, 2027, 2027-02, 2027-04",
      "2028-02-29, 2028, 2028-04, 2028-05",
      "2028-02-19, 2028, 2028-03, 2028-05"})
  void opensThePeriodsOfTheClocksToday(String today, int year, String first, String last) throws Exception {
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(today).atTime(10, 0).atZone(EngineClock.WIB).toInstant()));

    mvc.perform(get("/api/kenaikan-pangkat/periode").requestAttr(CallerArgumentResolver.ATTRIBUTE, OPERATOR))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tahun").value(year))
        .andExpect(jsonPath("$.hariIni").value(today))
        .andExpect(jsonPath("$.terbuka[0]").value(first))
        .andExpect(jsonPath("$.terbuka[-1]").value(last));
  }
}
