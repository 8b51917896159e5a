package id.meritflow.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reasons an employee reads: rule messages that did not pass and people's notes, never codes or JSON. */
class AlasanKasusTest {

  private final AlasanKasus alasan = new AlasanKasus(new ObjectMapper());

  @Test
  void aRefusedTransferGivesTheMessagesOfItsFailedAndWaitingRulesOnly() {
    String hasil = """
        {"hasil": [
          {"kode": "MUT-MASA-JABATAN", "status": "GAGAL", "fakta": {"tmtJabatan": "2025-01-01"},
           "pesan": "Masa dalam jabatan baru 1 tahun; paling singkat 2 tahun."},
          {"kode": "MUT-FORMASI", "status": "LULUS", "fakta": {}, "pesan": "Formasi tersedia."},
          {"kode": "POL-PPK", "status": "PERLU_PERSETUJUAN", "fakta": {}, "pesan": "Perlu persetujuan PPK instansi asal."}
        ], "kesimpulan": "GAGAL"}""";

    assertThat(alasan.dari(Map.of("hasilPemeriksaan", hasil))).containsExactly(
        "Masa dalam jabatan baru 1 tahun; paling singkat 2 tahun.", "Perlu persetujuan PPK instansi asal.");
  }

  @Test
  void aPostponedPromotionListGivesItsRuleMessageAndThePostponement() {
    String hasil = """
        [{"kode": "KP-DISIPLIN", "status": "DITUNDA", "fakta": {}, "pesan": "Sedang menjalani hukuman disiplin."},
         {"kode": "KP-KINERJA", "status": "LULUS", "fakta": {}, "pesan": "Kinerja baik."}]""";

    assertThat(alasan.dari(Map.of("hasilPemeriksaan", hasil, "alasanPenundaan", "Ditunda karena kasus disiplin.")))
        .containsExactly("Sedang menjalani hukuman disiplin.", "Ditunda karena kasus disiplin.");
  }

  @Test
  void aVerifiersNoteIsAReasonOnlyWhenTheVerifierRefused() {
    assertThat(alasan.dari(Map.of("keputusanVerifikasi", "TOLAK", "catatanVerifikasi", "Lampirkan ijazah yang dilegalisasi.")))
        .containsExactly("Catatan verifikator: Lampirkan ijazah yang dilegalisasi.");
    assertThat(alasan.dari(Map.of("keputusanVerifikasi", "SETUJU", "catatanVerifikasi", "Lengkap."))).isEmpty();
  }

  @Test
  void anUnreadableScreeningShowsNothingRatherThanRawText() {
    assertThat(alasan.dari(Map.of("hasilPemeriksaan", "{not json"))).isEmpty();
  }
}
