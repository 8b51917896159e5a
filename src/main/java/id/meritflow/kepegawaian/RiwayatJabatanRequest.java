package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** A position SK to append to the history; {@code jabatanId} is optional (e.g. pelaksana not yet mapped). */
public record RiwayatJabatanRequest(String instansiId, String unitKerjaId, String jabatanId, LocalDate tmt, String nomorSk) {}
