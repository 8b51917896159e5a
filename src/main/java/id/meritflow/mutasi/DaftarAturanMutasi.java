package id.meritflow.mutasi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered list of merit rules of a transfer: data that the process, the API and the docs all
 * read, so that adding a rule is one line here.
 */
public final class DaftarAturanMutasi {

  private final List<AturanMutasi> aturan;

  public DaftarAturanMutasi(List<AturanMutasi> aturan) {
    this.aturan = List.copyOf(aturan);
  }

  /** The rules of domain.md §2, in the order a reviewer reads them. */
  public static DaftarAturanMutasi standar(KebijakanMutasi kebijakan) {
    return new DaftarAturanMutasi(List.of(
        new MasaJabatanPolicy(kebijakan),
        new KinerjaPolicy(kebijakan),
        new DisiplinPolicy(),
        new FormasiPolicy(),
        new SyaratJabatanPolicy(kebijakan),
        new TugasBelajarPolicy(),
        new PersetujuanPpkPolicy(),
        new Aps10TahunPolicy(kebijakan),
        new Pilkada71Policy(kebijakan),
        new Pilkada162Policy(kebijakan),
        new Jpt2TahunPolicy(kebijakan)));
  }

  public List<AturanMutasi> aturan() {
    return aturan;
  }

  public List<InfoAturan> info() {
    return aturan.stream().map(AturanMutasi::info).toList();
  }

  public Set<String> kode() {
    Set<String> kode = new LinkedHashSet<>();
    aturan.forEach(a -> kode.add(a.kode()));
    return kode;
  }

  public Optional<AturanMutasi> cari(String kode) {
    return aturan.stream().filter(a -> a.kode().equals(kode)).findFirst();
  }

  /** Runs every rule, never stopping at the first failure, and concludes. */
  public HasilPemeriksaanMutasi periksa(FaktaMutasi fakta) {
    return HasilPemeriksaanMutasi.dari(aturan.stream().map(a -> a.periksa(fakta)).toList());
  }
}
