package id.meritflow.mutasi;

/**
 * One merit check of a transfer: a small named policy that returns pass, fail or needs-approval
 * with its code, the facts it used and a message. Rules never throw for a business reason.
 */
public interface AturanMutasi {

  InfoAturan info();

  HasilPemeriksaan periksa(FaktaMutasi fakta);

  default String kode() {
    return info().kode();
  }
}
