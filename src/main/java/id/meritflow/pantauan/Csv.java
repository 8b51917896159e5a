package id.meritflow.pantauan;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as CSV (RFC 4180, UTF-8, header row): the record's components are the columns, in
 * order, named as in the JSON. Asked for by {@code ?format=csv} or {@code Accept: text/csv}.
 */
final class Csv {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private Csv() {}

  static boolean diminta(String format, String accept) {
    return "csv".equalsIgnoreCase(format) || (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
  }

  /** The rows as JSON, or as CSV when asked; {@code nama} names the downloaded file. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T extends Record> ResponseEntity<List<T>> jawab(Class<T> jenis, List<T> baris, String nama, String format,
      String accept) {
    if (!diminta(format, accept)) {
      return ResponseEntity.ok(baris);
    }
    ResponseEntity csv = ResponseEntity.ok().contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("pantauan-" + nama + ".csv")
            .build().toString())
        .body(tulis(jenis, baris));
    return csv;
  }

  static <T extends Record> String tulis(Class<T> jenis, List<T> baris) {
    RecordComponent[] kolom = jenis.getRecordComponents();
    StringBuilder out = new StringBuilder();
    out.append(Stream.of(kolom).map(RecordComponent::getName).collect(Collectors.joining(","))).append("\r\n");
    for (T b : baris) {
      out.append(Stream.of(kolom).map(k -> sel(nilai(k, b))).collect(Collectors.joining(","))).append("\r\n");
    }
    return out.toString();
  }

  private static Object nilai(RecordComponent kolom, Object baris) {
    try {
      return kolom.getAccessor().invoke(baris);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sel(Object nilai) {
    if (nilai == null) {
      return "";
    }
    String s = nilai.toString();
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
