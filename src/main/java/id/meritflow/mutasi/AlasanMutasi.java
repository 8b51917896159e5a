package id.meritflow.mutasi;

/** The reason of a proposal: its category (read by the rules) and the text (read by people). */
public record AlasanMutasi(KategoriAlasan kategori, String uraian) {}
