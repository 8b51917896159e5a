package id.meritflow.penandatanganan.kunci;

import java.nio.file.Path;

/**
 * Where one role's PKCS#12 keystore lives. The password is never configured directly: it is read
 * from the environment variable named {@code passwordEnv}.
 */
public record KeystoreEntry(Path path, String alias, String passwordEnv) {

  /** Default variable name: MERITFLOW_SK_KEYSTORE_&lt;INSTANSI&gt;_&lt;PERAN&gt;_PASSWORD. */
  public static String defaultPasswordEnv(String instansiId, String peran) {
    return ("MERITFLOW_SK_KEYSTORE_" + instansiId + "_" + peran + "_PASSWORD")
        .toUpperCase().replaceAll("[^A-Z0-9_]", "_");
  }
}
