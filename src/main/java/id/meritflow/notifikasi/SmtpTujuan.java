package id.meritflow.notifikasi;

/**
 * The SMTP server the EMAIL channel talks to: the configured one, or (demo profile) the embedded
 * one, which replaces this bean as {@code @Primary}.
 */
public record SmtpTujuan(NotifikasiProperties.Smtp smtp) {

  /** An SMTP server without TLS or login on this host, e.g. the demo's embedded one. */
  public static SmtpTujuan lokal(String host, int port, String pengirim) {
    return new SmtpTujuan(new NotifikasiProperties.Smtp(host, port, null, null, false, false, pengirim, null));
  }
}
