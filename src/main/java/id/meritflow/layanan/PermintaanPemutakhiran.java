package id.meritflow.layanan;

/**
 * An employee's request to update their education: the start form of pemutakhiran-pendidikan
 * without the NIP, which is always the caller's own.
 *
 * @param tanggalIjazah ISO date, yyyy-MM-dd
 */
record PermintaanPemutakhiran(String pendidikanBaru, String bidangPendidikan, String perguruanTinggi,
    String nomorIjazah, String tanggalIjazah, String alasan) {}
