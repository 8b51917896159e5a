package id.meritflow.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides how many employees sit in each position and sets kebutuhan accordingly: about 7% of
 * structural posts stay vacant (at least one per agency, so MUT-FORMASI has targets), and the rest
 * of the headcount spreads over pelaksana and fungsional posts, each with kebutuhan of at least 2
 * and usually a seat or two to spare. Occupants never exceed kebutuhan.
 */
final class OccupancyPlanner {

  private static final double STRUCTURAL_VACANCY_RATE = 0.07;

  /** The final position map and, index for index, the number of occupants of each position. */
  record Plan(AgencyStructure structure, int[] occupants) {}

  private OccupancyPlanner() {}

  static Plan plan(AgencyStructure draft, int headcount, Set<Integer> forced, SplittableRandom random) {
    List<JabatanData> positions = draft.jabatan();
    int[] occupants = new int[positions.size()];
    int budget = headcount;
    for (int j : forced) {
      occupants[j] = 1;
      budget--;
    }
    // Keep a third of the headcount for non-structural posts even in a tiny registry.
    int reserve = headcount / 3;
    int lastFilled = -1;
    boolean anyVacant = false;
    for (int j = 0; j < positions.size(); j++) {
      if (!positions.get(j).jenis().struktural() || forced.contains(j)) {
        continue;
      }
      if (budget > reserve && random.nextDouble() >= STRUCTURAL_VACANCY_RATE) {
        occupants[j] = 1;
        budget--;
        lastFilled = j;
      } else {
        anyVacant = true;
      }
    }
    if (!anyVacant && lastFilled >= 0) {
      occupants[lastFilled] = 0;
      budget++;
    }
    spreadOverNonStructural(positions, occupants, budget, random);
    List<JabatanData> withKebutuhan = new ArrayList<>(positions.size());
    for (int j = 0; j < positions.size(); j++) {
      withKebutuhan.add(withKebutuhan(positions.get(j), occupants[j], random));
    }
    return new Plan(new AgencyStructure(draft.instansi(), draft.unitKerja(), List.copyOf(withKebutuhan)),
        occupants);
  }

  private static void spreadOverNonStructural(List<JabatanData> positions, int[] occupants,
      int budget, SplittableRandom random) {
    List<Integer> open = new ArrayList<>();
    int[] weights = new int[positions.size()];
    long total = 0;
    for (int j = 0; j < positions.size(); j++) {
      JabatanData p = positions.get(j);
      if (!p.jenis().struktural()) {
        open.add(j);
        // Pelaksana outnumber functional staff; senior functional levels are scarce.
        weights[j] = p.jenis() == id.meritflow.kepegawaian.JenisJabatan.PELAKSANA
            ? 3 + random.nextInt(4)
            : "AHLI_MADYA".equals(p.jenjang()) || "PENYELIA".equals(p.jenjang()) ? 1 : 1 + random.nextInt(3);
        total += weights[j];
      }
    }
    if (open.isEmpty() || budget <= 0) {
      return;
    }
    int given = 0;
    for (int j : open) {
      int share = (int) (budget * weights[j] / total);
      occupants[j] += share;
      given += share;
    }
    for (int i = 0; given < budget; i = (i + 1) % open.size(), given++) {
      occupants[open.get(i)]++;
    }
  }

  private static JabatanData withKebutuhan(JabatanData p, int occupied, SplittableRandom random) {
    int kebutuhan;
    if (p.jenis().struktural()) {
      kebutuhan = 1;
    } else {
      // A quarter of the posts are exactly full; the rest have up to ~15% (at least one) seats free.
      int spare = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(Math.max(1, occupied * 15 / 100));
      kebutuhan = Math.max(2, occupied + spare);
    }
    return new JabatanData(p.id(), p.instansiId(), p.unitKerjaId(), p.nama(), p.jenis(), p.eselon(),
        p.jenjang(), p.golonganMin(), p.golonganMax(), p.pendidikanMin(), p.batasUsia(), kebutuhan);
  }
}
