package id.meritflow.penandatanganan.domain;

import java.security.SecureRandom;

/**
 * Verification codes: 16 base32 characters (80 random bits) from a CSPRNG, so they cannot be
 * guessed or enumerated, and stay URL-safe and readable aloud (no 0/1/8/9 lookalikes).
 */
public final class KodeVerifikasi {

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();
  public static final int LENGTH = 16;

  private KodeVerifikasi() {}

  public static String baru() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** Whether the text has the shape of a code (checked before any database lookup). */
  public static boolean valid(String kode) {
    return kode != null && kode.matches("[A-Z2-7]{" + LENGTH + "}");
  }
}
