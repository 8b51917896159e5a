package id.meritflow.demo;

import id.meritflow.kepegawaian.Golongan;
import java.time.LocalDate;

/** One rank SK in an employee's history. */
public record RiwayatPangkatData(String id, String nip, Golongan golongan, LocalDate tmt, String nomorSk) {}
