package id.meritflow.penandatanganan;

import id.meritflow.penandatanganan.domain.JenisSk;
import id.meritflow.penandatanganan.kunci.KeystoreEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code meritflow.sk.*}; see docs/penandatanganan.md.
 *
 * @param baseUrl start of the verification URL printed in the QR code
 * @param nomorPrefix classification prefix of the SK number per type
 * @param kodeInstansi agency code in the SK number; default: the instansi id in capitals
 * @param keystores instansi id → signer role → PKCS#12 keystore
 * @param trustedCa PEM/DER files of the CAs whose certificates the verifier trusts
 */
@ConfigurationProperties("meritflow.sk")
record SkProperties(@DefaultValue("http://localhost:8080") String baseUrl, Map<JenisSk, String> nomorPrefix,
    Map<String, String> kodeInstansi, Map<String, Map<String, KeystoreEntry>> keystores, List<Path> trustedCa,
    @DefaultValue Demo demo) {

  SkProperties {
    nomorPrefix = nomorPrefix == null ? Map.of() : Map.copyOf(nomorPrefix);
    kodeInstansi = kodeInstansi == null ? Map.of() : Map.copyOf(kodeInstansi);
    keystores = keystores == null ? Map.of() : Map.copyOf(keystores);
    trustedCa = trustedCa == null ? List.of() : List.copyOf(trustedCa);
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** Demo profile only: where the demo CA lives and which certificates to issue at start. */
  record Demo(@DefaultValue("./data/demo-keys") Path keysDir, List<String> instansi, List<String> peran) {
    Demo {
      instansi = instansi == null ? List.of() : List.copyOf(instansi);
      peran = peran == null ? List.of() : List.copyOf(peran);
    }
  }

  String prefix(JenisSk jenis) {
    String prefix = nomorPrefix.get(jenis);
    if (prefix == null) {
      throw new IllegalStateException("meritflow.sk.nomor-prefix." + jenis + " belum dikonfigurasi");
    }
    return prefix;
  }

  String kodeInstansi(String instansiId) {
    return kodeInstansi.getOrDefault(instansiId, instansiId.toUpperCase());
  }
}
