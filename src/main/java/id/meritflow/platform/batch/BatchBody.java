package id.meritflow.platform.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.meritflow.platform.web.FieldViolation;
import id.meritflow.platform.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a submitted body into one JSON node per row, so that JSON and CSV rows go through the
 * same reading and checks. CSV cells become text; Jackson coerces them to numbers and dates.
 */
@Component
class BatchBody {

  private final ObjectMapper json;

  BatchBody(ObjectMapper json) {
    this.json = json;
  }

  List<JsonNode> rows(String body, boolean csv) {
    return csv ? csvRows(body) : jsonRows(body);
  }

  private List<JsonNode> jsonRows(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw refused("JSON_TIDAK_VALID", "Isi permintaan bukan JSON yang valid.");
    }
    if (root == null || !root.isArray()) {
      throw refused("BATCH_BUKAN_DAFTAR", "Isi permintaan harus berupa daftar (array JSON) baris usulan.");
    }
    List<JsonNode> rows = new ArrayList<>(root.size());
    root.forEach(rows::add);
    return rows;
  }

  private List<JsonNode> csvRows(String body) {
    List<JsonNode> rows = new ArrayList<>();
    for (var cells : CsvReader.read(body)) {
      ObjectNode row = json.createObjectNode();
      cells.forEach(row::put);
      rows.add(row);
    }
    return rows;
  }

  static InvalidRequestException refused(String code, String message) {
    return new InvalidRequestException(List.of(new FieldViolation("$", code, message)));
  }
}
