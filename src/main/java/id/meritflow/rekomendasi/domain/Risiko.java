package id.meritflow.rekomendasi.domain;

/** One raised risk flag with its reason in Bahasa Indonesia. */
public record Risiko(KodeRisiko kode, String penjelasan) {}
