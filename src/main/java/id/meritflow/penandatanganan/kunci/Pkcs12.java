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

/** Reading and writing PKCS#12 keystores. */
final class Pkcs12 {

  private Pkcs12() {}

  static SigningKey read(Path path, String alias, char[] password) throws Exception {
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
