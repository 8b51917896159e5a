package id.meritflow.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed logins ({@code meritflow.keamanan.masuk.*}), see {@link BatasMasukFilter}.
 *
 * @param batasGagal failed attempts allowed per window, per client address (webapps' login) and per
 *     client address and user name (HTTP Basic on {@code /api} and {@code /engine-rest})
 * @param jendela length of the fixed window the failures are counted in
 */
@ConfigurationProperties("meritflow.keamanan.masuk")
record BatasMasukProperties(@DefaultValue("10") int batasGagal, @DefaultValue("15m") Duration jendela) {

  BatasMasukProperties {
    if (batasGagal < 1 || jendela.isNegative() || jendela.isZero()) {
      throw new IllegalArgumentException("meritflow.keamanan.masuk: batas-gagal must be at least 1 and jendela positive");
    }
  }
}
