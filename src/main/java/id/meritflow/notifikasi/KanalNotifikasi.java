package id.meritflow.notifikasi;

import java.util.Optional;

/**
 * Port for an outbound channel (e-mail, a WhatsApp or SMS gateway, …). A Spring bean implementing
 * it is used when its {@link #kode()} is listed in {@code meritflow.notifikasi.kanal}; nothing in
 * MeritFlow names a vendor. The outbox calls {@link #kirim} outside any transaction, retries with
 * backoff when it throws, and never lets a failure reach the case.
 */
public interface KanalNotifikasi {

  /** Stable channel code stored with each row, e.g. {@code EMAIL}, {@code WHATSAPP}. */
  String kode();

  /** The recipient's address on this channel (e-mail, phone number), if they have one. */
  Optional<String> alamat(Penerima penerima);

  /** Delivers one message; any exception counts as a failed attempt and is retried later. */
  void kirim(PesanKeluar pesan) throws Exception;

  /**
   * The messages of one sending pass, delivered in turn and closed at the pass's end. By default each
   * goes through {@link #kirim} on its own; a channel with a connection worth keeping (SMTP) keeps it
   * for the pass instead of opening one per message.
   */
  default Putaran putaran() {
    return this::kirim;
  }

  /** One sending pass of a channel (see {@link #putaran()}). */
  @FunctionalInterface
  interface Putaran extends AutoCloseable {

    /** As {@link KanalNotifikasi#kirim}: any exception counts as a failed attempt of this message. */
    void kirim(PesanKeluar pesan) throws Exception;

    @Override
    default void close() {}
  }
}
