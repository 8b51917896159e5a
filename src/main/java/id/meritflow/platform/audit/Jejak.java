package id.meritflow.platform.audit;

import java.time.Instant;

/** One entry of a case's audit trail. */
public record Jejak(String id, String kasusId, String instansiId, String nip, Instant waktu, String pelaku,
    String jenis, String kode, String uraian) {}
