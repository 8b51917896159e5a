package id.meritflow.penandatanganan.kunci;

/** No usable signing key for a role: the SK cannot be signed (and no number is used). */
public class KunciTidakTersediaException extends RuntimeException {

  public KunciTidakTersediaException(String message) {
    super(message);
  }

  public KunciTidakTersediaException(String message, Throwable cause) {
    super(message, cause);
  }
}
