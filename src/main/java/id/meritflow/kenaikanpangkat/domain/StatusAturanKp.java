package id.meritflow.kenaikanpangkat.domain;

/**
 * The outcome of one rule, mildest first; a proposal's conclusion is its most severe result.
 * PERLU_VERIFIKASI: BKN must check a document by hand before its pertek. DITUNDA: not now, but
 * nothing is wrong with the proposal itself (a disciplinary case or penalty).
 */
public enum StatusAturanKp {
  LULUS, PERLU_VERIFIKASI, DITUNDA, GAGAL
}
