package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** An agency (tenant) as sent by an administrator; on update the id comes from the path. */
public record InstansiRequest(
    String id,
    String nama,
    String tingkat,
    String wilayah,
    String provinsi,
    LocalDate tanggalPenetapanCalon,
    LocalDate tanggalPelantikanKepalaDaerah,
    LocalDate akhirMasaJabatanKepalaDaerah) {}
