package id.meritflow.penandatanganan.domain;

import java.util.List;

/**
 * Every text of one SK, resolved from its template and ready to lay out. Lines inside a diktum that
 * contain {@code |} are "label | value" rows printed as an aligned table ("Nama : …").
 */
public record SkContent(List<String> kop, String judul, String nomor, String tentang, List<String> menimbang,
    List<String> mengingat, List<Diktum> diktum, String tempat, String tanggal, List<String> barisKewenangan,
    String namaPenandatangan, String nipPenandatangan, String kodeVerifikasi, String urlVerifikasi) {

  /** One article: KESATU, KEDUA, … */
  public record Diktum(String label, String teks) {}

  public SkContent {
    kop = List.copyOf(kop);
    menimbang = List.copyOf(menimbang);
    mengingat = List.copyOf(mengingat);
    diktum = List.copyOf(diktum);
    barisKewenangan = List.copyOf(barisKewenangan);
  }
}
