package id.meritflow.demo;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Pendidikan;
import java.time.LocalDate;

/** One employee row; nullable dates mean "not applicable" (no bond, exam not passed). */
public record PegawaiData(
    String nip,
    String nama,
    char jenisKelamin,
    LocalDate tanggalLahir,
    String instansiId,
    String unitKerjaId,
    String jabatanId,
    LocalDate tmtJabatan,
    Golongan golongan,
    LocalDate tmtGolongan,
    Pendidikan pendidikan,
    String bidangPendidikan,
    boolean tugasBelajar,
    LocalDate ikatanDinasSampai,
    LocalDate lulusUjianDinas1,
    LocalDate lulusUjianDinas2,
    LocalDate tmtCpns) {}
