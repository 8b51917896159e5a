package id.meritflow.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generates one employee in a given post, with the rows that hang off the NIP. */
final class PersonGenerator {

  private final LocalDate referenceDate;
  private final NipRegistry nips;
  private final CareerGenerator careers;
  private final KinerjaGenerator kinerja;
  private final DisiplinGenerator disiplin;

  PersonGenerator(LocalDate referenceDate, NipRegistry nips) {
    this.referenceDate = referenceDate;
    this.nips = nips;
    this.careers = new CareerGenerator(referenceDate);
    this.kinerja = new KinerjaGenerator(referenceDate);
    this.disiplin = new DisiplinGenerator(referenceDate);
  }

  /**
   * @param earlierPosts posts of the same agency an employee may have held before (pelaksana and
   *     fungsional); history rows may point at them because occupancy counts only current posts
   */
  GeneratedPegawai random(JabatanData jabatan, List<JabatanData> earlierPosts, boolean regional,
      SplittableRandom random) {
    Career career = careers.random(jabatan, random);
    char jk = random.nextInt(100) < 52 ? 'L' : 'P';
    String nip = nips.issue(career.tanggalLahir(), YearMonth.from(career.tmtCpns()), jk, random);
    String nama = NamePool.name(jk, regional, random);
    LocalDate tmtJabatan = notBefore(firstOfMonthAgo(2 + random.nextInt(100)), career.tmtCpns());
    int roll = random.nextInt(100);
    // About 1% are away on study leave and 2% bound by a service bond after one (MUT-TUGAS-BELAJAR).
    boolean tugasBelajar = roll == 0;
    LocalDate ikatanDinas = roll >= 1 && roll <= 2 ? referenceDate.plusMonths(6 + random.nextInt(42)) : null;
    PegawaiData pegawai = pegawai(nip, nama, jk, career, jabatan, tmtJabatan, tugasBelajar, ikatanDinas);
    return new GeneratedPegawai(pegawai, kinerja.random(nip, career.tmtCpns(), random),
        riwayatPangkat(nip, career, jabatan.instansiId()),
        riwayatJabatan(pegawai, earlierPosts, random),
        disiplin.random(nip, career.tmtCpns(), random));
  }

  /** A named demo employee: clean record, good performance, over two years in the post. */
  GeneratedPegawai named(DemoPegawai.Named named, JabatanData jabatan, List<JabatanData> earlierPosts,
      SplittableRandom random) {
    Career career = careers.named(named, jabatan, random);
    LocalDate tmtJabatan = notBefore(firstOfMonthAgo(30 + random.nextInt(24)), career.tmtCpns());
    PegawaiData pegawai = pegawai(named.nip(), named.nama(), named.jenisKelamin(), career, jabatan,
        tmtJabatan, false, null);
    return new GeneratedPegawai(pegawai, kinerja.good(named.nip()),
        riwayatPangkat(named.nip(), career, jabatan.instansiId()),
        riwayatJabatan(pegawai, earlierPosts, random), List.of());
  }

  private static PegawaiData pegawai(String nip, String nama, char jk, Career career,
      JabatanData jabatan, LocalDate tmtJabatan, boolean tugasBelajar, LocalDate ikatanDinas) {
    return new PegawaiData(nip, nama, jk, career.tanggalLahir(), jabatan.instansiId(),
        jabatan.unitKerjaId(), jabatan.id(), tmtJabatan, career.golongan(), career.tmtGolongan(),
        career.pendidikan(), career.bidangPendidikan(), tugasBelajar, ikatanDinas,
        career.lulusUjianDinas1(), career.lulusUjianDinas2(), career.tmtCpns());
  }

  private static List<RiwayatPangkatData> riwayatPangkat(String nip, Career career, String instansiId) {
    List<RiwayatPangkatData> rows = new ArrayList<>(career.pangkat().size());
    for (int i = 0; i < career.pangkat().size(); i++) {
      Career.Step step = career.pangkat().get(i);
      rows.add(new RiwayatPangkatData(nip + "-P" + (i + 1), nip, step.golongan(), step.tmt(),
          NomorSk.pangkat(instansiId, i + 1, step.tmt())));
    }
    return rows;
  }

  /** The current post, preceded by a first post at CPNS when the current one came later. */
  private static List<RiwayatJabatanData> riwayatJabatan(PegawaiData p, List<JabatanData> earlierPosts,
      SplittableRandom random) {
    RiwayatJabatanData current = new RiwayatJabatanData(p.nip() + "-J2", p.nip(), p.instansiId(),
        p.unitKerjaId(), p.jabatanId(), p.tmtJabatan(), NomorSk.jabatan(p.instansiId(), 2, p.tmtJabatan()));
    if (earlierPosts.isEmpty() || p.tmtJabatan().isBefore(p.tmtCpns().plusYears(1))) {
      return List.of(current);
    }
    JabatanData first = earlierPosts.get(random.nextInt(earlierPosts.size()));
    return List.of(new RiwayatJabatanData(p.nip() + "-J1", p.nip(), p.instansiId(), first.unitKerjaId(),
        first.id(), p.tmtCpns(), NomorSk.jabatan(p.instansiId(), 1, p.tmtCpns())), current);
  }

  private LocalDate firstOfMonthAgo(int months) {
    return YearMonth.from(referenceDate).minusMonths(months).atDay(1);
  }

  private static LocalDate notBefore(LocalDate date, LocalDate earliest) {
    return date.isBefore(earliest) ? earliest : date;
  }
}
