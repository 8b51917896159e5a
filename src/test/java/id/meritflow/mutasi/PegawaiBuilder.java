package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.JenisKelamin;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.Pendidikan;
import java.time.LocalDate;

/** An employee who meets every transfer rule unless a test says otherwise. */
final class PegawaiBuilder {

  private String nip = "198501012010011001";
  private String nama = "Budi Santoso";
  private LocalDate tanggalLahir = LocalDate.of(1985, 1, 1);
  private LocalDate tmtCpns = LocalDate.of(2010, 1, 1);
  private String instansiId = "kota-a";
  private String unitKerjaId = "kota-a-setda";
  private String jabatanId = "kota-a-analis";
  private LocalDate tmtJabatan = LocalDate.of(2022, 3, 1);
  private Golongan golongan = Golongan.III_C;
  private Pendidikan pendidikan = Pendidikan.S1;
  private boolean tugasBelajar;
  private LocalDate ikatanDinasSampai;

  static PegawaiBuilder aPegawai() {
    return new PegawaiBuilder();
  }

  PegawaiBuilder withNip(String nip) { this.nip = nip; return this; }
  PegawaiBuilder withNama(String nama) { this.nama = nama; return this; }
  PegawaiBuilder withTanggalLahir(LocalDate d) { this.tanggalLahir = d; return this; }
  PegawaiBuilder withTmtCpns(LocalDate d) { this.tmtCpns = d; return this; }
  PegawaiBuilder withJabatan(String jabatanId, LocalDate tmt) { this.jabatanId = jabatanId; this.tmtJabatan = tmt; return this; }
  PegawaiBuilder withTmtJabatan(LocalDate d) { this.tmtJabatan = d; return this; }
  PegawaiBuilder withGolongan(Golongan g) { this.golongan = g; return this; }
  PegawaiBuilder withPendidikan(Pendidikan p) { this.pendidikan = p; return this; }
  PegawaiBuilder onTugasBelajar() { this.tugasBelajar = true; return this; }
  PegawaiBuilder withIkatanDinasSampai(LocalDate d) { this.ikatanDinasSampai = d; return this; }
  PegawaiBuilder inInstansi(String instansiId, String unitKerjaId) { this.instansiId = instansiId; this.unitKerjaId = unitKerjaId; return this; }

  Pegawai build() {
    return new Pegawai(nip, nama, JenisKelamin.L, tanggalLahir, tmtCpns, instansiId, unitKerjaId, jabatanId, tmtJabatan,
        golongan, LocalDate.of(2020, 4, 1), pendidikan, "Administrasi Publik", tugasBelajar, ikatanDinasSampai, null, null, 0);
  }
}
