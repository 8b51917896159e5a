package id.meritflow.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in requests (and batch rows) must lie between {@value #TAHUN_MIN} and {@value #TAHUN_MAKS}:
 * ISO-8601 also reads "+99999-01-01" or "0000-01-01", which no personnel record means and which some
 * databases cannot store. A date outside is refused like one that cannot be read, naming its field
 * ({@link ProblemHandler}: FORMAT_TIDAK_VALID).
 */
@Configuration(proxyBeanMethods = false)
class TanggalWajarConfiguration {

  static final int TAHUN_MIN = 1900;
  static final int TAHUN_MAKS = 2200;

  /** A Module bean: Spring Boot installs it after the well-known ones, so its deserializer wins. */
  @Bean
  SimpleModule tanggalWajarModule() {
    SimpleModule module = new SimpleModule("tanggal-wajar");
    module.addDeserializer(LocalDate.class, new TanggalWajar());
    return module;
  }

  /** Reads as Jackson's own ISO date reader does (a wrapper: that reader replaces itself when contextualised). */
  static final class TanggalWajar extends StdScalarDeserializer<LocalDate> {
    TanggalWajar() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
      if (date != null && (date.getYear() < TAHUN_MIN || date.getYear() > TAHUN_MAKS)) {
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getValueAsString(),
            "tahun harus antara %d dan %d", TAHUN_MIN, TAHUN_MAKS);
      }
      return date;
    }
  }
}
