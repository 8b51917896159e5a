package id.meritflow.kepegawaian;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.springframework.boot.jackson.JsonComponent;

/** Rank and echelon are written with their legal codes ("III/c", "IV.a"), as clients send them. */
@JsonComponent
class RegistryJson {

  static class GolonganSerializer extends JsonSerializer<Golongan> {
    @Override
    public void serialize(Golongan value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.kode());
    }
  }

  static class EselonSerializer extends JsonSerializer<Eselon> {
    @Override
    public void serialize(Eselon value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.kode());
    }
  }
}
