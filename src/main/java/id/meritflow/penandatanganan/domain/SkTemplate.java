package id.meritflow.penandatanganan.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SK template: a properties file with numbered keys ({@code menimbang.1}, {@code mengingat.1},
 * {@code diktum.1} …) whose values hold {@code ${placeholder}}s. Numbered keys keep their order and
 * end at the first missing number. An unknown placeholder fails the signing rather than printing
 * a hole into a legal document.
 */
public final class SkTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");
  private static final List<String> DIKTUM_LABELS = List.of("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA",
      "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH");
  private static final String DEFAULT_MENETAPKAN = "KEPUTUSAN ${pejabatPenetap} TENTANG ${perihal}.";

  private final Properties properties;

  private SkTemplate(Properties properties) {
    this.properties = properties;
  }

  /** Reads a template; the reader must decode UTF-8 so that the text may hold any character. */
  public static SkTemplate parse(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    if (properties.getProperty("perihal") == null || properties.getProperty("diktum.1") == null) {
      throw new IllegalArgumentException("template SK wajib memuat 'perihal' dan 'diktum.1'");
    }
    return new SkTemplate(properties);
  }

  public SkContent fill(PermintaanSk permintaan, Penandatangan penandatangan, String nomor, String kodeVerifikasi,
      String urlVerifikasi) {
    Map<String, String> values = new HashMap<>(permintaan.keputusan().placeholders());
    DataPegawaiSk pegawai = permintaan.pegawai();
    values.put("nama", pegawai.nama());
    values.put("nip", pegawai.nip());
    values.put("pangkatGolongan", pegawai.pangkatGolongan());
    values.put("jabatan", pegawai.jabatan());
    values.put("namaInstansi", permintaan.namaInstansi());
    values.put("pejabatPenetap", penandatangan.pejabatPenetap().toUpperCase());
    values.put("pejabatPenetapJudul", penandatangan.pejabatPenetap());
    values.put("tmt", TanggalIndonesia.format(permintaan.tmt()));
    values.put("tempat", permintaan.tempatPenetapan());
    values.put("tanggal", TanggalIndonesia.format(permintaan.tanggalPenetapan()));
    String perihal = fill(properties.getProperty("perihal"), values).toUpperCase();
    values.put("perihal", perihal);

    List<SkContent.Diktum> diktum = new ArrayList<>();
    List<String> diktumTexts = numbered("diktum", values);
    // A perihal ending in an abbreviation ("S.Kom.") must not end the sentence with "..".
    String menetapkan = fill(properties.getProperty("menetapkan", DEFAULT_MENETAPKAN), values).replaceAll("\\.\\.$", ".");
    diktum.add(new SkContent.Diktum("Menetapkan", menetapkan));
    for (int i = 0; i < diktumTexts.size(); i++) {
      diktum.add(new SkContent.Diktum(DIKTUM_LABELS.get(i), diktumTexts.get(i)));
    }
    return new SkContent(List.of(permintaan.namaInstansi().toUpperCase()),
        "KEPUTUSAN " + penandatangan.pejabatPenetap().toUpperCase(), "NOMOR " + nomor, perihal,
        numbered("menimbang", values), numbered("mengingat", values), diktum, permintaan.tempatPenetapan(),
        TanggalIndonesia.format(permintaan.tanggalPenetapan()), penandatangan.barisKewenangan(),
        penandatangan.nama(), penandatangan.nip(), kodeVerifikasi, urlVerifikasi);
  }

  /** The perihal line under TENTANG, filled. */
  public String perihal(PermintaanSk permintaan) {
    Map<String, String> values = new HashMap<>(permintaan.keputusan().placeholders());
    values.put("nama", permintaan.pegawai().nama());
    values.put("nip", permintaan.pegawai().nip());
    return fill(properties.getProperty("perihal"), values).toUpperCase();
  }

  private List<String> numbered(String prefix, Map<String, String> values) {
    List<String> texts = new ArrayList<>();
    for (int i = 1; properties.getProperty(prefix + "." + i) != null; i++) {
      if (prefix.equals("diktum") && i > DIKTUM_LABELS.size()) {
        throw new IllegalArgumentException("template SK memuat lebih dari " + DIKTUM_LABELS.size() + " diktum");
      }
      texts.add(fill(properties.getProperty(prefix + "." + i), values));
    }
    return texts;
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException("placeholder tidak dikenal dalam template SK: ${" + matcher.group(1) + "}");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
