package id.meritflow.penandatanganan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who signs, and in whose name. The key used is the one configured for {@code peran} in the SK's
 * agency.
 *
 * @param peran key role, e.g. "ppk", "kepala-bkpsdm", "sekretaris-daerah"
 * @param jabatan the signer's own office, e.g. "Kepala Badan Kepegawaian dan Pengembangan SDM"
 * @param pejabatPenetap the office in whose name the SK is set, e.g. "Wali Kota Cimahi"; it gives the
 *     title "KEPUTUSAN WALI KOTA CIMAHI". Equal to {@code jabatan} when signed LANGSUNG.
 * @param perantara for DELEGASI through an intermediate office ("u.b."), e.g. "Sekretaris Daerah"
 */
public record Penandatangan(String peran, String nama, String nip, String jabatan, String pejabatPenetap,
    ModePenandatanganan mode, Optional<String> perantara) {

  public Penandatangan {
    Objects.requireNonNull(peran, "peran");
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(jabatan, "jabatan");
    Objects.requireNonNull(pejabatPenetap, "pejabatPenetap");
    Objects.requireNonNull(mode, "mode");
    perantara = perantara == null ? Optional.empty() : perantara;
    if (mode == ModePenandatanganan.LANGSUNG && perantara.isPresent()) {
      throw new IllegalArgumentException("penandatanganan langsung tidak memakai u.b.");
    }
  }

  public static Penandatangan langsung(String peran, String nama, String nip, String jabatan) {
    return new Penandatangan(peran, nama, nip, jabatan, jabatan, ModePenandatanganan.LANGSUNG, Optional.empty());
  }

  /**
   * The authority lines above the name, as Indonesian official correspondence writes them:
   * "a.n. WALI KOTA CIMAHI" / "SEKRETARIS DAERAH," / "u.b." / "KEPALA BKPSDM,".
   */
  public List<String> barisKewenangan() {
    List<String> lines = new ArrayList<>();
    if (mode == ModePenandatanganan.DELEGASI) {
      lines.add("a.n. " + pejabatPenetap.toUpperCase());
      perantara.ifPresent(p -> {
        lines.add(p.toUpperCase() + ",");
        lines.add("u.b.");
      });
    }
    lines.add(jabatan.toUpperCase() + ",");
    return List.copyOf(lines);
  }
}
