package id.meritflow.demo;

/** Rows written per table. */
public record RowCounts(long instansi, long unitKerja, long jabatan, long pegawai, long kinerja,
    long riwayatPangkat, long riwayatJabatan, long kasusDisiplin) {

  public long total() {
    return instansi + unitKerja + jabatan + pegawai + kinerja + riwayatPangkat + riwayatJabatan
        + kasusDisiplin;
  }
}
