package id.meritflow.rekomendasi.domain;

/** Risk flags of a transfer proposal. A flag routes the case to a person; it never rejects. */
public enum KodeRisiko {
  POLITIK, DEMOSI_TANPA_DASAR_KINERJA, ROTASI_BERULANG, KOMPETENSI_TIDAK_SESUAI, EKSODUS_UNIT
}
