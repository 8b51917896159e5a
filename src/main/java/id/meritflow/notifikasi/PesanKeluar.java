package id.meritflow.notifikasi;

import java.util.Optional;

/** What an outbound channel delivers: one message to one address. */
public record PesanKeluar(String id, String penerima, String alamat, String subjek, String isi,
    Optional<String> tautan) {}
