package id.meritflow.kepegawaian;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class OrganisasiApiTest extends RegistryApiTest {

  static final InstansiRequest KOTA_C =
      new InstansiRequest("kota-c", "Pemerintah Kota C", "KABUPATEN_KOTA", "Kota C", "Jawa Barat", null, null, null);

  @Test
  void onlyAdminCreatesInstansi() throws Exception {
    postAs(Callers.operatorOf("kota-a"), "/api/instansi", KOTA_C)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("HANYA_ADMIN"));
    postAs(Callers.admin(), "/api/instansi", KOTA_C)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/instansi/kota-c"));
  }

  @Test
  void instansiListAndDetailAreScopedToTheCaller() throws Exception {
    getAs(Callers.operatorOf("kota-a"), "/api/instansi").andExpect(jsonPath("$[*].id").value(contains("kota-a")));
    getAs(Callers.operatorOf("kota-a"), "/api/instansi/kota-b").andExpect(status().isNotFound());
    getAs(Callers.operatorOf("kota-a"), "/api/instansi/kota-b/unit-kerja").andExpect(status().isNotFound());
    getAs(Callers.operatorOf("kota-a"), "/api/instansi/kota-a/unit-kerja")
        .andExpect(jsonPath("$[*].id").value(contains("kota-a-setda")));
  }

  @Test
  void unitKerjaIsCreatedOnlyInOwnAgency() throws Exception {
    postAs(Callers.operatorOf("kota-a"), "/api/unit-kerja",
        new UnitKerjaRequest("kota-a-bagian-umum", "kota-a", "Bagian Umum", "kota-a-setda"))
        .andExpect(status().isCreated());
    postAs(Callers.operatorOf("kota-a"), "/api/unit-kerja",
        new UnitKerjaRequest("kota-b-bagian-umum", "kota-b", "Bagian Umum", null))
        .andExpect(status().isNotFound());
  }

  @Test
  void jabatanWithInconsistentEselonIsRefused() throws Exception {
    var request = new JabatanRequest("kota-a-kasubbag", "kota-a", "kota-a-setda", "Kepala Subbagian", "PENGAWAS",
        "III.a", null, "IV/a", "III/c", "S1", null, 1);

    postAs(Callers.operatorOf("kota-a"), "/api/jabatan", request)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].code").value(
            containsInAnyOrder("ESELON_TIDAK_SESUAI_JENIS", "RENTANG_GOLONGAN_TERBALIK")));
  }

  @Test
  void jabatanListFiltersOnDerivedVacancy() throws Exception {
    var kasubbag = new JabatanRequest("kota-a-kasubbag", "kota-a", "kota-a-setda", "Kepala Subbagian Umum",
        "PENGAWAS", "IV.a", null, "III/c", "III/d", "D3", null, 0);
    postAs(Callers.operatorOf("kota-a"), "/api/jabatan", kasubbag)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.eselon").value("IV.a"))
        .andExpect(jsonPath("$.lowong").value(0));

    getAs(Callers.operatorOf("kota-a"), "/api/jabatan?lowong=true")
        .andExpect(jsonPath("$[*].id").value(contains("kota-a-analis")));
    getAs(Callers.operatorOf("kota-a"), "/api/jabatan?instansiId=kota-a&lowong=false")
        .andExpect(jsonPath("$[*].id").value(contains("kota-a-kasubbag")));
    getAs(Callers.operatorOf("kota-a"), "/api/jabatan?instansiId=kota-b").andExpect(status().isNotFound());
    getAs(Callers.operatorOf("kota-a"), "/api/jabatan/kota-b-analis").andExpect(status().isNotFound());
  }

  @Test
  void openApiDocumentListsTheRegistry() throws Exception {
    getAs(Callers.admin(), "/api/openapi")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/pegawai/{nip}']").exists());
  }
}
