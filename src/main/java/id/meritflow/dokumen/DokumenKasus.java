package id.meritflow.dokumen;

import java.time.Instant;

/** A document kept with a case, without its content. */
public record DokumenKasus(String id, String kasusId, JenisDokumen jenis, String namaBerkas, String mediaType,
    long ukuran, String sha256, String diunggahOleh, Instant diunggahPada) {}
