package id.meritflow.penandatanganan.kunci;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/** Reading and writing PKCS#12 keystores. */
final class Pkcs12 {

  /**
   * Keystores already opened, by file, alias and the file's modification time and size: opening
   * one derives its keys (PBKDF2, thousands of iterations) and took about 5 % of the job
   * executor's CPU when a KP period's SKs were signed one after another. A replaced or rewritten
   * keystore file has another time or size, so it is read again on the next signing.
   */
  private static final Map<Kunci, SigningKey> TERBUKA = new ConcurrentHashMap<>();
  private static final int MAKS_TERBUKA = 1_000;

  private record Kunci(Path path, String alias, FileTime diubah, long ukuran, int sandi) {}

  private Pkcs12() {}

  static SigningKey read(Path path, String alias, char[] password) throws Exception {
    Path file = path.toAbsolutePath().normalize();
    var attributes = Files.readAttributes(file, BasicFileAttributes.class);
    Kunci kunci = new Kunci(file, alias, attributes.lastModifiedTime(), attributes.size(), Arrays.hashCode(password));
    SigningKey key = TERBUKA.get(kunci);
    if (key == null) {
      key = load(file, alias, password);
      if (TERBUKA.size() >= MAKS_TERBUKA) {
        TERBUKA.clear();
      }
      TERBUKA.put(kunci, key);
    }
    return key;
  }

  private static SigningKey load(Path path, String alias, char[] password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(path)) {
      store.load(in, password);
    }
    String name = alias != null ? alias : store.aliases().nextElement();
    if (!store.isKeyEntry(name)) {
      throw new IllegalArgumentException("alias '" + name + "' bukan kunci privat");
    }
    PrivateKey key = (PrivateKey) store.getKey(name, password);
    Certificate[] chain = store.getCertificateChain(name);
    List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    return new SigningKey(key, certificates);
  }

  static void write(Path path, String alias, char[] password, SigningKey key) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(alias, key.privateKey(), password, key.chain().toArray(new Certificate[0]));
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      store.store(out, password);
    }
    // Atomic move: a crash while writing never leaves a half-written keystore behind.
    Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
