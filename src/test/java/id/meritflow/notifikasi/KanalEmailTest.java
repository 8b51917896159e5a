package id.meritflow.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mail channel against a real SMTP server (GreenMail) behind a relay that counts the
 * connections made to it and can cut them all, as a server closing an idle connection would.
 */
class KanalEmailTest {

  private GreenMail server;
  private Relay relay;
  private KanalEmail kanal;

  @BeforeEach
  void start() throws IOException {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    relay = new Relay(server.getSmtp().getPort());
    kanal = new KanalEmail(new NotifikasiProperties.Smtp("127.0.0.1", relay.port(), null, null, false, false,
        "MeritFlow <no-reply@meritflow.invalid>", Duration.ofSeconds(5)));
  }

  @AfterEach
  void stop() throws IOException {
    relay.close();
    server.stop();
  }

  @Test
  void aPassSendsAllItsMessagesOverOneConnection() throws Exception {
    // given one sending pass of the channel
    try (var putaran = kanal.putaran()) {
      // when it delivers three messages
      for (int i = 1; i <= 3; i++) {
        putaran.kirim(pesan(i));
      }
    }

    // then all three arrived, over one connection
    assertThat(server.getReceivedMessages()).extracting(m -> m.getHeader("X-MeritFlow-Notifikasi")[0])
        .containsExactly("n-1", "n-2", "n-3");
    assertThat(relay.connections()).isEqualTo(1);
  }

  @Test
  void aMessageSentOnItsOwnOpensAndClosesItsOwnConnection() throws Exception {
    // when two messages are sent one by one, outside a pass
    kanal.kirim(pesan(1));
    kanal.kirim(pesan(2));

    // then both arrived, each over a connection of its own
    assertThat(server.getReceivedMessages()).extracting(m -> m.getHeader("X-MeritFlow-Notifikasi")[0])
        .containsExactly("n-1", "n-2");
    assertThat(relay.connections()).isEqualTo(2);
  }

  @Test
  void aConnectionTheServerClosedIsOpenedAgainAndNoMessageIsLost() throws Exception {
    try (var putaran = kanal.putaran()) {
      // given a pass whose connection the server has closed after the first message
      putaran.kirim(pesan(1));
      relay.cutAll();

      // when the pass delivers the next message
      putaran.kirim(pesan(2));
    }

    // then it arrived over a new connection
    assertThat(server.getReceivedMessages()).extracting(m -> m.getHeader("X-MeritFlow-Notifikasi")[0])
        .containsExactly("n-1", "n-2");
    assertThat(relay.connections()).isEqualTo(2);
  }

  @Test
  void aServerThatRefusesConnectionsFailsTheMessage() throws Exception {
    // given a port that is held by this test but listened on by nobody, so every connection to it is
    // refused (a closed listener's port could be taken by another socket, or still accept for a moment)
    try (Socket held = new Socket()) {
      held.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      var tertutup = new KanalEmail(new NotifikasiProperties.Smtp("127.0.0.1", held.getLocalPort(), null, null,
          false, false, "MeritFlow <no-reply@meritflow.invalid>", Duration.ofSeconds(5)));

      // when a pass tries to deliver, then the attempt fails (the outbox retries it later)
      try (var putaran = tertutup.putaran()) {
        assertThatThrownBy(() -> putaran.kirim(pesan(1))).isInstanceOf(MessagingException.class);
      }
    }
    assertThat(server.getReceivedMessages()).isEmpty();
    assertThat(relay.connections()).isZero();
  }

  private static PesanKeluar pesan(int i) {
    return new PesanKeluar("n-" + i, "dewi", "dewi@cimahi.go.id", "Tugas baru " + i, "Isi pesan " + i,
        java.util.Optional.of("http://localhost:8080/camunda/app/tasklist/"));
  }

  /** A TCP relay to the SMTP server that counts the connections it accepts and can cut them. */
  static final class Relay implements AutoCloseable {
    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new ArrayList<>();

    Relay(int target) throws IOException {
      Thread accept = new Thread(() -> {
        while (!listener.isClosed()) {
          try {
            Socket client = listener.accept();
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
            connections.incrementAndGet();
            synchronized (open) {
              open.add(client);
              open.add(upstream);
            }
            pipe(client, upstream);
            pipe(upstream, client);
          } catch (IOException e) {
            return; // closed
          }
        }
      }, "smtp-relay");
      accept.setDaemon(true);
      accept.start();
    }

    int port() {
      return listener.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    void cutAll() throws IOException {
      synchronized (open) {
        for (Socket s : open) {
          s.close();
        }
        open.clear();
      }
    }

    private static void pipe(Socket from, Socket to) {
      Thread t = new Thread(() -> {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          in.transferTo(out);
        } catch (IOException e) {
          // one side closed
        } finally {
          try {
            to.close();
            from.close();
          } catch (IOException e) {
            // already closed
          }
        }
      }, "smtp-relay-pipe");
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void close() throws IOException {
      listener.close();
      cutAll();
    }
  }
}
