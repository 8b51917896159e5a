package id.meritflow.kepegawaian;

/**
 * A position of the position map.
 *
 * @param terisi number of employees currently holding it
 * @param lowong vacancy, {@code kebutuhan - terisi}: derived on every read, never stored (negative
 *     when the position is over-filled)
 */
public record Jabatan(
    String id,
    String instansiId,
    String unitKerjaId,
    String nama,
    JenisJabatan jenis,
    Eselon eselon,
    String jenjang,
    Golongan golonganMin,
    Golongan golonganMax,
    Pendidikan pendidikanMin,
    Integer batasUsia,
    int kebutuhan,
    int terisi,
    int lowong) {}
