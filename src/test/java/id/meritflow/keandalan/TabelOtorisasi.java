package id.meritflow.keandalan;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected table: one line per endpoint ({@code metode;path;} then one cell per {@link Peran});
 * a cell is one {@link Kelas} for an endpoint that names no one, or three separated by "/" for
 * own agency / another agency / another employee. Lines starting with "#" are comments.
 */
final class TabelOtorisasi {

  private final Map<String, Map<String, String>> baris;

  private TabelOtorisasi(Map<String, Map<String, String>> baris) {
    this.baris = baris;
  }

  static TabelOtorisasi baca(URL url) throws IOException {
    if (url == null) {
      return new TabelOtorisasi(Map.of());
    }
    String text;
    try (InputStream in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Map<String, String>> baris = new LinkedHashMap<>();
    List<String> kolom = null;
    for (String line : text.split("\n")) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.split(";")).map(String::strip).toList();
      if (kolom == null) {
        kolom = cells;
        continue;
      }
      Map<String, String> sel = new LinkedHashMap<>();
      for (int i = 2; i < cells.size(); i++) {
        sel.put(kolom.get(i), cells.get(i));
      }
      if (baris.put(cells.get(0) + " " + cells.get(1), sel) != null) {
        throw new IllegalStateException("baris ganda di tabel: " + cells.get(0) + " " + cells.get(1));
      }
    }
    return new TabelOtorisasi(baris);
  }

  boolean punya(String kunci) {
    return baris.containsKey(kunci);
  }

  Set<String> kunci() {
    return baris.keySet();
  }

  String harapan(String kunci, String peran) {
    return baris.getOrDefault(kunci, Map.of()).getOrDefault(peran, "(tidak ada)");
  }

  /** The engine REST endpoints the webapps use: the table's rows under {@code /engine-rest}. */
  List<Endpoint> endpointEngineRest() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (String kunci : baris.keySet()) {
      String[] mp = kunci.split(" ", 2);
      if (mp[1].startsWith("/engine-rest/")) {
        endpoints.add(new Endpoint(mp[0], mp[1], List.of(), List.of(), "GET".equals(mp[0]) ? null : Endpoint.JSON));
      }
    }
    return endpoints;
  }

  static String barisCsv(String kunci, Map<String, String> sel) {
    StringBuilder b = new StringBuilder(kunci.replaceFirst(" ", ";"));
    for (Peran peran : Peran.values()) {
      b.append(';').append(sel.get(peran.name()));
    }
    return b.toString();
  }

  static String tulis(Map<String, Map<String, String>> teramati) {
    StringBuilder b = new StringBuilder(KEPALA);
    b.append("metode;path");
    for (Peran peran : Peran.values()) {
      b.append(';').append(peran.name());
    }
    b.append('\n');
    teramati.keySet().stream().sorted((x, y) -> {
      String[] a = x.split(" ", 2);
      String[] c = y.split(" ", 2);
      return a[1].equals(c[1]) ? a[0].compareTo(c[0]) : a[1].compareTo(c[1]);
    }).forEach(k -> b.append(barisCsv(k, teramati.get(k))).append('\n'));
    return b.toString();
  }

  private static final String KEPALA = """
      # Matriks otorisasi MeritFlow: setiap peran demo dan anonim x setiap endpoint x lingkup data.
      # Diperiksa oleh MatriksOtorisasiTest (src/test/java/id/meritflow/keandalan); docs/reliability.md.
      #
      # Baris: metode;path;lalu satu sel per peran (pengguna demo: ANONIM tanpa login, OPERATOR operator-cimahi,
      # PPK ppk-cimahi, ATASAN atasan-cimahi, PEGAWAI pegawai-dewi, VERIFIKATOR verifikator-bkn, SUPERVISOR supervisor,
      # BPASN bpasn, KANREG kanreg-bkn, PRESIDEN setneg, PERANCANG perancang, ADMIN admin).
      # Sel: satu nilai bila parameter endpoint tidak menyebut data siapa pun; tiga nilai sendiri/instansi-lain/pegawai-lain
      # bila menyebut: data Kota Cimahi (bagi pegawai: datanya sendiri, Dewi) / data Provinsi Jawa Barat (Sari) /
      # data pegawai lain di Cimahi (Budi).
      # Nilai: OK 2xx; SALAH diteruskan lalu ditolak sebagai permintaan tidak sah (400/405/409/413/415/422; penulisan
      # dikirim dengan badan kosong sehingga tidak ada yang tertulis); TOLAK 403/404; ANON 401; BATAS 429.
      # Baris /engine-rest/... adalah endpoint REST mesin yang dipakai aplikasi web (Tasklist, Cockpit), didaftar di sini.
      # Endpoint baru tanpa baris menggagalkan build; pesan kegagalannya memuat baris yang teramati untuk ditinjau.
      """;
}
