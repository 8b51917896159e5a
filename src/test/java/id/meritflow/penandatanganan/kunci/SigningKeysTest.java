package id.meritflow.penandatanganan.kunci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @TempDir Path dir;

  @Test
  void theDemoCaIsCreatedOnceAndReusedAfterARestart() {
    // given a demo CA created in a directory, with one signer
    DemoCertificateAuthority first = new DemoCertificateAuthority(dir);
    SigningKey signer = first.forRole("cimahi", "ppk");

    // when the application starts again on the same directory
    DemoCertificateAuthority second = new DemoCertificateAuthority(dir);

    // then the same CA and signer certificates come back, all labelled DEMO
    assertThat(second.caCertificate()).isEqualTo(first.caCertificate());
    assertThat(second.forRole("cimahi", "ppk").certificate()).isEqualTo(signer.certificate());
    assertThat(first.caCertificate().getSubjectX500Principal().getName()).contains("DEMO CA");
    assertThat(signer.certificate().getSubjectX500Principal().getName()).contains("CN=ppk cimahi (DEMO)");
    assertThat(signer.chain()).hasSize(2);
  }

  @Test
  void aRoleWithoutAKeystoreFailsTheSigningWithAClearMessage() {
    var keys = new Pkcs12SigningKeys(Map.of(), name -> null);

    assertThatThrownBy(() -> keys.forRole("cimahi", "kepala-bkpsdm"))
        .isInstanceOf(KunciTidakTersediaException.class)
        .hasMessageContaining("meritflow.sk.keystores.cimahi.kepala-bkpsdm");
  }

  @Test
  void aConfiguredKeystoreOpensWithThePasswordFromTheEnvironment() throws Exception {
    // given a PKCS#12 file and its password in the default environment variable
    SigningKey key = new DemoCertificateAuthority(dir).forRole("jabar", "sekretaris-daerah");
    Path file = dir.resolve("ttd.p12");
    Pkcs12.write(file, "ttd", "rahasia".toCharArray(), key);
    var entries = Map.of("jabar", Map.of("sekretaris-daerah", new KeystoreEntry(file, "ttd", null)));
    String variable = "MERITFLOW_SK_KEYSTORE_JABAR_SEKRETARIS_DAERAH_PASSWORD";

    // when it is opened, and again without the variable
    var withPassword = new Pkcs12SigningKeys(entries, name -> name.equals(variable) ? "rahasia" : null);
    var withoutPassword = new Pkcs12SigningKeys(entries, name -> null);

    // then the key is read, or the missing variable is named
    assertThat(withPassword.forRole("jabar", "sekretaris-daerah").certificate()).isEqualTo(key.certificate());
    assertThatThrownBy(() -> withoutPassword.forRole("jabar", "sekretaris-daerah"))
        .isInstanceOf(KunciTidakTersediaException.class).hasMessageContaining(variable);
  }

  @Test
  void aKeyOfTheDemoCaIsADemoKeyAndAnotherCasKeyIsNot() {
    // given a signer of the demo CA and one of a CA without the DEMO label
    SigningKey demo = new DemoCertificateAuthority(dir).forRole("cimahi", "kepala-bkpsdm");
    SigningKey other = NonDemoKeys.aSigner();

    // then only the first is a demo key
    assertThat(demo.isDemo()).isTrue();
    assertThat(other.isDemo()).isFalse();
  }
}
