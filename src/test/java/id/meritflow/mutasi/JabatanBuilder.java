package id.meritflow.mutasi;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;

/** A vacant pelaksana position in kota-a's BKPSDM unless a test says otherwise. */
final class JabatanBuilder {

  private String id = "kota-a-pranata";
  private String instansiId = "kota-a";
  private String unitKerjaId = "kota-a-bkpsdm";
  private String nama = "Pranata Kepegawaian";
  private JenisJabatan jenis = JenisJabatan.PELAKSANA;
  private Eselon eselon;
  private String jenjang;
  private Golongan golonganMin = Golongan.II_A;
  private Golongan golonganMax = Golongan.III_D;
  private Pendidikan pendidikanMin = Pendidikan.SLTA;
  private int kebutuhan = 2;
  private int terisi;

  static JabatanBuilder aJabatan() {
    return new JabatanBuilder();
  }

  JabatanBuilder withId(String id) { this.id = id; return this; }
  JabatanBuilder withNama(String nama) { this.nama = nama; return this; }
  JabatanBuilder in(String instansiId, String unitKerjaId) { this.instansiId = instansiId; this.unitKerjaId = unitKerjaId; return this; }
  JabatanBuilder withJenis(JenisJabatan jenis) { this.jenis = jenis; return this; }
  JabatanBuilder withJenjang(String jenjang) { this.jenjang = jenjang; return this; }
  JabatanBuilder withGolonganMin(Golongan g) { this.golonganMin = g; return this; }
  JabatanBuilder withPendidikanMin(Pendidikan p) { this.pendidikanMin = p; return this; }
  JabatanBuilder withKebutuhan(int kebutuhan) { this.kebutuhan = kebutuhan; return this; }

  Jabatan build() {
    return new Jabatan(id, instansiId, unitKerjaId, nama, jenis, eselon, jenjang, golonganMin, golonganMax, pendidikanMin,
        null, kebutuhan, terisi, kebutuhan - terisi);
  }
}
