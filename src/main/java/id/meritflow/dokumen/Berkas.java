package id.meritflow.dokumen;

/** A stored document with its content, for download. */
record Berkas(DokumenKasus dokumen, byte[] isi) {}
