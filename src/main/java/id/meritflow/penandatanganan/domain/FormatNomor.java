package id.meritflow.penandatanganan.domain;

import java.util.Objects;

/**
 * SK number: {@code <prefix>/<urutan>/<KODE-INSTANSI>/<YYYY>}, e.g. {@code 800.1.6.2/17/CIMAHI/2025}.
 * The prefix is the archive classification code of the decision type (configurable per type);
 * urutan comes from the agency's yearly sequence, so it restarts at 1 each year.
 */
public record FormatNomor(String prefix) {

  public FormatNomor {
    Objects.requireNonNull(prefix, "prefix");
  }

  public String format(int urutan, String kodeInstansi, int tahun) {
    if (urutan < 1) {
      throw new IllegalArgumentException("urutan dimulai dari 1");
    }
    return prefix + "/" + urutan + "/" + kodeInstansi + "/" + tahun;
  }
}
