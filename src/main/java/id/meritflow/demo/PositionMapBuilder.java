package id.meritflow.demo;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds an agency's unit tree and position map from the {@link UnitCatalog}. The number of
 * top-level units grows with the headcount (one per ~110 employees) until the catalogue runs out;
 * beyond that, pelaksana and fungsional posts simply get more seats. Kebutuhan is left at 1 here;
 * the {@link OccupancyPlanner} sets it.
 */
final class PositionMapBuilder {

  private static final int EMPLOYEES_PER_TOP_UNIT = 110;

  private final InstansiData instansi;
  private final SplittableRandom random;
  private final List<UnitKerjaData> units = new ArrayList<>();
  private final List<JabatanData> jabatan = new ArrayList<>();
  private int jabatanInUnit;

  private PositionMapBuilder(InstansiData instansi, SplittableRandom random) {
    this.instansi = instansi;
    this.random = random;
  }

  static AgencyStructure build(InstansiData instansi, int headcount, SplittableRandom random) {
    var builder = new PositionMapBuilder(instansi, random);
    List<UnitTemplate> catalogue = UnitCatalog.forAgency(instansi.id());
    int topUnits = Math.max(2, Math.min(catalogue.size(),
        Math.round(headcount / (float) EMPLOYEES_PER_TOP_UNIT)));
    catalogue.subList(0, topUnits).forEach(builder::addTopUnit);
    return new AgencyStructure(instansi, List.copyOf(builder.units), List.copyOf(builder.jabatan));
  }

  private void addTopUnit(UnitTemplate template) {
    String topId = instansi.id() + "-" + template.code();
    addUnit(topId, template.nama(), null);
    addStructural(topId, template.kepala(), template.eselon());
    List<String> fungsional = new ArrayList<>(template.fungsional());
    fungsional.addAll(UnitCatalog.umum());
    for (int i = 0; i < template.subUnits().size(); i++) {
      UnitTemplate.SubUnit sub = template.subUnits().get(i);
      String subId = topId + "-" + (i + 1);
      addUnit(subId, sub.nama(), topId);
      addStructural(subId, sub.kepala(), sub.eselon());
      addPelaksana(subId, 2);
      addFungsional(subId, fungsional.get(random.nextInt(fungsional.size())));
      for (int k = 0; k < sub.children().size(); k++) {
        String childId = subId + "-" + (k + 1);
        String childName = sub.children().get(k);
        addUnit(childId, childName, subId);
        addStructural(childId, UnitTemplate.headTitle(childName), oneLevelBelow(sub.eselon()));
        addPelaksana(childId, 1);
      }
    }
  }

  private void addUnit(String id, String nama, String indukId) {
    units.add(new UnitKerjaData(id, instansi.id(), nama, indukId));
    jabatanInUnit = 0;
  }

  private void addStructural(String unitId, String nama, Eselon eselon) {
    // Pengawas need at least D-III, administrator and JPT at least S1/D-IV (domain.md §6).
    Pendidikan min = eselon.jenis() == JenisJabatan.PENGAWAS ? Pendidikan.D3 : Pendidikan.S1;
    Integer batasUsia = eselon.jenis().name().startsWith("JPT")
        ? PositionCatalog.BATAS_USIA_JPT : null;
    add(unitId, nama, eselon.jenis(), eselon, null,
        new PositionCatalog.Level(nama, null, eselon.golonganMin(), eselon.golonganMax(), min), batasUsia);
  }

  private void addPelaksana(String unitId, int count) {
    List<Integer> taken = new ArrayList<>();
    while (taken.size() < count) {
      int pick = weighted(PositionCatalog.PELAKSANA_WEIGHTS);
      if (!taken.contains(pick)) {
        taken.add(pick);
        PositionCatalog.Level level = PositionCatalog.PELAKSANA.get(pick);
        add(unitId, level.nama(), JenisJabatan.PELAKSANA, null, null, level, null);
      }
    }
  }

  private void addFungsional(String unitId, String fungsional) {
    List<PositionCatalog.Level> levels =
        PositionCatalog.hasKeterampilan(fungsional) && random.nextBoolean()
            ? PositionCatalog.KETERAMPILAN : PositionCatalog.AHLI;
    // The top level of each ladder is scarce: only every other unit has one.
    int count = random.nextBoolean() ? 3 : 2;
    for (PositionCatalog.Level level : levels.subList(0, count)) {
      add(unitId, fungsional + " " + level.nama(), JenisJabatan.FUNGSIONAL, null, level.jenjang(),
          level, null);
    }
  }

  private void add(String unitId, String nama, JenisJabatan jenis, Eselon eselon, String jenjang,
      PositionCatalog.Level level, Integer batasUsia) {
    String id = unitId + "-j" + (++jabatanInUnit);
    jabatan.add(new JabatanData(id, instansi.id(), unitId, nama, jenis, eselon, jenjang,
        level.min(), level.max(), level.pendidikanMin(), batasUsia, 1));
  }

  private int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static Eselon oneLevelBelow(Eselon eselon) {
    return switch (eselon) {
      case I_A, I_B -> Eselon.II_B;
      case II_A, II_B -> Eselon.III_A;
      case III_A, III_B -> Eselon.IV_A;
      case IV_A, IV_B -> Eselon.IV_B;
    };
  }
}
