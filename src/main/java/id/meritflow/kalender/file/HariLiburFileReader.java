package id.meritflow.kalender.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import id.meritflow.kalender.DaftarHariLibur;
import id.meritflow.kalender.HariLibur;
import id.meritflow.kalender.JenisLibur;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code hari-libur-YYYY.json}. Streaming rather than data binding, because an admin who
 * edits the file by hand needs the line of the entry that is wrong, and a tree has no lines.
 */
final class HariLiburFileReader {

  private static final JsonFactory JSON = new JsonFactory();

  private HariLiburFileReader() {}

  static DaftarHariLibur read(String berkas, int tahun, InputStream in) {
    try (JsonParser parser = JSON.createParser(in)) {
      return new Reading(berkas, tahun, parser).file();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BerkasHariLiburDitolak(berkas, line, "JSON tidak sah (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("Berkas hari libur tidak dapat dibaca: " + berkas, e);
    }
  }

  /** State of one read: the file name and year for messages, the dates seen for duplicates. */
  private record Reading(String berkas, int tahun, JsonParser parser, Map<LocalDate, Integer> seen) {

    Reading(String berkas, int tahun, JsonParser parser) {
      this(berkas, tahun, parser, new HashMap<>());
    }

    DaftarHariLibur file() throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw refuse("berkas harus berupa objek JSON {\"tahun\": ..., \"hariLibur\": [...]}");
      }
      Integer tahunDiBerkas = null;
      List<String> dasar = List.of();
      List<HariLibur> hariLibur = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "tahun" -> {
            if (value != JsonToken.VALUE_NUMBER_INT) {
              throw refuse("\"tahun\" harus berupa angka");
            }
            tahunDiBerkas = parser.getIntValue();
          }
          case "dasar" -> dasar = strings("dasar");
          case "catatan" -> parser.skipChildren();
          case "hariLibur" -> hariLibur = entries();
          default -> throw refuse("kolom \"" + field + "\" tidak dikenal (yang dikenal: tahun, dasar, catatan, hariLibur)");
        }
      }
      if (tahunDiBerkas == null || tahunDiBerkas != tahun) {
        throw new BerkasHariLiburDitolak(berkas, 0,
            "\"tahun\" di dalam berkas (" + tahunDiBerkas + ") harus sama dengan tahun pada nama berkas (" + tahun + ")");
      }
      if (hariLibur == null) {
        throw new BerkasHariLiburDitolak(berkas, 0, "daftar \"hariLibur\" tidak ada");
      }
      return new DaftarHariLibur(tahun, dasar, hariLibur, berkas);
    }

    private List<String> strings(String field) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_STRING) {
        return List.of(parser.getText());
      }
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw refuse("\"" + field + "\" harus berupa teks atau daftar teks");
      }
      List<String> values = new ArrayList<>();
      while (parser.nextToken() == JsonToken.VALUE_STRING) {
        values.add(parser.getText());
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw refuse("\"" + field + "\" harus berupa daftar teks");
      }
      return values;
    }

    private List<HariLibur> entries() throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw refuse("\"hariLibur\" harus berupa daftar [...]");
      }
      List<HariLibur> entries = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        entries.add(entry(entries.size() + 1));
      }
      return entries;
    }

    private HariLibur entry(int number) throws IOException {
      int line = line();
      String where = "entri ke-" + number + ": ";
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw refuse(where + "harus berupa objek {\"tanggal\", \"nama\", \"jenis\"}");
      }
      Map<String, String> fields = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!List.of("tanggal", "nama", "jenis", "terkonfirmasi", "catatan").contains(field)) {
          throw refuse(where + "kolom \"" + field + "\" tidak dikenal (yang dikenal: tanggal, nama, jenis, terkonfirmasi, catatan)");
        }
        if (!value.isScalarValue()) {
          throw refuse(where + "kolom \"" + field + "\" harus berupa nilai tunggal");
        }
        fields.put(field, parser.getText());
      }
      LocalDate tanggal = tanggal(fields.get("tanggal"), where, line);
      String nama = fields.get("nama");
      if (nama == null || nama.isBlank()) {
        throw new BerkasHariLiburDitolak(berkas, line, where + "\"nama\" wajib diisi");
      }
      Integer duplicate = seen.putIfAbsent(tanggal, line);
      if (duplicate != null) {
        throw new BerkasHariLiburDitolak(berkas, line, where + "tanggal " + tanggal + " sudah tercantum di baris " + duplicate);
      }
      String terkonfirmasi = fields.getOrDefault("terkonfirmasi", "true");
      if (!terkonfirmasi.equals("true") && !terkonfirmasi.equals("false")) {
        throw new BerkasHariLiburDitolak(berkas, line, where + "\"terkonfirmasi\" harus true atau false");
      }
      return new HariLibur(tanggal, nama.strip(), jenis(fields.get("jenis"), where, line), Boolean.parseBoolean(terkonfirmasi));
    }

    private LocalDate tanggal(String text, String where, int line) {
      if (text == null) {
        throw new BerkasHariLiburDitolak(berkas, line, where + "\"tanggal\" wajib diisi (format YYYY-MM-DD)");
      }
      LocalDate tanggal;
      try {
        tanggal = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new BerkasHariLiburDitolak(berkas, line, where + "\"" + text + "\" bukan tanggal yang sah (format YYYY-MM-DD)");
      }
      if (tanggal.getYear() != tahun) {
        throw new BerkasHariLiburDitolak(berkas, line, where + "tanggal " + tanggal + " bukan di tahun " + tahun);
      }
      return tanggal;
    }

    private JenisLibur jenis(String text, String where, int line) {
      try {
        return JenisLibur.valueOf(String.valueOf(text));
      } catch (IllegalArgumentException e) {
        throw new BerkasHariLiburDitolak(berkas, line,
            where + "\"jenis\" harus salah satu dari " + Arrays.toString(JenisLibur.values()) + ", bukan \"" + text + "\"");
      }
    }

    private int line() {
      return parser.currentTokenLocation().getLineNr();
    }

    private BerkasHariLiburDitolak refuse(String alasan) {
      return new BerkasHariLiburDitolak(berkas, line(), alasan);
    }
  }
}
