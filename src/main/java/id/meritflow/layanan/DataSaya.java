package id.meritflow.layanan;

import java.time.LocalDate;
import java.util.List;

/** The employee's own record in words (names, not ids), with rank and position histories, oldest first. */
record DataSaya(String nip, String nama, LocalDate tanggalLahir, LocalDate tmtCpns, String instansi, String unitKerja,
    String jabatan, LocalDate tmtJabatan, String pangkat, LocalDate tmtPangkat, String pendidikan,
    String bidangPendidikan, List<Pangkat> riwayatPangkat, List<Jabatan> riwayatJabatan) {

  record Pangkat(String pangkat, LocalDate tmt, String nomorSk) {}

  record Jabatan(String jabatan, String unitKerja, String instansi, LocalDate tmt, String nomorSk) {}
}
