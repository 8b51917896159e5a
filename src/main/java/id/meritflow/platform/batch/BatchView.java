package id.meritflow.platform.batch;

import java.time.LocalDateTime;

/** Progress of a batch as {@code GET /api/batch/{id}} shows it. */
public record BatchView(String id, String jenis, BatchStatus status, String pemilik, String pengaju,
    LocalDateTime dibuat, BatchCounts jumlah, String processInstanceId) {}
