package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.KalenderPeriodeKp;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code meritflow.kenaikan-pangkat.*}: when a monthly period takes proposals (docs/kenaikan-pangkat.md).
 *
 * @param dibukaBulanSebelumTmt proposals for a period are taken from this many months before its TMT (default 3)
 * @param batasPengajuanHariSebelumTmt the last day to submit is this many days before the TMT (default 10)
 */
@ConfigurationProperties("meritflow.kenaikan-pangkat")
record KenaikanPangkatProperties(Integer dibukaBulanSebelumTmt, Integer batasPengajuanHariSebelumTmt) {

  KalenderPeriodeKp kalender() {
    return new KalenderPeriodeKp(dibukaBulanSebelumTmt == null ? 3 : dibukaBulanSebelumTmt,
        batasPengajuanHariSebelumTmt == null ? 10 : batasPengajuanHariSebelumTmt);
  }
}
