package id.meritflow.demo;

import id.meritflow.kepegawaian.Eselon;
import id.meritflow.kepegawaian.Golongan;
import id.meritflow.kepegawaian.JenisJabatan;
import id.meritflow.kepegawaian.Pendidikan;

/**
 * One position of the position map. {@code eselon} is null for pelaksana and fungsional,
 * {@code jenjang} is set only for fungsional, {@code batasUsia} only where the law sets one.
 */
public record JabatanData(
    String id,
    String instansiId,
    String unitKerjaId,
    String nama,
    JenisJabatan jenis,
    Eselon eselon,
    String jenjang,
    Golongan golonganMin,
    Golongan golonganMax,
    Pendidikan pendidikanMin,
    Integer batasUsia,
    int kebutuhan) {}
