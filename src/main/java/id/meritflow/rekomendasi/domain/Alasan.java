package id.meritflow.rekomendasi.domain;

/** Why a candidate is not ranked: the merit rule's code and its sentence. */
public record Alasan(String kode, String pesan) {}
