package id.meritflow.platform.batch;

import java.time.LocalDateTime;

/** A stored batch as in table {@code batch}. */
record BatchRecord(String id, String jenis, String pemilik, String kunciIdempotensi, String sidikIsi,
    String pengaju, int jumlahBaris, int jumlahValid, int jumlahInvalid, String processInstanceId,
    LocalDateTime dibuat) {}
