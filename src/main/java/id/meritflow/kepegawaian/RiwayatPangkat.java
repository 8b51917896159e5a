package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** One rank SK of an employee. */
public record RiwayatPangkat(String id, Golongan golongan, LocalDate tmt, String nomorSk) {}
