package id.meritflow.kepegawaian;

import static id.meritflow.kepegawaian.PegawaiRequestBuilder.aPegawaiRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PegawaiScopingTest extends RegistryApiTest {

  static final String NIP_A1 = "199003152015031002";
  static final String NIP_A2 = "198805102012032001";
  static final String NIP_B = "199112012016041003";

  @BeforeEach
  void givenEmployeesInTwoAgencies() {
    givenPegawai(aPegawaiRequest(NIP_A1));
    givenPegawai(aPegawaiRequest(NIP_A2));
    givenPegawai(aPegawaiRequest(NIP_B).withInstansi("kota-b", "kota-b-setda"));
  }

  @Test
  void callerOfTenantAGetsNotFoundForPegawaiOfTenantB() throws Exception {
    getAs(Callers.operatorOf("kota-a"), "/api/pegawai/" + NIP_B)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("PEGAWAI_TIDAK_DITEMUKAN"));
    getAs(Callers.operatorOf("kota-a"), "/api/pegawai/" + NIP_A1).andExpect(status().isOk());
  }

  @Test
  void listOfTenantAExcludesPegawaiOfTenantB() throws Exception {
    getAs(Callers.operatorOf("kota-a"), "/api/pegawai")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items[*].nip").value(containsInAnyOrder(NIP_A1, NIP_A2)));
    getAs(Callers.operatorOf("kota-a"), "/api/pegawai?instansiId=kota-b").andExpect(status().isNotFound());
  }

  @Test
  void pegawaiRoleCallerSeesOnlyOwnRecord() throws Exception {
    var self = Callers.pegawai("kota-a", NIP_A1);

    getAs(self, "/api/pegawai").andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[*].nip").value(contains(NIP_A1)));
    getAs(self, "/api/pegawai/" + NIP_A1).andExpect(status().isOk());
    getAs(self, "/api/pegawai/" + NIP_A2).andExpect(status().isNotFound());
  }

  @Test
  void adminSeesAllAgencies() throws Exception {
    getAs(Callers.admin(), "/api/pegawai").andExpect(jsonPath("$.total").value(3));
    getAs(Callers.admin(), "/api/pegawai/" + NIP_B).andExpect(status().isOk());
    getAs(Callers.admin(), "/api/instansi").andExpect(jsonPath("$[*].id").value(containsInAnyOrder("kota-a", "kota-b")));
  }

  @Test
  void pagesAreBoundedAndCountTheWhole() throws Exception {
    getAs(Callers.admin(), "/api/pegawai?page=1&size=2")
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items.length()").value(1));
    getAs(Callers.admin(), "/api/pegawai?size=100000").andExpect(jsonPath("$.size").value(200));
  }

  @Test
  void writesToAnotherTenantAreRefused() throws Exception {
    int before = count("pegawai");
    var operatorA = Callers.operatorOf("kota-a");

    postAs(operatorA, "/api/pegawai", aPegawaiRequest("199205052017051004").withInstansi("kota-b", "kota-b-setda").build())
        .andExpect(status().isNotFound());
    putAs(operatorA, "/api/pegawai/" + NIP_B + "/kinerja/2024", new KinerjaRequest("BAIK"))
        .andExpect(status().isNotFound());
    // staff who read agency A but are not its operator
    postAs(Callers.ppkOf("kota-a"), "/api/pegawai", aPegawaiRequest("199205052017051004").build())
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("TIDAK_BERWENANG_MENGUBAH"));
    postAs(Callers.pegawai("kota-a", NIP_A1), "/api/pegawai/" + NIP_A1 + "/riwayat-pangkat",
        new RiwayatPangkatRequest("III/d", LocalDate.of(2023, 4, 1), null))
        .andExpect(status().isForbidden());
    assertThat(count("pegawai")).isEqualTo(before);
    assertThat(count("kinerja")).isEqualTo(6);
  }
}
