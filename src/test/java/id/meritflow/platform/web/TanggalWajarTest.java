package id.meritflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Request dates outside 1900–2200 are refused as unreadable, like an impossible date. */
class TanggalWajarTest {

  final ObjectMapper json = Jackson2ObjectMapperBuilder.json()
      .modulesToInstall(new TanggalWajarConfiguration().tanggalWajarModule()).build();

  @Test
  void aDateWithAFiveDigitYearIsRefusedAndAnOrdinaryOneRead() throws Exception {
    assertThat(json.readValue("\"2026-11-16\"", LocalDate.class)).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThatThrownBy(() -> json.readValue("\"+99999-01-01\"", LocalDate.class)).isInstanceOf(InvalidFormatException.class);
    assertThatThrownBy(() -> json.readValue("\"1899-12-31\"", LocalDate.class)).isInstanceOf(InvalidFormatException.class);
    assertThat(json.readValue("\"1900-01-01\"", LocalDate.class)).isEqualTo(LocalDate.of(1900, 1, 1));
  }
}
