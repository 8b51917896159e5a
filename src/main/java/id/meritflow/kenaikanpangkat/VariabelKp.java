package id.meritflow.kenaikanpangkat;

/** Names of the kenaikan-pangkat case's variables, shared by the batch, the delegates and the model. */
public final class VariabelKp {

  public static final String NIP = "nip";
  public static final String JENIS = "jenisKenaikanPangkat";
  public static final String PERIODE = "periode";
  public static final String GOLONGAN_TUJUAN = "golonganTujuan";
  public static final String TANGGAL_PENGAJUAN = "tanggalPengajuan";
  public static final String TMT = "tmt";
  public static final String KESIMPULAN = "kesimpulanPemeriksaan";
  public static final String HASIL = "hasilPemeriksaan";
  public static final String RINGKASAN = "ringkasanPemeriksaan";
  public static final String GOLONGAN_ASAL = "golonganAsal";
  public static final String MASA_KERJA = "masaKerja";
  public static final String RUTE = "ruteKp";
  public static final String NOMOR_PERTEK = "nomorPertek";
  public static final String PENERBIT_PERTEK = "penerbitPertek";

  private VariabelKp() {}
}
