package id.meritflow.rekomendasi.domain;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;
import java.util.Optional;

/**
 * The only facts the score may read about a candidate for one target position. It has,
 * by construction, no field for name, sex, birth date or age, religion, ethnicity, origin,
 * marital status, political affiliation or disability (UU ASN merit system, domain.md §7): what is
 * not here cannot weigh. The one age fact allowed, the position's legal age limit, enters only as
 * {@link #memenuhiBatasUsia()}. The NIP is an identifier for the result, never read by the score
 * (it encodes birth date and sex).
 *
 * @param jenisJabatanSekarang the kind of the current position, empty when none
 * @param hariPengalamanTerkait days served in positions of the target's kind or in the target's unit
 * @param hariDiJabatanSekarang days since the current position's TMT (0 when unknown)
 * @param jumlahHukumanRingan decided penalties, by level, over the whole career
 * @param kasusTerbuka an open disciplinary case
 */
public record ProfilKandidat(
    String nip,
    String instansiId,
    String unitKerjaId,
    Optional<JenisJabatan> jenisJabatanSekarang,
    Golongan golongan,
    Pendidikan pendidikan,
    Optional<String> bidangPendidikan,
    RiwayatKinerja kinerja,
    long hariPengalamanTerkait,
    long hariDiJabatanSekarang,
    int jumlahHukumanRingan,
    int jumlahHukumanSedang,
    int jumlahHukumanBerat,
    boolean kasusTerbuka,
    boolean memenuhiBatasUsia) {

  public ProfilKandidat {
    jenisJabatanSekarang = jenisJabatanSekarang == null ? Optional.empty() : jenisJabatanSekarang;
    bidangPendidikan = bidangPendidikan == null ? Optional.empty() : bidangPendidikan;
    kinerja = kinerja == null ? RiwayatKinerja.KOSONG : kinerja;
  }

  /** The same profile with another performance history (for tests and what-if explanations). */
  public ProfilKandidat denganKinerja(RiwayatKinerja lain) {
    return new ProfilKandidat(nip, instansiId, unitKerjaId, jenisJabatanSekarang, golongan, pendidikan,
        bidangPendidikan, lain, hariPengalamanTerkait, hariDiJabatanSekarang, jumlahHukumanRingan,
        jumlahHukumanSedang, jumlahHukumanBerat, kasusTerbuka, memenuhiBatasUsia);
  }
}
