package id.meritflow.mutasi;

import static id.meritflow.mutasi.InstansiBuilder.anInstansi;
import static id.meritflow.mutasi.JabatanBuilder.aJabatan;
import static id.meritflow.mutasi.PegawaiBuilder.aPegawai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.meritflow.kepegawaian.RiwayatJabatanRequest;
import id.meritflow.kepegawaian.UnitKerja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProsesMutasiTest {

  private static final String NIP = "198501012010011001";

  private final FakeDirectories registry = new FakeDirectories()
      .with(aPegawai().build())
      .with(anInstansi("kota-a").build()).with(anInstansi("kota-b").build())
      .with(new UnitKerja("kota-a-setda", "kota-a", "Sekretariat Daerah", null))
      .with(new UnitKerja("kota-b-bkpsdm", "kota-b", "BKPSDM", null))
      .with(aJabatan().withId("kota-a-analis").in("kota-a", "kota-a-setda").build())
      .with(aJabatan().withId("kota-b-pranata").in("kota-b", "kota-b-bkpsdm").build());
  private final List<String> dicatat = new ArrayList<>();
  private final ProsesMutasi proses = new ProsesMutasi(
      new PemeriksaanMutasi(registry, registry, DaftarAturanMutasi.standar(KebijakanMutasi.DEFAULT),
          id.meritflow.support.SuiteClock.clock()),
      (nip, r) -> {
        dicatat.add(nip + " " + r);
        return "rj-1";
      });

  @Test
  void interAgencyProposalWaitsForBothPpkApprovalsAndPassesThatRuleOnceRecorded() throws Exception {
    Map<String, Object> v = variabel();
    ProsesMutasi.HasilProses pertama = proses.periksa(v);
    assertThat(pertama.perluPersetujuan()).contains("MUT-PERSETUJUAN");
    assertThat(new ObjectMapper().readTree(pertama.hasilJson()).get(0).get("kode").asText()).isEqualTo("MUT-MASA-JABATAN");

    String dokumen = proses.tambahDokumen(null, pertama.perluPersetujuan(), "MUT-PERSETUJUAN", "800/1", "2026-01-20",
        "kota-a");
    dokumen = proses.tambahDokumen(dokumen, pertama.perluPersetujuan(), "MUT-PERSETUJUAN", "800/2",
        "2026-01-21T00:00:00", "kota-b");
    v.put("dokumenPersetujuan", dokumen);

    assertThat(proses.periksa(v).perluPersetujuan()).doesNotContain("MUT-PERSETUJUAN");
    assertThat(proses.dokumen(dokumen)).extracting(DokumenPersetujuan::tanggal)
        .containsExactly(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 21));
  }

  @Test
  void refusesADocumentForARuleThatIsNotWaiting() {
    assertThatThrownBy(() -> proses.tambahDokumen(null, "MUT-PERSETUJUAN", "POL-71-2", "1", "2026-01-01", "Mendagri"))
        .isInstanceOf(ProsesMutasi.DokumenTidakValid.class).hasMessageContaining("POL-71-2");
    assertThatThrownBy(() -> proses.tambahDokumen(null, "POL-71-2", "POL-71-2", " ", "2026-01-01", "Mendagri"))
        .isInstanceOf(ProsesMutasi.DokumenTidakValid.class);
  }

  @Test
  void aCorrectionNamingAnUnknownPositionFailsWithTheViolationInsteadOfAnIncident() {
    Map<String, Object> v = variabel();
    v.put("jabatanTujuanId", "tidak-ada");

    ProsesMutasi.HasilProses hasil = proses.periksa(v);

    assertThat(hasil.kesimpulan()).isEqualTo("GAGAL");
    assertThat(hasil.hasilJson()).contains("JABATAN_TIDAK_DIKENAL");
  }

  @Test
  void recordsTheSignedSkInThePositionHistory() {
    Map<String, Object> v = variabel();
    v.put("nomorSk", "800/SK/1");

    proses.perbaruiJabatan(v);

    assertThat(dicatat).containsExactly(NIP + " " + new RiwayatJabatanRequest("kota-b", "kota-b-bkpsdm",
        "kota-b-pranata", LocalDate.of(2026, 3, 1), "800/SK/1"));
  }

  private static Map<String, Object> variabel() {
    Map<String, Object> v = new HashMap<>(VariabelMutasi.dari(new UsulanMutasi(NIP, "kota-b", "kota-b-bkpsdm",
        "kota-b-pranata", RuteMutasi.ANTAR_INSTANSI_SATU_PROVINSI,
        new AlasanMutasi(KategoriAlasan.PENGEMBANGAN_KARIER, "Karier"), false, LocalDate.of(2026, 1, 15),
        LocalDate.of(2026, 3, 1), null)));
    return v;
  }
}
