package id.meritflow.rekomendasi;

import id.meritflow.rekomendasi.domain.Faktor;
import id.meritflow.rekomendasi.domain.RumpunJabatan;

/**
 * A course of the training catalogue (src/main/resources/rekomendasi/katalog-pelatihan.json): the
 * factor whose gap it closes and, for field-specific courses, the position family.
 */
public record Pelatihan(String kode, String judul, Faktor faktor, RumpunJabatan rumpun, int jamPelajaran, String uraian) {}
