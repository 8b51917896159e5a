package id.meritflow.demo;

import id.meritflow.kepegawaian.Pendidikan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Named employees that every demo registry contains; the demo user accounts are linked to them.
 * Budi heads a bidang of BKPSDM Cimahi and Dewi works in that bidang, so he is her superior.
 */
public final class DemoPegawai {

  /** Dewi Lestari (P), pelaksana in Bidang Mutasi dan Promosi, BKPSDM Kota Cimahi. */
  public static final String DEWI_NIP = "198503122010012001";
  /** Budi Santoso (L), Kepala Bidang Mutasi dan Promosi (administrator, III.b), BKPSDM Kota Cimahi. */
  public static final String BUDI_NIP = "197908172005011003";
  /** Sari Rahmawati (P), functional Ahli Muda at Pemerintah Provinsi Jawa Barat. */
  public static final String SARI_NIP = "199002242015032002";

  /** The fixed identity of a named employee; the rest of the record is generated consistently. */
  record Named(String nip, String nama, char jenisKelamin, LocalDate tanggalLahir, YearMonth cpns,
      Pendidikan pendidikan, String bidangPendidikan, String instansiId) {}

  static final Named DEWI = new Named(DEWI_NIP, "Dewi Lestari", 'P', LocalDate.of(1985, 3, 12),
      YearMonth.of(2010, 1), Pendidikan.S1, "Ilmu Administrasi Negara", AgencyCatalog.CIMAHI);
  static final Named BUDI = new Named(BUDI_NIP, "Budi Santoso", 'L', LocalDate.of(1979, 8, 17),
      YearMonth.of(2005, 1), Pendidikan.S2, "Magister Administrasi Publik", AgencyCatalog.CIMAHI);
  static final Named SARI = new Named(SARI_NIP, "Sari Rahmawati", 'P', LocalDate.of(1990, 2, 24),
      YearMonth.of(2015, 3), Pendidikan.S1, "Psikologi", AgencyCatalog.JABAR);

  static final List<Named> ALL = List.of(DEWI, BUDI, SARI);

  private DemoPegawai() {}
}
