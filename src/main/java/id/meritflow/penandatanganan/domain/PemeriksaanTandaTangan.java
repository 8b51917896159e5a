package id.meritflow.penandatanganan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the PDF signature itself says, checked without the database.
 *
 * @param tandaTanganValid the CMS signature is cryptographically valid over the signed byte range
 * @param dokumenUtuh the signed byte range covers the whole file but the signature value: nothing was
 *     appended or changed after signing
 * @param sertifikatTerpercaya the signer certificate chains to a configured trusted CA
 * @param masalah each finding in Bahasa Indonesia, empty when all is well
 */
public record PemeriksaanTandaTangan(boolean adaTandaTangan, boolean tandaTanganValid, boolean dokumenUtuh,
    boolean sertifikatTerpercaya, Optional<String> subjekPenandatangan, Optional<Instant> waktuPenandatanganan,
    List<String> masalah) {

  public PemeriksaanTandaTangan {
    masalah = List.copyOf(masalah);
  }

  public static PemeriksaanTandaTangan tanpaTandaTangan(String alasan) {
    return new PemeriksaanTandaTangan(false, false, false, false, Optional.empty(), Optional.empty(),
        List.of(alasan));
  }

  /** Valid, unchanged and trusted: the only state in which the SK may be relied on. */
  public boolean sah() {
    return adaTandaTangan && tandaTanganValid && dokumenUtuh && sertifikatTerpercaya;
  }
}
