package id.meritflow.kepegawaian;

import static id.meritflow.kepegawaian.PegawaiRequestBuilder.aPegawaiRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.meritflow.platform.web.NotFoundException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PegawaiApiTest extends RegistryApiTest {

  @Autowired PegawaiDirectory directory;

  @Test
  void createsPegawaiWithKinerjaAndInitialHistoryTogether() throws Exception {
    // given
    PegawaiRequest request = aPegawaiRequest().withJabatan("kota-a-analis", LocalDate.of(2020, 1, 2)).build();

    // when / then
    postAs(Callers.operatorOf("kota-a"), "/api/pegawai", request)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/pegawai/" + request.nip()))
        .andExpect(jsonPath("$.pegawai.golongan").value("III/c"))
        .andExpect(jsonPath("$.pegawai.tanggalLahir").value("1990-03-15"))
        .andExpect(jsonPath("$.kinerja", hasSize(2)))
        .andExpect(jsonPath("$.riwayatPangkat[0].golongan").value("III/c"))
        .andExpect(jsonPath("$.riwayatJabatan[0].jabatanId").value("kota-a-analis"));
    assertThat(count("pegawai")).isEqualTo(1);
    assertThat(count("kinerja")).isEqualTo(2);
    assertThat(count("riwayat_pangkat")).isEqualTo(1);
    assertThat(count("riwayat_jabatan")).isEqualTo(1);
  }

  @Test
  void refusesMalformedPegawaiListingEveryFieldAndWritesNothing() throws Exception {
    // given a bad NIP birth date, sex digit 3, an unknown golongan and no nama
    PegawaiRequest request = aPegawaiRequest().withNip("199002302015033002").withNama(null)
        .withGolongan("III/z").withKinerja(new KinerjaEntry(2023, "BAIK"), new KinerjaEntry(2024, "HEBAT")).build();
    int before = count("pegawai");

    // when / then
    postAs(Callers.operatorOf("kota-a"), "/api/pegawai", request)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDASI_GAGAL"))
        .andExpect(jsonPath("$.errors[*].field").value(
            containsInAnyOrder("nip", "nip", "nama", "golongan", "kinerja[1].predikat")))
        .andExpect(jsonPath("$.errors[*].code").value(containsInAnyOrder("NIP_TANGGAL_LAHIR", "NIP_JENIS_KELAMIN",
            "WAJIB_DIISI", "GOLONGAN_TIDAK_VALID", "PREDIKAT_TIDAK_VALID")));
    assertThat(count("pegawai")).isEqualTo(before);
    assertThat(count("kinerja") + count("riwayat_pangkat") + count("riwayat_jabatan")).isZero();
  }

  @Test
  void refusesDuplicateNip() throws Exception {
    givenPegawai(aPegawaiRequest());

    postAs(Callers.operatorOf("kota-a"), "/api/pegawai", aPegawaiRequest().build())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("nip"))
        .andExpect(jsonPath("$.errors[0].code").value("NIP_SUDAH_ADA"));
    assertThat(count("pegawai")).isEqualTo(1);
  }

  @Test
  void updatesNonHistoryDataAndRefusesStaleVersion() throws Exception {
    givenPegawai(aPegawaiRequest());
    var change = new PegawaiUpdateRequest("Budi Santoso, S.IP.", "S2", "Administrasi Publik", false, null, null, null, 0);

    putAs(Callers.operatorOf("kota-a"), "/api/pegawai/" + PegawaiRequestBuilder.NIP, change)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pendidikan").value("S2"))
        .andExpect(jsonPath("$.versi").value(1));
    putAs(Callers.operatorOf("kota-a"), "/api/pegawai/" + PegawaiRequestBuilder.NIP, change)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("VERSI_BERUBAH"));
  }

  @Test
  void updatePendidikanChangesEducationForTheProcess() {
    givenPegawai(aPegawaiRequest());

    pegawaiService.updatePendidikan(PegawaiRequestBuilder.NIP, Pendidikan.S2, "Manajemen SDM");

    assertThat(directory.find(PegawaiRequestBuilder.NIP)).hasValueSatisfying(p -> {
      assertThat(p.pegawai().pendidikan()).isEqualTo(Pendidikan.S2);
      assertThat(p.pegawai().bidangPendidikan()).isEqualTo("Manajemen SDM");
    });
    assertThatThrownBy(() -> pegawaiService.updatePendidikan("199003152015031999", Pendidikan.S2, null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void directoryAnswersWithoutCallerScoping() {
    givenPegawai(aPegawaiRequest().withInstansi("kota-b", "kota-b-setda"));

    assertThat(directory.instansiOf(PegawaiRequestBuilder.NIP)).contains("kota-b");
    assertThat(directory.find("199003152015031999")).isEmpty();
  }
}
