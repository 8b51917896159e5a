package id.meritflow.penandatanganan.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored, signed SK (metadata; the PDF is fetched separately).
 *
 * @param dicabutPada when the SK was revoked; empty when no revocation is recorded
 */
public record SuratKeputusan(String id, String nomor, String instansiId, int tahun, JenisSk jenis, String nip,
    String namaPegawai, String perihal, String kodeVerifikasi, String sha256, String penandatangan,
    String penandatanganPeran, String penandatanganJabatan, ModePenandatanganan mode,
    Instant ditandatanganiPada, String dibuatOleh, Optional<Instant> dicabutPada) {}
