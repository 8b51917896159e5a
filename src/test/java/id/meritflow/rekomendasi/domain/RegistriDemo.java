package id.meritflow.rekomendasi.domain;

import id.meritflow.demo.AgencyStructure;
import id.meritflow.demo.GeneratedPegawai;
import id.meritflow.demo.JabatanData;
import id.meritflow.demo.PegawaiData;
import id.meritflow.demo.RegistryGenerator;
import id.meritflow.demo.RegistrySink;
import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisKelamin;
import id.meritflow.kepegawaian.KasusDisiplin;
import id.meritflow.kepegawaian.Kinerja;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiProfil;
import id.meritflow.kepegawaian.RiwayatJabatan;
import id.meritflow.kepegawaian.StatusKasus;
import id.meritflow.kepegawaian.TingkatHukuman;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo registry generator's output, held in memory as registry records, for realistic tests. */
record RegistriDemo(List<PegawaiProfil> pegawai, Map<String, Jabatan> jabatan, Map<String, Instansi> instansi, LocalDate pada) {

  static RegistriDemo hasilkan(long seed, int jumlah, LocalDate pada) {
    List<PegawaiProfil> pegawai = new ArrayList<>();
    Map<String, Jabatan> jabatan = new HashMap<>();
    Map<String, Instansi> instansi = new HashMap<>();
    new RegistryGenerator(seed, pada).generate(jumlah, new RegistrySink() {
      @Override
      public void agency(AgencyStructure s) {
        var i = s.instansi();
        instansi.put(i.id(), new Instansi(i.id(), i.nama(), i.tingkat(), i.wilayah(), i.provinsi(), i.tanggalPenetapanCalon(),
            i.tanggalPelantikanKepalaDaerah(), i.akhirMasaJabatanKepalaDaerah()));
        for (JabatanData j : s.jabatan()) {
          jabatan.put(j.id(), new Jabatan(j.id(), j.instansiId(), j.unitKerjaId(), j.nama(), j.jenis(), j.eselon(), j.jenjang(),
              j.golonganMin(), j.golonganMax(), j.pendidikanMin(), j.batasUsia(), j.kebutuhan(), 0, j.kebutuhan()));
        }
      }

      @Override
      public void pegawai(GeneratedPegawai g) {
        PegawaiData p = g.pegawai();
        Pegawai q = new Pegawai(p.nip(), p.nama(), p.jenisKelamin() == 'P' ? JenisKelamin.P : JenisKelamin.L, p.tanggalLahir(),
            p.tmtCpns(), p.instansiId(), p.unitKerjaId(), p.jabatanId(), p.tmtJabatan(), p.golongan(), p.tmtGolongan(),
            p.pendidikan(), p.bidangPendidikan(), p.tugasBelajar(), p.ikatanDinasSampai(), p.lulusUjianDinas1(),
            p.lulusUjianDinas2(), 0);
        pegawai.add(new PegawaiProfil(q,
            g.kinerja().stream().sorted(Comparator.comparingInt(k -> -k.tahun())).map(k -> new Kinerja(k.tahun(), k.predikat())).toList(),
            g.kasusDisiplin().stream().map(k -> new KasusDisiplin(k.id(), k.pelanggaran(), k.tanggalKasus(),
                StatusKasus.valueOf(k.status()), k.tingkatHukuman() == null ? null : TingkatHukuman.valueOf(k.tingkatHukuman()),
                k.jenisHukuman(), k.tmtHukuman(), k.akhirHukuman())).toList(),
            List.of(),
            g.riwayatJabatan().stream().map(r -> new RiwayatJabatan(r.id(), r.instansiId(), r.unitKerjaId(), r.jabatanId(), r.tmt(),
                r.nomorSk())).toList()));
      }
    });
    return new RegistriDemo(pegawai, jabatan, instansi, pada);
  }

  /** A context ranking for a pengawas post of the agency with the most employees. */
  KonteksJabatan konteksPengawas() {
    Map<String, Long> perInstansi = new HashMap<>();
    pegawai.forEach(p -> perInstansi.merge(p.pegawai().instansiId(), 1L, Long::sum));
    String terbesar = perInstansi.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    Jabatan tujuan = jabatan.values().stream()
        .filter(j -> j.instansiId().equals(terbesar) && j.jenis() == id.meritflow.kepegawaian.JenisJabatan.PENGAWAS)
        .min(Comparator.comparing(Jabatan::id)).orElseThrow();
    List<Pegawai> pemegang = pegawai.stream().map(PegawaiProfil::pegawai).filter(p -> tujuan.id().equals(p.jabatanId())).toList();
    return new KonteksJabatan(tujuan, instansi.get(terbesar), pemegang, instansi, jabatan, pada);
  }
}
