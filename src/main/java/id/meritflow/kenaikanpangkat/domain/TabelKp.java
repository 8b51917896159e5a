package id.meritflow.kenaikanpangkat.domain;

import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;
import java.util.Optional;

/**
 * The decision tables domain experts own (processes/kp-*.dmn), as the rules read them. The
 * adapter evaluates the deployed tables, so a table edited in Modeler and deployed takes effect
 * without a rebuild.
 */
public interface TabelKp {

  SyaratJenisKp syarat(JenisKenaikanPangkat jenis);

  /** The highest rank the education allows (KP-BATAS-PENDIDIKAN). */
  Golongan batasPendidikan(Pendidikan pendidikan);

  /** KEPPRES or DELEGASI for the employee's position; no position means DELEGASI. */
  RuteKp rute(Optional<JenisJabatan> jenisJabatan, Optional<String> jenjang);
}
