package id.meritflow.notifikasi;

/**
 * Jakarta Mail 2.1 finds its {@code StreamProvider} anew every time a message is written or parsed
 * ({@code MimeBodyPart.writeTo}, {@code InternetHeaders.load}, {@code MimeUtility.encode}): through
 * {@code ServiceLoader}, which looks for the service file in every jar on the class path
 * (jakartaee/mail-api issues 699 and 861). In a KP batch that was 4.2 % of the JVM's samples, the
 * sender's messages and the demo SMTP server's parsing together (docs/benchmarks.md, "Tenth session").
 * Its {@code FactoryFinder} first asks a system property named after the interface; naming Angus Mail's
 * provider there turns the scan into a lookup of a loaded class. A value already set is left as it is,
 * and without Angus Mail on the class path nothing is set.
 */
final class MailStreamProviderLookup {

  static final String PROPERTY = "jakarta.mail.util.StreamProvider";
  static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

  private MailStreamProviderLookup() {}

  /** Names Angus Mail's provider unless a provider is named already; returns the name in effect (or null). */
  static synchronized String install() {
    String named = System.getProperty(PROPERTY);
    if (named != null) {
      return named;
    }
    try {
      Class.forName(ANGUS, false, MailStreamProviderLookup.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    System.setProperty(PROPERTY, ANGUS);
    return ANGUS;
  }
}
