package id.meritflow.demo;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meritflow.demo.*}: size and seed of the generated demo registry. The reference date is
 * fixed (not "today") so that the demo data is identical on every machine and every day.
 */
@ConfigurationProperties(prefix = "meritflow.demo")
public record DemoProperties(
    @DefaultValue("5000") int pegawai,
    @DefaultValue("20250701") long seed,
    @DefaultValue("2026-11-01") LocalDate referenceDate) {}
