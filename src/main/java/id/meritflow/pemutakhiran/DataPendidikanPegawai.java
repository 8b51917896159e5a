package id.meritflow.pemutakhiran;

import id.meritflow.kepegawaian.Pendidikan;

/** What the education update needs to know of an employee. */
public record DataPendidikanPegawai(String nip, String nama, Pendidikan pendidikan, String bidangPendidikan) {}
