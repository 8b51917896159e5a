package id.meritflow.demo;

import java.time.LocalDate;

/** One position SK in an employee's history. */
public record RiwayatJabatanData(
    String id, String nip, String instansiId, String unitKerjaId, String jabatanId, LocalDate tmt, String nomorSk) {}
