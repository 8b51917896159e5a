package id.meritflow.rekomendasi.domain;

import java.util.List;

/**
 * Advice on one transfer proposal: the fit of the employee for the target position, the risk flags
 * and any merit rule the employee fails. {@code perluTinjauan} routes the case to a person; the
 * advice never rejects a proposal.
 */
public record PenilaianMutasi(Penilaian kecocokan, List<Risiko> risiko, List<Alasan> tidakMemenuhi, boolean perluTinjauan, String penjelasan) {

  public PenilaianMutasi {
    risiko = List.copyOf(risiko);
    tidakMemenuhi = List.copyOf(tidakMemenuhi);
  }

  public List<String> kodeRisiko() {
    return risiko.stream().map(r -> r.kode().name()).toList();
  }
}
