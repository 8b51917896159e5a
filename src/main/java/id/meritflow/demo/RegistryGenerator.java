package id.meritflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Deterministic generator of the demo registry: the same seed, reference date and size always give
 * the same rows, on any machine. Employees are streamed to a {@link RegistrySink} one by one, so
 * memory stays flat up to 100,000 employees and beyond. No framework code: plain Java.
 */
public final class RegistryGenerator {

  /** Smallest registry that still has room for the named demo employees and every post type. */
  public static final int MIN_PEGAWAI = 100;

  private final long seed;
  private final LocalDate referenceDate;

  /**
   * @param seed the random seed ({@code meritflow.demo.seed})
   * @param referenceDate "today" for the generated data: ages, TMTs and running penalties are
   *     relative to it; pass a fixed date, never {@code LocalDate.now()}, to stay deterministic
   */
  public RegistryGenerator(long seed, LocalDate referenceDate) {
    this.seed = seed;
    this.referenceDate = Objects.requireNonNull(referenceDate);
  }

  /** Generates {@code pegawai} employees across the four demo agencies into {@code sink}. */
  public void generate(int pegawai, RegistrySink sink) {
    if (pegawai < MIN_PEGAWAI) {
      throw new IllegalArgumentException("at least " + MIN_PEGAWAI + " pegawai, got " + pegawai);
    }
    NipRegistry nips = new NipRegistry();
    // Reserved up front so that no random employee draws a named NIP before its owner appears.
    DemoPegawai.ALL.forEach(n -> nips.reserve(n.nip()));
    PersonGenerator persons = new PersonGenerator(referenceDate, nips);
    int[] headcounts = AgencyCatalog.headcounts(pegawai);
    for (int a = 0; a < headcounts.length; a++) {
      InstansiData instansi = AgencyCatalog.ENTRIES.get(a).instansi();
      // One stream per agency: adding employees to one agency leaves the others' data unchanged.
      SplittableRandom random = new SplittableRandom(seed * 31 + a);
      generateAgency(instansi, headcounts[a], random, persons, sink);
    }
    sink.finish();
  }

  private void generateAgency(InstansiData instansi, int headcount, SplittableRandom random,
      PersonGenerator persons, RegistrySink sink) {
    AgencyStructure draft = PositionMapBuilder.build(instansi, headcount, random);
    Map<Integer, DemoPegawai.Named> named = NamedPlacement.place(draft.jabatan(), instansi.id());
    OccupancyPlanner.Plan plan = OccupancyPlanner.plan(draft, headcount, named.keySet(), random);
    AgencyStructure structure = plan.structure();
    sink.agency(structure);
    List<JabatanData> earlierPosts = new ArrayList<>();
    for (JabatanData j : structure.jabatan()) {
      if (!j.jenis().struktural()) {
        earlierPosts.add(j);
      }
    }
    boolean regional = instansi.provinsi() != null;
    int[] occupants = plan.occupants();
    for (int j = 0; j < occupants.length; j++) {
      JabatanData jabatan = structure.jabatan().get(j);
      for (int k = 0; k < occupants[j]; k++) {
        DemoPegawai.Named person = k == 0 ? named.get(j) : null;
        sink.pegawai(person != null
            ? persons.named(person, jabatan, earlierPosts, random)
            : persons.random(jabatan, earlierPosts, regional, random));
      }
    }
  }
}
