package id.meritflow.keandalan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One operation: method, path template, its query parameters (name, required, first enum value or
 * type) and what body it takes. From {@code /api/openapi}, or an engine REST row of the table.
 */
record Endpoint(String method, String path, List<Parameter> query, List<String> header, String body) {

  record Parameter(String name, boolean required, String contoh) {}

  /** Query parameters that name whose data is asked for. */
  static final Set<String> BERLINGKUP = Set.of("instansiId", "nip", "nomor", "kasusId", "processInstanceId");

  static final String JSON = "application/json";
  static final String MULTIPART = "multipart/form-data";

  String kunci() {
    return method + " " + path;
  }

  List<Lingkup> lingkup() {
    boolean berlingkup = path.contains("{") || query.stream().anyMatch(p -> BERLINGKUP.contains(p.name()));
    return berlingkup ? List.of(Lingkup.SENDIRI, Lingkup.INSTANSI_LAIN, Lingkup.PEGAWAI_LAIN) : List.of(Lingkup.SATU);
  }

  @Override
  public String toString() {
    return kunci();
  }

  static List<Endpoint> dariOpenApi(JsonNode openApi) {
    List<Endpoint> endpoints = new ArrayList<>();
    openApi.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      List<Parameter> query = new ArrayList<>();
      List<String> header = new ArrayList<>();
      for (JsonNode p : op.getValue().path("parameters")) {
        String name = p.get("name").asText();
        if ("caller".equals(name)) {
          continue; // the resolved Caller argument springdoc lists; not a real parameter
        }
        if ("query".equals(p.path("in").asText())) {
          query.add(new Parameter(name, p.path("required").asBoolean(), contoh(p.path("schema"))));
        } else if ("header".equals(p.path("in").asText())) {
          header.add(name);
        }
      }
      JsonNode content = op.getValue().path("requestBody").path("content");
      String body = content.has(JSON) ? JSON : content.has(MULTIPART) ? MULTIPART : null;
      endpoints.add(new Endpoint(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), query, header, body));
    }));
    return endpoints;
  }

  private static String contoh(JsonNode schema) {
    if (schema.has("enum")) {
      return schema.get("enum").get(0).asText();
    }
    return switch (schema.path("type").asText()) {
      case "integer", "number" -> "2026";
      case "boolean" -> "true";
      default -> "x";
    };
  }
}
