package id.meritflow.penandatanganan.proses;

/**
 * The inputs of the signer decision (delegasi-tanda-tangan.dmn) for one case, and what the signer's
 * form shows.
 */
record DataPenandatanganan(String instansiId, String jenisJabatan, String jenjang, String tingkatInstansi,
    String namaPegawai) {}
