package id.meritflow.rekomendasi;

import id.meritflow.mutasi.DaftarAturanMutasi;
import id.meritflow.rekomendasi.domain.Kelayakan;
import id.meritflow.rekomendasi.domain.Pemeringkat;
import id.meritflow.rekomendasi.domain.PenasihatMutasi;
import id.meritflow.rekomendasi.domain.Penilai;
import id.meritflow.rekomendasi.domain.PenilaiRisiko;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java recommendation core with the configured weights and thresholds. */
@Configuration
class RekomendasiConfiguration {

  @Bean
  Penilai penilaiRekomendasi(RekomendasiProperties p) {
    return new Penilai(p.bobotRekomendasi());
  }

  @Bean
  Kelayakan kelayakanRekomendasi(RekomendasiProperties p, DaftarAturanMutasi daftar) {
    return new Kelayakan(daftar, p.kodeKelayakan());
  }

  @Bean
  Pemeringkat pemeringkatRekomendasi(Kelayakan kelayakan, Penilai penilai) {
    return new Pemeringkat(kelayakan, penilai);
  }

  @Bean
  PenasihatMutasi penasihatMutasi(Kelayakan kelayakan, Penilai penilai, RekomendasiProperties p, DaftarAturanMutasi daftar) {
    return new PenasihatMutasi(kelayakan, penilai, new PenilaiRisiko(p.ambangRisiko(), daftar));
  }

  @Bean
  NarasiClient narasiClient(RekomendasiProperties p, ObjectMapper json) {
    RekomendasiProperties.Narasi n = p.narasiAtauMati();
    return new NarasiClient(n.url(), n.model(), n.apiKey(), n.timeout(), json);
  }
}
