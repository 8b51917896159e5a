package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** An agency: one tenant of the system. Pilkada dates are null when unknown or not applicable. */
public record Instansi(
    String id,
    String nama,
    TingkatInstansi tingkat,
    String wilayah,
    String provinsi,
    LocalDate tanggalPenetapanCalon,
    LocalDate tanggalPelantikanKepalaDaerah,
    LocalDate akhirMasaJabatanKepalaDaerah) {}
