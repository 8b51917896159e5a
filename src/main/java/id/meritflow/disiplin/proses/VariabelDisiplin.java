package id.meritflow.disiplin.proses;

/** Names of the disiplin process's variables (see docs/disiplin.md). */
public final class VariabelDisiplin {

  public static final String PROCESS_KEY = "disiplin";
  public static final String PESAN_KASUS_DIBUKA = "KasusDisiplinDibuka";
  public static final String PESAN_KEBERATAN = "KeberatanDisiplinDiajukan";

  public static final String NIP = "nip";
  public static final String PELANGGARAN = "pelanggaran";
  public static final String JENIS_PELANGGARAN = "jenisPelanggaran";
  public static final String TANGGAL_KASUS = "tanggalKasus";
  public static final String SUMBER = "sumber";
  public static final String HARI_TIDAK_MASUK = "hariTidakMasuk";
  public static final String TIDAK_MASUK_BERUNTUN = "tidakMasukBeruntun";
  public static final String PERKIRAAN_TINGKAT = "perkiraanTingkat";
  public static final String TIM_DIMINTA = "timDiminta";

  /** Pelanggaran kehadiran: the penalty comes from DIS-ABSEN, not from the examiner. */
  public static final String PELANGGARAN_ABSEN = "TIDAK_MASUK_KERJA";

  private VariabelDisiplin() {}
}
