package id.meritflow.penandatanganan.proses;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Instansi;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.Pegawai;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.penandatanganan.PenandatangananService;
import id.meritflow.penandatanganan.domain.DataPegawaiSk;
import id.meritflow.penandatanganan.domain.Keputusan;
import id.meritflow.penandatanganan.domain.ModePenandatanganan;
import id.meritflow.penandatanganan.domain.Penandatangan;
import id.meritflow.penandatanganan.domain.PermintaanSk;
import id.meritflow.penandatanganan.domain.SuratKeputusan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/** Use cases of the penandatanganan-sk sub-process: who decides the signer, and issuing the SK. */
@Service
class PenandatangananKasus {

  private final PegawaiDirectory pegawaiDirectory;
  private final OrganisasiDirectory organisasi;
  private final PenandatangananService penandatanganan;
  private final PejabatProperties pejabat;
  private final IdentityService identityService;
  private final Clock clock;

  PenandatangananKasus(PegawaiDirectory pegawaiDirectory, OrganisasiDirectory organisasi,
      PenandatangananService penandatanganan, PejabatProperties pejabat, IdentityService identityService, Clock clock) {
    this.clock = clock;
    this.pegawaiDirectory = pegawaiDirectory;
    this.organisasi = organisasi;
    this.penandatanganan = penandatanganan;
    this.pejabat = pejabat;
    this.identityService = identityService;
  }

  /** The signer decision's inputs: the position the SK is about (target, else current) and the agency's tier. */
  DataPenandatanganan siapkan(String nip, String jabatanSasaranId) {
    Pegawai pegawai = pegawai(nip);
    Optional<Jabatan> jabatan = Optional.ofNullable(jabatanSasaranId != null ? jabatanSasaranId : pegawai.jabatanId())
        .flatMap(organisasi::jabatan);
    Instansi instansi = instansi(pegawai.instansiId());
    return new DataPenandatanganan(instansi.id(), jabatan.map(Jabatan::jenis).orElse(JenisJabatan.PELAKSANA).name(),
        jabatan.map(Jabatan::jenjang).orElse(null), instansi.tingkat().name(), pegawai.nama());
  }

  /** Numbers, renders, signs and stores the SK, in the engine's transaction. */
  SuratKeputusan terbitkan(PermintaanPenandatanganan permintaan) {
    Pegawai pegawai = pegawai(permintaan.nip());
    Instansi instansi = instansi(pegawai.instansiId());
    String jabatanSekarang = Optional.ofNullable(pegawai.jabatanId()).flatMap(organisasi::jabatan)
        .map(Jabatan::nama).orElse("Pelaksana");
    var dataPegawai = new DataPegawaiSk(pegawai.nama(), pegawai.nip(),
        pegawai.golongan().pangkat() + " (" + pegawai.golongan().kode() + ")", jabatanSekarang);
    var sk = new PermintaanSk(instansi.id(), instansi.nama().toUpperCase(), dataPegawai,
        keputusan(permintaan, pegawai), permintaan.tmt(), tempat(instansi), LocalDate.now(clock),
        permintaan.dibuatOleh());
    return penandatanganan.terbitkan(sk, penandatangan(permintaan, instansi));
  }

  private Keputusan keputusan(PermintaanPenandatanganan p, Pegawai pegawai) {
    return switch (p.jenis()) {
      case MUTASI -> {
        Jabatan sasaran = organisasi.jabatan(p.rincian("jabatanSasaranId")).orElseThrow(() ->
            new IllegalStateException("jabatan sasaran " + p.rincian("jabatanSasaranId") + " tidak ada"));
        yield new Keputusan.Mutasi(sasaran.nama(), UnitKerjaSk.of(sasaran, organisasi));
      }
      case KENAIKAN_PANGKAT -> {
        Golongan baru = Golongan.fromKode(p.rincian("golonganBaru")).orElseThrow(() ->
            new IllegalStateException("golongan baru tidak valid: " + p.rincian("golonganBaru")));
        String masaKerja = p.rincian("masaKerja") != null ? p.rincian("masaKerja") : masaKerja(pegawai, p.tmt());
        yield new Keputusan.KenaikanPangkat(baru.pangkat() + " (" + baru.kode() + ")", masaKerja);
      }
      case DISIPLIN -> new Keputusan.Disiplin(p.rincian("tingkatHukuman"), p.rincian("hukuman"), p.rincian("pelanggaran"));
    };
  }

  private Penandatangan penandatangan(PermintaanPenandatanganan p, Instansi instansi) {
    String peran = p.keputusan("peranPenandatangan");
    String jabatan = JabatanPenandatangan.of(peran, instansi);
    var pemegang = pejabat.find(instansi.id(), peran);
    if (ModePenandatanganan.valueOf(p.keputusan("modeTandaTangan")) == ModePenandatanganan.LANGSUNG) {
      String pengguna = p.penggunaPenandatangan().orElseThrow(() ->
          new IllegalStateException("SK LANGSUNG tanpa pengguna penandatangan"));
      var user = identityService.createUserQuery().userId(pengguna).singleResult();
      String nama = user == null ? pengguna : (user.getFirstName() + " " + user.getLastName()).trim();
      return Penandatangan.langsung(peran, nama, pemegang.map(PejabatProperties.Pejabat::nip).orElse(null), jabatan);
    }
    String untukBeliau = p.keputusan("untukBeliau");
    return new Penandatangan(peran, pemegang.map(PejabatProperties.Pejabat::nama).orElse("…………………………"),
        pemegang.map(PejabatProperties.Pejabat::nip).orElse(null), jabatan, JabatanPenandatangan.of("ppk", instansi),
        ModePenandatanganan.DELEGASI,
        untukBeliau.isBlank() ? Optional.empty() : Optional.of(JabatanPenandatangan.perantara(untukBeliau, instansi)));
  }

  private String tempat(Instansi instansi) {
    return pejabat.tempat(instansi.id()).orElseGet(() -> switch (instansi.tingkat()) {
      case PUSAT -> "Jakarta";
      case PROVINSI, KABUPATEN_KOTA -> instansi.wilayah().replaceFirst("^(Kota|Kabupaten|Provinsi) ", "");
    });
  }

  private static String masaKerja(Pegawai pegawai, LocalDate tmt) {
    Period masa = Period.between(pegawai.tmtCpns(), tmt);
    return masa.getYears() + " tahun " + masa.getMonths() + " bulan";
  }

  private Pegawai pegawai(String nip) {
    // The record only: the SK needs the name, agency, position, rank and CPNS date, not the histories.
    return pegawaiDirectory.pegawai(nip).orElseThrow(() -> new IllegalStateException("NIP " + nip + " tidak terdaftar"));
  }

  private Instansi instansi(String id) {
    return organisasi.instansi(id).orElseThrow(() -> new IllegalStateException("instansi " + id + " tidak ada"));
  }
}
