package id.meritflow.layanan;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.UnitKerja;
import id.meritflow.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/** The registry's profile of the caller's own NIP (never another's), with names in place of ids. */
@Service
class DataSayaService {

  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;

  DataSayaService(PegawaiDirectory pegawai, OrganisasiDirectory organisasi) {
    this.pegawai = pegawai;
    this.organisasi = organisasi;
  }

  DataSaya milik(String nip) {
    var profil = pegawai.find(nip).orElseThrow(() ->
        new NotFoundException("PEGAWAI_TIDAK_DITEMUKAN", "Data kepegawaian Anda tidak ditemukan."));
    Pegawai p = profil.pegawai();
    return new DataSaya(p.nip(), p.nama(), p.tanggalLahir(), p.tmtCpns(), instansi(p.instansiId()),
        unit(p.unitKerjaId()), jabatan(p.jabatanId()), p.tmtJabatan(), pangkat(p.golongan()), p.tmtGolongan(),
        PendidikanLabel.of(p.pendidikan()), p.bidangPendidikan(),
        profil.riwayatPangkat().stream().map(r -> new DataSaya.Pangkat(pangkat(r.golongan()), r.tmt(), r.nomorSk()))
            .toList(),
        profil.riwayatJabatan().stream().map(r -> new DataSaya.Jabatan(jabatan(r.jabatanId()), unit(r.unitKerjaId()),
            instansi(r.instansiId()), r.tmt(), r.nomorSk())).toList());
  }

  private static String pangkat(Golongan g) {
    return g == null ? null : g.pangkat() + " (" + g.kode() + ")";
  }

  private String instansi(String id) {
    return id == null ? null : organisasi.instansi(id).map(Instansi::nama).orElse(null);
  }

  private String unit(String id) {
    return id == null ? null : organisasi.unitKerja(id).map(UnitKerja::nama).orElse(null);
  }

  private String jabatan(String id) {
    return id == null ? "Pelaksana" : organisasi.jabatan(id).map(Jabatan::nama).orElse(null);
  }
}
