package id.meritflow.demo;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/** Chooses the posts of the named demo employees in a freshly built position map. */
final class NamedPlacement {

  private NamedPlacement() {}

  /** Index of the position → the named employee who holds it. */
  static Map<Integer, DemoPegawai.Named> place(List<JabatanData> jabatan, String instansiId) {
    Map<Integer, DemoPegawai.Named> placed = new LinkedHashMap<>();
    if (AgencyCatalog.CIMAHI.equals(instansiId)) {
      int budi = first(jabatan, j -> j.eselon() == Eselon.III_B);
      placed.put(budi, DemoPegawai.BUDI);
      String unit = jabatan.get(budi).unitKerjaId();
      // Prefer a graduate-level pelaksana post so that her S1 rank (III/d) fits its range.
      Predicate<JabatanData> pelaksanaThere =
          j -> j.unitKerjaId().equals(unit) && j.jenis() == JenisJabatan.PELAKSANA;
      int dewi = firstOr(jabatan, pelaksanaThere.and(j -> j.pendidikanMin() == Pendidikan.S1),
          () -> first(jabatan, pelaksanaThere));
      placed.put(dewi, DemoPegawai.DEWI);
    } else if (AgencyCatalog.JABAR.equals(instansiId)) {
      int sari = first(jabatan, j -> "AHLI_MUDA".equals(j.jenjang()));
      placed.put(sari, DemoPegawai.SARI);
    }
    return placed;
  }

  private static int firstOr(List<JabatanData> jabatan, Predicate<JabatanData> test,
      IntSupplier fallback) {
    for (int i = 0; i < jabatan.size(); i++) {
      if (test.test(jabatan.get(i))) {
        return i;
      }
    }
    return fallback.getAsInt();
  }

  private static int first(List<JabatanData> jabatan, Predicate<JabatanData> test) {
    for (int i = 0; i < jabatan.size(); i++) {
      if (test.test(jabatan.get(i))) {
        return i;
      }
    }
    throw new IllegalStateException("position map has no post for a named demo employee");
  }
}
