package id.meritflow.kepegawaian;

import java.time.LocalDate;
import java.util.List;

/**
 * A new employee as sent by a client. Codes stay strings here so that a wrong code becomes a
 * violation with the field's name instead of an unreadable body.
 */
public record PegawaiRequest(
    String nip,
    String nama,
    String jenisKelamin,
    LocalDate tanggalLahir,
    LocalDate tmtCpns,
    String instansiId,
    String unitKerjaId,
    String jabatanId,
    LocalDate tmtJabatan,
    String golongan,
    LocalDate tmtGolongan,
    String pendidikan,
    String bidangPendidikan,
    Boolean tugasBelajar,
    LocalDate ikatanDinasSampai,
    LocalDate lulusUjianDinas1,
    LocalDate lulusUjianDinas2,
    String nomorSkPangkat,
    String nomorSkJabatan,
    List<KinerjaEntry> kinerja) {

  public PegawaiRequest {
    kinerja = kinerja == null ? List.of() : kinerja;
  }
}
