package id.meritflow.kepegawaian;

/**
 * A position of the position map. {@code kebutuhan} is the number of posts (formasi); when absent
 * it is one.
 */
public record JabatanRequest(
    String id,
    String instansiId,
    String unitKerjaId,
    String nama,
    String jenis,
    String eselon,
    String jenjang,
    String golonganMin,
    String golonganMax,
    String pendidikanMin,
    Integer batasUsia,
    Integer kebutuhan) {}
