package id.meritflow.mutasi;

/** Why a transfer is proposed; PELANGGARAN and TIDAK_MEMENUHI_SYARAT lift POL-JPT-2TH's block. */
public enum KategoriAlasan {
  PELANGGARAN, TIDAK_MEMENUHI_SYARAT, PENGEMBANGAN_KARIER, ROTASI, LAINNYA
}
