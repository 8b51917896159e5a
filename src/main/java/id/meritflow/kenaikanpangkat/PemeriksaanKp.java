package id.meritflow.kenaikanpangkat;

import id.meritflow.kenaikanpangkat.domain.DaftarAturanKp;
import id.meritflow.kenaikanpangkat.domain.FaktaKp;
import id.meritflow.kenaikanpangkat.domain.HasilAturanKp;
import id.meritflow.kenaikanpangkat.domain.KalenderPeriodeKp;
import id.meritflow.kenaikanpangkat.domain.RuteKp;
import id.meritflow.kenaikanpangkat.domain.TabelKp;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.kepegawaian.OrganisasiDirectory;
import id.meritflow.kepegawaian.PegawaiDirectory;
import id.meritflow.kepegawaian.PegawaiProfil;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Gathers a proposal's facts from the registry (or from its batch chunk's data read at once,
 * {@link ProfilPotongan}) and the decision tables, and runs every KP-* rule.
 */
@Service
public class PemeriksaanKp {

  private final PegawaiDirectory pegawai;
  private final OrganisasiDirectory organisasi;
  private final TabelKp tabel;
  private final KalenderPeriodeKp kalender;

  PemeriksaanKp(PegawaiDirectory pegawai, OrganisasiDirectory organisasi, TabelKp tabel, KalenderPeriodeKp kalender) {
    this.pegawai = pegawai;
    this.organisasi = organisasi;
    this.tabel = tabel;
    this.kalender = kalender;
  }

  public HasilPemeriksaanKp periksa(UsulanKp usulan) {
    Optional<ProfilPotongan> potongan = ProfilPotongan.aktif();
    PegawaiProfil profil = potongan.flatMap(c -> c.profil(usulan.nip())).or(() -> pegawai.find(usulan.nip()))
        .orElseThrow(() -> new IllegalStateException("Pegawai " + usulan.nip() + " tidak ada di registri"));
    var p = profil.pegawai();
    Optional<Jabatan> jabatan = Optional.ofNullable(p.jabatanId())
        .flatMap(id -> potongan.flatMap(c -> c.jabatan(id)).or(() -> organisasi.jabatan(id)));
    Optional<Golongan> tujuan = usulan.golonganTujuan().or(() -> p.golongan().next());
    RuteKp rute = tabel.rute(jabatan.map(Jabatan::jenis), jabatan.map(Jabatan::jenjang));
    FaktaKp fakta = new FaktaKp(profil, jabatan, usulan.jenis(), usulan.periode(), tujuan, usulan.tanggalPengajuan(),
        kalender, tabel.syarat(usulan.jenis()), tabel.batasPendidikan(p.pendidikan()), rute);
    List<HasilAturanKp> hasil = DaftarAturanKp.periksa(fakta);
    Period masaKerja = Period.between(p.tmtCpns(), usulan.periode().tmt());
    return new HasilPemeriksaanKp(DaftarAturanKp.kesimpulan(hasil), hasil, p.instansiId(), p.golongan(), tujuan, rute,
        masaKerja.getYears() + " tahun " + masaKerja.getMonths() + " bulan");
  }
}
