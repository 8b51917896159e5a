package id.meritflow.demo;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Pendidikan;
import java.time.LocalDate;
import java.util.List;

/**
 * The rank side of an employee's life: education, CPNS start, each rank with its TMT (first = the
 * CPNS rank, last = the current one) and the ujian dinas passed on the way.
 */
record Career(Pendidikan pendidikan, String bidangPendidikan, LocalDate tanggalLahir,
    LocalDate tmtCpns, List<Step> pangkat, LocalDate lulusUjianDinas1, LocalDate lulusUjianDinas2) {

  record Step(Golongan golongan, LocalDate tmt) {}

  Career withBidang(String bidang) {
    return new Career(pendidikan, bidang, tanggalLahir, tmtCpns, pangkat, lulusUjianDinas1,
        lulusUjianDinas2);
  }

  Golongan golongan() {
    return pangkat.get(pangkat.size() - 1).golongan();
  }

  LocalDate tmtGolongan() {
    return pangkat.get(pangkat.size() - 1).tmt();
  }
}
