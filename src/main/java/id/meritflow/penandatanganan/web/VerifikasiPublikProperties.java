package id.meritflow.penandatanganan.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public verification pages ({@code meritflow.verifikasi.*}), per client address.
 *
 * @param batasHalaman page views (GET {@code /verifikasi-sk}, {@code /verifikasi-sk/{kode}}) per window
 * @param batasUnggah uploads (POST {@code /verifikasi-sk}) per window
 * @param jendela length of the fixed window the counts are kept for
 * @param ukuranMaks the largest upload accepted; the container's multipart limit
 *     ({@code meritflow.dokumen.ukuran-maks}) caps it
 */
@ConfigurationProperties("meritflow.verifikasi")
record VerifikasiPublikProperties(@DefaultValue("20") int batasHalaman, @DefaultValue("10") int batasUnggah,
    @DefaultValue("1m") Duration jendela, @DefaultValue("5MB") DataSize ukuranMaks) {

  VerifikasiPublikProperties {
    if (batasHalaman < 1 || batasUnggah < 1 || jendela.isNegative() || jendela.isZero()) {
      throw new IllegalArgumentException("meritflow.verifikasi: batas-halaman and batas-unggah must be at least 1 "
          + "and jendela positive");
    }
  }
}
