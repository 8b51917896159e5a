package id.meritflow.penandatanganan.domain;

import java.util.Map;

/**
 * What the SK decides, per type. The values fill the type's template placeholders, so a template
 * may only use the placeholders its type provides (see docs/penandatanganan.md).
 */
public sealed interface Keputusan {

  JenisSk jenis();

  /** Placeholder name → text, without the common ones (nama, nip, tmt …). */
  Map<String, String> placeholders();

  /** A transfer to another position (and possibly another unit). */
  record Mutasi(String jabatanBaru, String unitKerjaBaru) implements Keputusan {
    @Override
    public JenisSk jenis() {
      return JenisSk.MUTASI;
    }

    @Override
    public Map<String, String> placeholders() {
      return Map.of("jabatanBaru", jabatanBaru, "unitKerjaBaru", unitKerjaBaru);
    }
  }

  /** A promotion in rank, e.g. pangkatBaru "Penata Tingkat I, III/d". */
  record KenaikanPangkat(String pangkatBaru, String masaKerja) implements Keputusan {
    @Override
    public JenisSk jenis() {
      return JenisSk.KENAIKAN_PANGKAT;
    }

    @Override
    public Map<String, String> placeholders() {
      return Map.of("pangkatBaru", pangkatBaru, "masaKerja", masaKerja);
    }
  }

  /** A disciplinary penalty (PP 94/2021): level, penalty and the violation it answers. */
  record Disiplin(String tingkatHukuman, String hukuman, String pelanggaran) implements Keputusan {
    @Override
    public JenisSk jenis() {
      return JenisSk.DISIPLIN;
    }

    @Override
    public Map<String, String> placeholders() {
      return Map.of("tingkatHukuman", tingkatHukuman, "hukuman", hukuman, "pelanggaran", pelanggaran);
    }
  }
}
