package id.meritflow.kepegawaian;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A valid pegawai request by default; each {@code with...} changes one thing. */
final class PegawaiRequestBuilder {

  static final String NIP = "199003152015031002";

  private String nip = NIP;
  private String nama = "Budi Santoso";
  private String jenisKelamin = "L";
  private LocalDate tanggalLahir = LocalDate.of(1990, 3, 15);
  private LocalDate tmtCpns = LocalDate.of(2015, 3, 1);
  private String instansiId = "kota-a";
  private String unitKerjaId = "kota-a-setda";
  private String jabatanId;
  private LocalDate tmtJabatan;
  private String golongan = "III/c";
  private LocalDate tmtGolongan = LocalDate.of(2019, 4, 1);
  private String pendidikan = "S1";
  private List<KinerjaEntry> kinerja = new ArrayList<>(List.of(new KinerjaEntry(2023, "BAIK"),
      new KinerjaEntry(2024, "SANGAT_BAIK")));

  static PegawaiRequestBuilder aPegawaiRequest() {
    return new PegawaiRequestBuilder();
  }

  /** A valid request for another employee of the same default agency. */
  static PegawaiRequestBuilder aPegawaiRequest(String nip) {
    PegawaiRequestBuilder b = new PegawaiRequestBuilder().withNip(nip);
    Nip.parse(nip).ifPresent(n -> {
      b.tanggalLahir = n.tanggalLahir();
      b.tmtCpns = n.tmtCpns().atDay(1);
      b.jenisKelamin = n.jenisKelamin().name();
    });
    return b;
  }

  PegawaiRequestBuilder withNip(String nip) {
    this.nip = nip;
    return this;
  }

  PegawaiRequestBuilder withNama(String nama) {
    this.nama = nama;
    return this;
  }

  PegawaiRequestBuilder withJenisKelamin(String jenisKelamin) {
    this.jenisKelamin = jenisKelamin;
    return this;
  }

  PegawaiRequestBuilder withTanggalLahir(LocalDate tanggalLahir) {
    this.tanggalLahir = tanggalLahir;
    return this;
  }

  PegawaiRequestBuilder withTmtCpns(LocalDate tmtCpns) {
    this.tmtCpns = tmtCpns;
    return this;
  }

  PegawaiRequestBuilder withInstansi(String instansiId, String unitKerjaId) {
    this.instansiId = instansiId;
    this.unitKerjaId = unitKerjaId;
    return this;
  }

  PegawaiRequestBuilder withUnitKerja(String unitKerjaId) {
    this.unitKerjaId = unitKerjaId;
    return this;
  }

  PegawaiRequestBuilder withJabatan(String jabatanId, LocalDate tmtJabatan) {
    this.jabatanId = jabatanId;
    this.tmtJabatan = tmtJabatan;
    return this;
  }

  PegawaiRequestBuilder withGolongan(String golongan) {
    this.golongan = golongan;
    return this;
  }

  PegawaiRequestBuilder withTmtGolongan(LocalDate tmtGolongan) {
    this.tmtGolongan = tmtGolongan;
    return this;
  }

  PegawaiRequestBuilder withPendidikan(String pendidikan) {
    this.pendidikan = pendidikan;
    return this;
  }

  PegawaiRequestBuilder withKinerja(KinerjaEntry... entries) {
    this.kinerja = new ArrayList<>(List.of(entries));
    return this;
  }

  PegawaiRequest build() {
    return new PegawaiRequest(nip, nama, jenisKelamin, tanggalLahir, tmtCpns, instansiId, unitKerjaId, jabatanId,
        tmtJabatan, golongan, tmtGolongan, pendidikan, "Ilmu Pemerintahan", false, null, null, null,
        "800/SK-" + nip, null, kinerja);
  }
}
