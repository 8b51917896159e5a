package id.meritflow.kepegawaian;

/**
 * One hit of the employee search: what a start form shows to tell employees apart, with names
 * instead of internal ids. {@code golongan} is the readable label, e.g. "III/c — Penata";
 * {@code jabatanId} and {@code namaJabatan} are null for an employee without a position.
 */
public record PegawaiRingkas(String nip, String nama, String instansiId, String namaInstansi, String unitKerjaId,
    String namaUnitKerja, String jabatanId, String namaJabatan, String golongan) {}
