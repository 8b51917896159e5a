package id.meritflow.kepegawaian;

import java.time.LocalDate;

/** An employee's current data. Nullable fields: jabatanId, tmtJabatan, bidangPendidikan and the dates of bonds and exams. */
public record Pegawai(
    String nip,
    String nama,
    JenisKelamin jenisKelamin,
    LocalDate tanggalLahir,
    LocalDate tmtCpns,
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
    int versi) {}
