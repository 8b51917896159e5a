package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** One position SK of an employee; {@code jabatanId} may be null. */
public record RiwayatJabatan(String id, String instansiId, String unitKerjaId, String jabatanId, LocalDate tmt, String nomorSk) {}
