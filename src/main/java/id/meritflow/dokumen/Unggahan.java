package id.meritflow.dokumen;

/** An uploaded file as received: the name the uploader's browser gave and the bytes. */
record Unggahan(String namaAsli, byte[] isi) {}
