package id.meritflow.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailStreamProviderLookupTest {

  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(MailStreamProviderLookup.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(MailStreamProviderLookup.PROPERTY);
    } else {
      System.setProperty(MailStreamProviderLookup.PROPERTY, before);
    }
  }

  @Test
  void namesAngusMailsProviderSoJakartaMailTakesItWithoutScanningTheClassPath() {
    System.clearProperty(MailStreamProviderLookup.PROPERTY);

    assertThat(MailStreamProviderLookup.install()).isEqualTo(MailStreamProviderLookup.ANGUS);

    assertThat(System.getProperty(MailStreamProviderLookup.PROPERTY)).isEqualTo(MailStreamProviderLookup.ANGUS);
    assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProviderLookup.ANGUS);
  }

  @Test
  void leavesAProviderNamedByTheOperatorAsItIs() {
    System.setProperty(MailStreamProviderLookup.PROPERTY, "com.example.OtherProvider");

    assertThat(MailStreamProviderLookup.install()).isEqualTo("com.example.OtherProvider");

    assertThat(System.getProperty(MailStreamProviderLookup.PROPERTY)).isEqualTo("com.example.OtherProvider");
  }
}
