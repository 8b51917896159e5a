package id.meritflow.penandatanganan.kunci;

import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keys from PKCS#12 keystores configured per agency and role
 * ({@code meritflow.sk.keystores.<instansi>.<peran>}). Keystores are opened when a signing needs
 * them, so a missing keystore fails that signing with a clear message instead of the start; once
 * opened, a keystore is kept until its file changes ({@link KeystoreCache}).
 */
public final class Pkcs12SigningKeys implements SigningKeys {

  private final Map<String, Map<String, KeystoreEntry>> entries;
  private final Function<String, String> environment;
  private final KeystoreCache keystores = new KeystoreCache();

  public Pkcs12SigningKeys(Map<String, Map<String, KeystoreEntry>> entries, Function<String, String> environment) {
    this.entries = Map.copyOf(entries);
    this.environment = environment;
  }

  public boolean configured(String instansiId, String peran) {
    return entry(instansiId, peran).isPresent();
  }

  @Override
  public SigningKey forRole(String instansiId, String peran) {
    KeystoreEntry entry = entry(instansiId, peran).orElseThrow(() -> new KunciTidakTersediaException(
        "Kunci penandatangan untuk peran '" + peran + "' di instansi '" + instansiId + "' belum dikonfigurasi "
            + "(meritflow.sk.keystores." + instansiId + "." + peran + ")."));
    if (entry.path() == null || !Files.isReadable(entry.path())) {
      throw new KunciTidakTersediaException("Berkas keystore " + entry.path() + " untuk peran '" + peran
          + "' di instansi '" + instansiId + "' tidak ditemukan atau tidak dapat dibaca.");
    }
    String variable = entry.passwordEnv() != null ? entry.passwordEnv()
        : KeystoreEntry.defaultPasswordEnv(instansiId, peran);
    String password = environment.apply(variable);
    if (password == null) {
      throw new KunciTidakTersediaException("Kata sandi keystore untuk peran '" + peran + "' di instansi '"
          + instansiId + "' tidak tersedia: variabel lingkungan " + variable + " belum diisi.");
    }
    try {
      return keystores.read(entry.path(), entry.alias(), password.toCharArray());
    } catch (Exception e) {
      throw new KunciTidakTersediaException("Keystore " + entry.path() + " tidak dapat dibuka: " + e.getMessage(), e);
    }
  }

  private Optional<KeystoreEntry> entry(String instansiId, String peran) {
    return Optional.ofNullable(entries.getOrDefault(instansiId, Map.of()).get(peran));
  }
}
