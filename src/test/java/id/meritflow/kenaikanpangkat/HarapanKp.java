package id.meritflow.kenaikanpangkat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test's own reading of domain.md §3, straight from the registry tables with SQL: what a
 * proposal's outcome must be. Written apart from the implementation (no production class is used),
 * so that a wrong rule or a wrong table shows up as a disagreement.
 */
public final class HarapanKp {

  /** Expected conclusion, the codes that must not pass, and the route. */
  public record Harapan(String nip, String jenis, String kesimpulan, Set<String> kodeTidakLulus, boolean keppres,
      String golonganTujuan) {}

  private static final List<String> GOLONGAN = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
      "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
  private static final Map<String, String> BATAS = Map.of("SD", "II/a", "SLTP", "II/c", "SLTA", "III/b", "D1", "III/b",
      "D2", "III/b", "D3", "III/c", "D4", "III/d", "S1", "III/d", "S2", "IV/a", "S3", "IV/b");
  private static final Set<String> SARJANA = Set.of("S1", "D4", "S2", "S3");
  private static final Set<String> MAGISTER = Set.of("S2", "S3");

  private final JdbcTemplate jdbc;
  private final LocalDate hariIni;

  public HarapanKp(JdbcTemplate jdbc, LocalDate hariIni) {
    this.jdbc = jdbc;
    this.hariIni = hariIni;
  }

  public Harapan untuk(String nip, String jenis, LocalDate tmt) {
    Map<String, Object> p = jdbc.queryForMap("""
        select p.golongan, p.tmt_golongan, p.pendidikan, p.lulus_ujian_dinas_1, p.lulus_ujian_dinas_2,
               j.jenis jenis_jabatan, j.jenjang, j.golongan_max
        from pegawai p left join jabatan j on j.id = p.jabatan_id where p.nip = ?""", nip);
    String golongan = (String) p.get("golongan");
    int idx = GOLONGAN.indexOf(golongan);
    String tujuan = idx + 1 < GOLONGAN.size() ? GOLONGAN.get(idx + 1) : null;
    List<String> gagal = new ArrayList<>();
    List<String> verifikasi = new ArrayList<>();

    int minimal = switch (jenis) {
      case "REGULER" -> 4;
      case "PILIHAN_STRUKTURAL", "PILIHAN_FUNGSIONAL" -> 2;
      default -> 1;
    };
    LocalDate tmtGolongan = ((Date) p.get("tmt_golongan")).toLocalDate();
    if (tmtGolongan.isAfter(tmt) || Period.between(tmtGolongan, tmt).getYears() < minimal) {
      gagal.add("KP-MASA-PANGKAT");
    }

    boolean prestasi = jenis.equals("PRESTASI_LUAR_BIASA");
    int tahunKinerja = prestasi ? 1 : 2;
    for (int t = hariIni.getYear() - tahunKinerja; t < hariIni.getYear(); t++) {
      List<String> predikat = jdbc.queryForList("select predikat from kinerja where nip = ? and tahun = ?", String.class, nip, t);
      Set<String> cukup = prestasi ? Set.of("SANGAT_BAIK") : Set.of("SANGAT_BAIK", "BAIK");
      if (predikat.isEmpty() || !cukup.contains(predikat.get(0))) {
        gagal.add("KP-KINERJA");
        break;
      }
    }
    if (prestasi && !gagal.contains("KP-KINERJA")) {
      verifikasi.add("KP-KINERJA");
    }

    String pendidikan = (String) p.get("pendidikan");
    boolean pilihan = jenis.startsWith("PILIHAN_"); // bounded by the position's range, not by education
    if (tujuan != null && !pilihan && GOLONGAN.indexOf(tujuan) > GOLONGAN.indexOf(BATAS.get(pendidikan))) {
      gagal.add("KP-BATAS-PENDIDIKAN");
    } else if (tujuan != null && jenis.equals("PENYESUAIAN_IJAZAH")) {
      verifikasi.add("KP-BATAS-PENDIDIKAN");
    }

    if ("II/d".equals(golongan)) {
      ujian(p.get("lulus_ujian_dinas_1"), SARJANA.contains(pendidikan), gagal, verifikasi);
    } else if ("III/d".equals(golongan)) {
      ujian(p.get("lulus_ujian_dinas_2"), MAGISTER.contains(pendidikan), gagal, verifikasi);
    }

    String jenisJabatan = (String) p.get("jenis_jabatan");
    boolean struktural = jenisJabatan != null && Set.of("JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS")
        .contains(jenisJabatan);
    if (tujuan == null
        || (jenis.equals("PILIHAN_STRUKTURAL") && !struktural)
        || (jenis.equals("PILIHAN_FUNGSIONAL") && !"FUNGSIONAL".equals(jenisJabatan))
        || (jenis.startsWith("PILIHAN_") && p.get("golongan_max") != null
            && GOLONGAN.indexOf(tujuan) > GOLONGAN.indexOf((String) p.get("golongan_max")))) {
      gagal.add("KP-PUNCAK");
    }

    Integer menghambat = jdbc.queryForObject("""
        select count(*) from kasus_disiplin where nip = ? and (status in ('TERBUKA', 'DITANGGUHKAN')
          or (status = 'DIPUTUS' and tmt_hukuman is not null and tmt_hukuman <= ?
              and (akhir_hukuman > ? or (akhir_hukuman is null and jenis_hukuman = 'PDH_TAPS'))))""",
        Integer.class, nip, tmt, tmt);
    boolean ditunda = menghambat != null && menghambat > 0;

    boolean keppres = Set.of("JPT_UTAMA", "JPT_MADYA").contains(jenisJabatan)
        || ("FUNGSIONAL".equals(jenisJabatan) && "AHLI_UTAMA".equals(p.get("jenjang")));

    Set<String> tidakLulus = new java.util.TreeSet<>(gagal);
    tidakLulus.addAll(verifikasi);
    if (ditunda) {
      tidakLulus.add("KP-DISIPLIN");
    }
    String kesimpulan = !gagal.isEmpty() ? "GAGAL" : ditunda ? "DITUNDA" : !verifikasi.isEmpty() ? "PERLU_VERIFIKASI" : "LULUS";
    return new Harapan(nip, jenis, kesimpulan, tidakLulus, keppres, tujuan);
  }

  private void ujian(Object lulus, boolean ijazah, List<String> gagal, List<String> verifikasi) {
    if (lulus != null && !((Date) lulus).toLocalDate().isAfter(hariIni)) {
      return;
    }
    if (ijazah) {
      verifikasi.add("KP-UJIAN-DINAS");
    } else {
      gagal.add("KP-UJIAN-DINAS");
    }
  }
}
