package id.meritflow.rekomendasi;

import id.meritflow.kepegawaian.Jabatan;
import id.meritflow.rekomendasi.domain.Kelayakan;
import id.meritflow.rekomendasi.domain.KotakTalenta;
import id.meritflow.rekomendasi.domain.PemetaanProfil;
import id.meritflow.rekomendasi.domain.Penilai;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The 9-box distribution of an agency's employees (supervisors' Pantauan): every employee with a
 * recorded position judged as {@code /api/rekomendasi/pegawai/{nip}/talenta} judges one, counted
 * per box. Scoring means reading every employee's profile, so each agency's result is kept for the
 * day it was computed (first request of the day pays; no caller scoping here).
 */
@Service
public class DistribusiTalenta {

  /** Employees of one agency in one box. */
  public record Kotak(String instansiId, int nomor, String kinerja, String potensi, long jumlah) {}

  private record Tersimpan(LocalDate pada, List<Kotak> kotak) {}

  private final KandidatRepository repository;
  private final Penilai penilai;
  private final Map<String, Tersimpan> tersimpan = new ConcurrentHashMap<>();

  DistribusiTalenta(KandidatRepository repository, Penilai penilai) {
    this.repository = repository;
    this.penilai = penilai;
  }

  /** The boxes of each agency (boxes without employees left out), in agency then box order. */
  public List<Kotak> per(List<String> instansiIds, LocalDate pada) {
    List<Kotak> hasil = new ArrayList<>();
    Map<String, Jabatan> jabatan = null;
    for (String id : instansiIds) {
      Tersimpan t = tersimpan.get(id);
      if (t == null || !t.pada().equals(pada)) {
        if (jabatan == null) {
          jabatan = repository.jabatan();
        }
        t = new Tersimpan(pada, hitung(id, jabatan, pada));
        tersimpan.put(id, t);
      }
      hasil.addAll(t.kotak());
    }
    return hasil;
  }

  private List<Kotak> hitung(String instansiId, Map<String, Jabatan> jabatan, LocalDate pada) {
    Map<Integer, KotakTalenta> contoh = new TreeMap<>();
    Map<Integer, Long> jumlah = new TreeMap<>();
    repository.profil(Optional.of(instansiId), p -> {
      Jabatan sekarang = p.pegawai().jabatanId() == null ? null : jabatan.get(p.pegawai().jabatanId());
      if (sekarang == null) {
        return;
      }
      KotakTalenta k = penilai.nilai(PemetaanProfil.dari(p, sekarang, Kelayakan.jabatanRiwayat(p, jabatan), pada),
          sekarang).kotak();
      contoh.putIfAbsent(k.nomor(), k);
      jumlah.merge(k.nomor(), 1L, Long::sum);
    });
    List<Kotak> hasil = new ArrayList<>();
    jumlah.forEach((nomor, n) -> hasil.add(new Kotak(instansiId, nomor, contoh.get(nomor).kinerja().label(),
        contoh.get(nomor).potensi().label(), n)));
    return hasil;
  }
}
