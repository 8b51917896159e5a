package id.meritflow.notifikasi;

import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail through Spring Mail to the configured SMTP server (STARTTLS, credentials from the environment). */
class KanalEmail implements KanalNotifikasi {

  static final String KODE = "EMAIL";

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

  @Override
  public void kirim(PesanKeluar pesan) throws Exception {
    var message = sender.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(pengirim);
    helper.setTo(pesan.alamat());
    helper.setSubject(pesan.subjek());
    helper.setText(pesan.isi(), false);
    // lets a receiving system recognise a re-delivery of the same notification after a crash
    message.setHeader("X-MeritFlow-Notifikasi", pesan.id());
    sender.send(message);
  }
}
