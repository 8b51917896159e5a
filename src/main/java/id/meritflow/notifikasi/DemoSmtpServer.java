package id.meritflow.notifikasi;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo profile's SMTP server (GreenMail, in this JVM, on 127.0.0.1 only), so a new user sees the
 * notifications on {@code /demo/surel} without configuring a mail server. It can be stopped and
 * started again on the same port (the tests use that to play an outage); the mails it received
 * before a stop are kept.
 */
public class DemoSmtpServer {

  private static final Logger log = LoggerFactory.getLogger(DemoSmtpServer.class);

  private final int port;
  private final List<MimeMessage> arsip = new ArrayList<>();
  private GreenMail server;

  DemoSmtpServer(int port) {
    this.port = port > 0 && bebas(port) ? port : portBebas();
    if (port > 0 && this.port != port) {
      log.warn("Demo: port SMTP {} sudah dipakai; server SMTP demo memakai port {}", port, this.port);
    }
  }

  public int port() {
    return port;
  }

  public synchronized void mulai() {
    if (server == null) {
      MailStreamProviderLookup.install(); // GreenMail parses every message it receives with Jakarta Mail
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      log.info("Demo: server SMTP tertanam di 127.0.0.1:{}; surel terkirim tampil di /demo/surel", port);
    }
  }

  /** Stops accepting mail (connections are refused) until {@link #mulai()}. */
  public synchronized void berhenti() {
    if (server != null) {
      arsip.addAll(List.of(server.getReceivedMessages()));
      server.stop();
      server = null;
    }
  }

  public synchronized boolean berjalan() {
    return server != null;
  }

  /** Every mail received, oldest first. */
  public synchronized List<MimeMessage> surel() {
    var semua = new ArrayList<>(arsip);
    if (server != null) {
      semua.addAll(List.of(server.getReceivedMessages()));
    }
    return semua;
  }

  private static boolean bebas(int port) {
    try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int portBebas() {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Tidak ada port bebas untuk server SMTP demo", e);
    }
  }
}
