package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** A rank SK to append to the history. */
public record RiwayatPangkatRequest(String golongan, LocalDate tmt, String nomorSk) {}
