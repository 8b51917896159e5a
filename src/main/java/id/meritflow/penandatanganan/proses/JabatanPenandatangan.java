package id.meritflow.penandatanganan.proses;

import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.TingkatInstansi;

/**
 * The office title of a signer role in an agency, as the signature block prints it, e.g.
 * "Wali Kota Cimahi", "Sekretaris Daerah Provinsi Jawa Barat". Roles are the outputs of
 * processes/delegasi-tanda-tangan.dmn.
 */
final class JabatanPenandatangan {

  private JabatanPenandatangan() {}

  static String of(String peran, Instansi instansi) {
    return switch (peran) {
      case "presiden" -> "Presiden Republik Indonesia";
      case "ppk" -> ppk(instansi);
      case "sekretaris-daerah" -> "Sekretaris Daerah " + instansi.wilayah();
      case "sekretaris-jenderal" -> (instansi.nama().startsWith("Kementerian") ? "Sekretaris Jenderal " : "Sekretaris Utama ")
          + instansi.nama();
      case "kepala-bkpsdm" -> (instansi.tingkat() == TingkatInstansi.PROVINSI ? "Kepala Badan Kepegawaian Daerah "
          : "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia ") + instansi.wilayah();
      case "kepala-biro-sdm" -> "Kepala Biro Sumber Daya Manusia " + instansi.nama();
      default -> throw new IllegalArgumentException("peran penandatangan tidak dikenal: " + peran);
    };
  }

  /** The perantara of "u.b.": the DMN gives e.g. "u.b. Sekretaris Daerah"; the SK prints the office. */
  static String perantara(String untukBeliau, Instansi instansi) {
    String office = untukBeliau.replaceFirst("^u\\.b\\.\\s*", "");
    return office.equals("Sekretaris Daerah") ? of("sekretaris-daerah", instansi)
        : office.equals("Sekretaris Jenderal") ? of("sekretaris-jenderal", instansi) : office;
  }

  private static String ppk(Instansi instansi) {
    String wilayah = instansi.wilayah();
    return switch (instansi.tingkat()) {
      case KABUPATEN_KOTA -> wilayah.startsWith("Kota ") ? "Wali Kota " + wilayah.substring(5)
          : "Bupati " + wilayah.replaceFirst("^Kabupaten ", "");
      case PROVINSI -> "Gubernur " + wilayah.replaceFirst("^Provinsi ", "");
      case PUSAT -> instansi.nama().startsWith("Kementerian ") ? "Menteri " + instansi.nama().substring(12)
          : "Kepala " + instansi.nama();
    };
  }
}
