package id.meritflow.platform.batch;

import id.meritflow.platform.web.FieldViolation;
import java.util.List;

/**
 * One row of a batch: its verdict, and for a started row its case and the case's state.
 *
 * @param kasus state of the case read from the engine's history; null before the case starts
 */
public record RowView(int baris, RowStatus status, String instansiId, List<FieldViolation> errors,
    String businessKey, String processInstanceId, CaseState kasus) {

  public RowView {
    errors = List.copyOf(errors);
  }

  /**
   * @param status BERJALAN, DITANGGUHKAN, SELESAI or DIHENTIKAN; TIDAK_TERLIHAT when the caller may
   *     not see the case
   * @param aktivitasAkhir id of the end event an ended case reached
   */
  public record CaseState(String status, String aktivitasAkhir) {}
}
