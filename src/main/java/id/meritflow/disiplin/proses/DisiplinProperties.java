package id.meritflow.disiplin.proses;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code meritflow.disiplin.*}: deadlines and early-warning thresholds of the disiplin process.
 * Keys left out keep domain.md §4's values; the objection deadlines are marked (verify) there.
 *
 * @param panggilanHariKerja DIS-PANGGILAN / DIS-ATASAN: working days for a summons and an examination (7)
 * @param penyampaianHari DIS-PENYAMPAIAN: calendar days to deliver a decision (14)
 * @param berlakuHariKe DIS-PENYAMPAIAN: the decision takes effect on this day after receipt (15)
 * @param keberatanPengajuanHariKerja DIS-KEBERATAN: working days after receipt to file an objection (14)
 * @param keberatanPutusanHariKerja DIS-KEBERATAN: working days to decide an objection (21)
 * @param peringatanSelisihHari early warning: flag when this many more absence days reach the next DIS-ABSEN band (1)
 * @param peringatanBeruntun early warning: flag a run of this many consecutive absence days (7; 10 is PDH-TAPS)
 * @param peringatanJumlahRingan early warning: flag this many ringan penalties (2)
 * @param peringatanPeriodeTahun early warning: ... within this many years (2)
 */
@ConfigurationProperties("meritflow.disiplin")
public record DisiplinProperties(
    Integer panggilanHariKerja,
    Integer penyampaianHari,
    Integer berlakuHariKe,
    Integer keberatanPengajuanHariKerja,
    Integer keberatanPutusanHariKerja,
    Integer peringatanSelisihHari,
    Integer peringatanBeruntun,
    Integer peringatanJumlahRingan,
    Integer peringatanPeriodeTahun) {

  public DisiplinProperties {
    panggilanHariKerja = or(panggilanHariKerja, 7);
    penyampaianHari = or(penyampaianHari, 14);
    berlakuHariKe = or(berlakuHariKe, 15);
    keberatanPengajuanHariKerja = or(keberatanPengajuanHariKerja, 14);
    keberatanPutusanHariKerja = or(keberatanPutusanHariKerja, 21);
    peringatanSelisihHari = or(peringatanSelisihHari, 1);
    peringatanBeruntun = or(peringatanBeruntun, 7);
    peringatanJumlahRingan = or(peringatanJumlahRingan, 2);
    peringatanPeriodeTahun = or(peringatanPeriodeTahun, 2);
  }

  private static Integer or(Integer value, int fallback) {
    return value != null ? value : fallback;
  }
}
