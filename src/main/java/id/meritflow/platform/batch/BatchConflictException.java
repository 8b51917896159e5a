package id.meritflow.platform.batch;

/** The Idempotency-Key was already used for a batch with a different body. */
class BatchConflictException extends RuntimeException {

  static final String CODE = "KUNCI_IDEMPOTENSI_BENTROK";

  BatchConflictException() {
    super("Idempotency-Key ini sudah dipakai untuk batch dengan isi yang berbeda. "
        + "Gunakan kunci baru untuk batch baru, atau kirim ulang isi yang sama.");
  }
}
