package id.meritflow.notifikasi;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail through Spring Mail to the configured SMTP server (STARTTLS, credentials from the environment). */
class KanalEmail implements KanalNotifikasi {

  static final String KODE = "EMAIL";

  static {
    MailStreamProviderLookup.install();
  }

  private final JavaMailSenderImpl sender;
  private final InternetAddress pengirim;

  KanalEmail(NotifikasiProperties.Smtp smtp) {
    this.sender = new JavaMailSenderImpl();
    sender.setHost(smtp.host());
    sender.setPort(smtp.port());
    sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    Properties props = sender.getJavaMailProperties();
    if (smtp.username() != null && !smtp.username().isBlank()) {
      sender.setUsername(smtp.username());
      sender.setPassword(smtp.password());
      props.put("mail.smtp.auth", "true");
    }
    props.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
    props.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls() && smtp.starttlsWajib()));
    String ms = String.valueOf(smtp.batasWaktu().toMillis());
    props.put("mail.smtp.connectiontimeout", ms);
    props.put("mail.smtp.timeout", ms);
    props.put("mail.smtp.writetimeout", ms);
    try {
      this.pengirim = new InternetAddress(smtp.pengirim(), true);
    } catch (jakarta.mail.internet.AddressException e) {
      throw new IllegalArgumentException("meritflow.notifikasi.smtp.pengirim bukan alamat surel yang valid: "
          + smtp.pengirim(), e);
    }
  }

  @Override
  public String kode() {
    return KODE;
  }

  @Override
  public Optional<String> alamat(Penerima penerima) {
    return penerima.email();
  }

  /** One message on a connection of its own: a pass of one (see {@link #putaran()}). */
  @Override
  public void kirim(PesanKeluar pesan) throws Exception {
    try (Putaran satu = putaran()) {
      satu.kirim(pesan);
    }
  }

  /**
   * The pass's messages over one SMTP connection, opened at the first and closed with the pass (one
   * connection per message cost a TCP and SMTP greeting each; docs/benchmarks.md, "Eighth session").
   * A connection that fails is closed; a message that failed on a connection already used by an
   * earlier one is sent once more on a new connection (the server may have closed an idle or long-used
   * one), and fails only if that fails too.
   */
  @Override
  public Putaran putaran() {
    return new Putaran() {
      private Transport transport;

      @Override
      public void kirim(PesanKeluar pesan) throws Exception {
        MimeMessage message = pesan(pesan);
        boolean dipakaiUlang = transport != null && transport.isConnected();
        try {
          kirimLewat(dipakaiUlang ? transport : sambung(), message);
        } catch (MessagingException e) {
          if (!dipakaiUlang) {
            throw e;
          }
          kirimLewat(sambung(), message); // the server may have closed a connection it had served
        }
      }

      /** A new connection; none is left open if it cannot be made. */
      private Transport sambung() throws MessagingException {
        tutup();
        transport = sender.getSession().getTransport(JavaMailSenderImpl.DEFAULT_PROTOCOL);
        try {
          transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        } catch (MessagingException e) {
          tutup();
          throw e;
        }
        return transport;
      }

      /** Sends on {@code t}; a connection that failed is closed, so the next message opens a new one. */
      private void kirimLewat(Transport t, MimeMessage message) throws MessagingException {
        try {
          t.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
          tutup();
          throw e;
        }
      }

      private void tutup() {
        if (transport != null) {
          try {
            transport.close();
          } catch (MessagingException e) {
            // already broken: nothing to close
          }
          transport = null;
        }
      }

      @Override
      public void close() {
        tutup();
      }
    };
  }

  /** The message as {@link JavaMailSenderImpl#send} would prepare it (sent date, headers saved). */
  private MimeMessage pesan(PesanKeluar pesan) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(pengirim);
    helper.setTo(pesan.alamat());
    helper.setSubject(pesan.subjek());
    helper.setText(pesan.isi(), false);
    // lets a receiving system recognise a re-delivery of the same notification after a crash
    message.setHeader("X-MeritFlow-Notifikasi", pesan.id());
    message.setSentDate(new Date());
    message.saveChanges();
    return message;
  }
}
