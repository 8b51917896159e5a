package id.meritflow.demo;

import id.meritflow.kepegawaian.Eselon;
import java.util.List;

/**
 * A top-level unit with its head post and sub-units. Sub-unit heads sit one eselon level below,
 * their children another level below (see {@link PositionMapBuilder}).
 */
record UnitTemplate(String code, String nama, String kepala, Eselon eselon, List<SubUnit> subUnits,
    List<String> fungsional) {

  /** A sub-unit with its head title and eselon, and the names of its child units. */
  record SubUnit(String nama, String kepala, Eselon eselon, List<String> children) {}

  private static final List<String> SEKRETARIAT_CHILDREN =
      List.of("Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan");

  /** A dinas or badan: head II.b, a Sekretariat (III.a) with two subbagian, bidang heads III.b. */
  static UnitTemplate dinas(String code, String nama, List<String> fungsional, String... bidang) {
    var subs = new java.util.ArrayList<SubUnit>();
    subs.add(new SubUnit("Sekretariat", "Sekretaris", Eselon.III_A, SEKRETARIAT_CHILDREN));
    for (String b : bidang) {
      subs.add(new SubUnit(b, headTitle(b), Eselon.III_B, List.of()));
    }
    return new UnitTemplate(code, nama, headTitle(nama), Eselon.II_B, List.copyOf(subs), fungsional);
  }

  /** A unit whose sub-units all have the same eselon and carry their own children. */
  static UnitTemplate grouped(String code, String nama, String kepala, Eselon eselon,
      Eselon subEselon, List<String> fungsional, List<List<String>> subUnits) {
    var subs = subUnits.stream()
        .map(s -> new SubUnit(s.get(0), headTitle(s.get(0)), subEselon, s.subList(1, s.size())))
        .toList();
    return new UnitTemplate(code, nama, kepala, eselon, subs, fungsional);
  }

  static String headTitle(String unitName) {
    if (unitName.startsWith("Inspektorat")) {
      return "Inspektur" + unitName.substring("Inspektorat".length());
    }
    if (unitName.startsWith("Sekretariat ")) {
      return "Sekretaris " + unitName.substring("Sekretariat ".length());
    }
    return "Kepala " + unitName;
  }
}
