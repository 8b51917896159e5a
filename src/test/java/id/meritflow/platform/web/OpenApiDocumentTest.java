package id.meritflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritflow.support.MeritFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@MeritFlowIntegrationTest
class OpenApiDocumentTest {

  @Autowired TestRestTemplate rest;

  @Test
  void servesTheOpenApiDocumentOfTheRegistryToAuthenticatedCallers() {
    var response = rest.withBasicAuth("operator-cimahi", "demo").getForEntity("/api/openapi", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"openapi\"", "/api/pegawai", "/api/pegawai/{nip}", "/api/jabatan",
        "/api/disiplin/kehadiran", "/api/disiplin/kasus/{id}/keberatan", "/api/unit-kerja", "/api/mutasi",
        "/api/mutasi/{businessKey}", "Daftar kasus mutasi");
  }
}
