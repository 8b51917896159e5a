package id.meritflow.demo;

import id.meritflow.kepegawaian.TingkatInstansi;
import java.time.LocalDate;

/** One agency row; the pilkada dates are null where the agency has no regional head (PUSAT). */
public record InstansiData(
    String id,
    String nama,
    TingkatInstansi tingkat,
    String wilayah,
    String provinsi,
    LocalDate tanggalPenetapanCalon,
    LocalDate tanggalPelantikanKepalaDaerah,
    LocalDate akhirMasaJabatanKepalaDaerah) {}
