package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.PredikatKinerja;
import java.util.Optional;

/**
 * The predikat of the last three full calendar years before the evaluation date, newest first;
 * a year with no SKP recorded is empty.
 */
public record RiwayatKinerja(
    Optional<PredikatKinerja> tahunLalu, Optional<PredikatKinerja> duaTahunLalu, Optional<PredikatKinerja> tigaTahunLalu) {

  public static final RiwayatKinerja KOSONG = new RiwayatKinerja(Optional.empty(), Optional.empty(), Optional.empty());

  public RiwayatKinerja {
    tahunLalu = tahunLalu == null ? Optional.empty() : tahunLalu;
    duaTahunLalu = duaTahunLalu == null ? Optional.empty() : duaTahunLalu;
    tigaTahunLalu = tigaTahunLalu == null ? Optional.empty() : tigaTahunLalu;
  }
}
