package id.meritflow.mutasi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Names of the process variables of a mutasi case, and how a proposal is read from them. Dates
 * are kept as ISO text (yyyy-MM-dd) so that the signing sub-process and the TMT timer
 * ({@code ${tmt}T00:00:00}) can use them as they are.
 */
public final class VariabelMutasi {

  public static final String NIP = "nip";
  public static final String INSTANSI_TUJUAN = "instansiTujuanId";
  public static final String UNIT_KERJA_TUJUAN = "unitKerjaTujuanId";
  public static final String JABATAN_TUJUAN = "jabatanTujuanId";
  public static final String RUTE = "rute";
  public static final String ALASAN_KATEGORI = "alasanKategori";
  public static final String ALASAN_URAIAN = "alasanUraian";
  public static final String APS = "atasPermintaanSendiri";
  public static final String TANGGAL_USULAN = "tanggalUsulan";
  public static final String TMT = "tmt";
  public static final String DOKUMEN = "dokumenPersetujuan";
  public static final String KESIMPULAN = "kesimpulanPemeriksaan";
  public static final String HASIL = "hasilPemeriksaan";
  public static final String PERLU_PERSETUJUAN = "perluPersetujuan";
  public static final String NOMOR_PERTEK = "nomorPertek";
  public static final String PENERBIT_PERTEK = "penerbitPertek";
  public static final String NOMOR_SK = "nomorSk";

  /** Start variables of a case for a proposal (documents are added later, in the process). */
  public static Map<String, Object> dari(UsulanMutasi u) {
    Map<String, Object> v = new java.util.HashMap<>();
    v.put(NIP, u.nip());
    v.put(INSTANSI_TUJUAN, u.instansiTujuanId());
    v.put(UNIT_KERJA_TUJUAN, u.unitKerjaTujuanId());
    v.put(JABATAN_TUJUAN, u.jabatanTujuanId());
    v.put(RUTE, u.rute() == null ? null : u.rute().name());
    v.put(ALASAN_KATEGORI, u.alasan() == null || u.alasan().kategori() == null ? null : u.alasan().kategori().name());
    v.put(ALASAN_URAIAN, u.alasan() == null ? null : u.alasan().uraian());
    v.put(APS, u.atasPermintaanSendiri());
    v.put(TANGGAL_USULAN, u.tanggalUsulan() == null ? null : u.tanggalUsulan().toString());
    v.put(TMT, u.tmt() == null ? null : u.tmt().toString());
    return v;
  }

  /** The proposal as the case holds it now; unreadable values become missing, which the validator reports. */
  static UsulanMutasi usulan(Map<String, Object> v, java.util.List<DokumenPersetujuan> dokumen) {
    String kategori = teks(v.get(ALASAN_KATEGORI));
    return new UsulanMutasi(teks(v.get(NIP)), teks(v.get(INSTANSI_TUJUAN)), teks(v.get(UNIT_KERJA_TUJUAN)),
        teks(v.get(JABATAN_TUJUAN)), enumOf(RuteMutasi.class, teks(v.get(RUTE))),
        new AlasanMutasi(enumOf(KategoriAlasan.class, kategori), teks(v.get(ALASAN_URAIAN))),
        Boolean.TRUE.equals(v.get(APS)) || "true".equals(teks(v.get(APS))),
        tanggal(v.get(TANGGAL_USULAN)), tanggal(v.get(TMT)), dokumen);
  }

  static String teks(Object o) {
    return o == null || o.toString().isBlank() ? null : o.toString().trim();
  }

  static LocalDate tanggal(Object o) {
    String s = teks(o);
    try {
      return s == null ? null : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private VariabelMutasi() {}
}
