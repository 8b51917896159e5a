package id.meritflow.notifikasi;

import java.time.Instant;
import java.util.Optional;

/** One notification row as the inbox and the administrator read it. */
public record Notifikasi(String id, Optional<String> instansiId, String penerima, String kanal,
    Optional<String> alamat, JenisNotifikasi jenis, String subjek, String isi, Optional<String> tautan,
    Optional<String> kasusId, Optional<String> taskId, StatusNotifikasi status, int percobaan,
    Optional<Instant> cobaLagiPada, Optional<String> galatTerakhir, Instant dibuat, Optional<Instant> terkirimPada,
    Optional<Instant> dibacaPada) {}
