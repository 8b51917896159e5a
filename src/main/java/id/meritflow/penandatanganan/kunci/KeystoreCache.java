package id.meritflow.penandatanganan.kunci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PKCS#12 keystores read once and kept while their file stays the same. Opening one derives its
 * keys from the password (PBKDF2, thousands of hash rounds): a tenth of an SK's signing time when
 * done for every SK. The file is still looked at before every signing (modification time, size,
 * file identity): a keystore replaced on disk, e.g. a renewed or revoked certificate, is read again
 * at the next signing, and an unreadable one still fails it. A different password or alias reads
 * the file again too.
 */
final class KeystoreCache {

  private record Stamp(String alias, String password, FileTime modified, long size, Object fileKey) {}

  private record Entry(Stamp stamp, SigningKey key) {}

  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

  SigningKey read(Path path, String alias, char[] password) throws Exception {
    BasicFileAttributes file = Files.readAttributes(path, BasicFileAttributes.class);
    Stamp stamp = new Stamp(alias, new String(password), file.lastModifiedTime(), file.size(), file.fileKey());
    Entry known = entries.get(path);
    if (known != null && known.stamp().equals(stamp)) {
      return known.key();
    }
    SigningKey key = Pkcs12.read(path, alias, password);
    entries.put(path, new Entry(stamp, key));
    return key;
  }
}
