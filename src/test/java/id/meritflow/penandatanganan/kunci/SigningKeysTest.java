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

  @Test
  void aKeystoreIsOpenedOnceAndReadAgainWhenItsFileIsReplaced() throws Exception {
    // given a configured keystore, opened once
    SigningKey first = new DemoCertificateAuthority(dir).forRole("jabar", "sekretaris-daerah");
    Path file = dir.resolve("ttd.p12");
    Pkcs12.write(file, "ttd", "rahasia".toCharArray(), first);
    var keys = new Pkcs12SigningKeys(Map.of("jabar", Map.of("sekretaris-daerah", new KeystoreEntry(file, "ttd", null))),
        name -> "rahasia");
    SigningKey opened = keys.forRole("jabar", "sekretaris-daerah");

    // when it is asked for again, and after the file is replaced by a renewed certificate
    SigningKey again = keys.forRole("jabar", "sekretaris-daerah");
    SigningKey renewed = NonDemoKeys.aSigner();
    Pkcs12.write(file, "ttd", "rahasia".toCharArray(), renewed);
    SigningKey afterRenewal = keys.forRole("jabar", "sekretaris-daerah");

    // then the kept key serves the second signing, and the renewed one the next
    assertThat(again).isSameAs(opened);
    assertThat(afterRenewal.certificate()).isEqualTo(renewed.certificate());
  }

  @Test
  void aKeptKeystoreStillNeedsItsPasswordAndItsFile() throws Exception {
    // given a keystore opened once with the right password
    SigningKey key = new DemoCertificateAuthority(dir).forRole("jabar", "sekretaris-daerah");
    Path file = dir.resolve("ttd.p12");
    Pkcs12.write(file, "ttd", "rahasia".toCharArray(), key);
    var entries = Map.of("jabar", Map.of("sekretaris-daerah", new KeystoreEntry(file, "ttd", null)));
    String[] password = {"rahasia"};
    var keys = new Pkcs12SigningKeys(entries, name -> password[0]);
    keys.forRole("jabar", "sekretaris-daerah");

    // when the password is wrong, and when the file is gone
    password[0] = "salah";
    var wrongPassword = org.assertj.core.api.Assertions.catchThrowable(() -> keys.forRole("jabar", "sekretaris-daerah"));
    password[0] = "rahasia";
    java.nio.file.Files.delete(file);
    var missingFile = org.assertj.core.api.Assertions.catchThrowable(() -> keys.forRole("jabar", "sekretaris-daerah"));

    // then both signings fail as they did before the keystore was kept
    assertThat(wrongPassword).isInstanceOf(KunciTidakTersediaException.class).hasMessageContaining("tidak dapat dibuka");
    assertThat(missingFile).isInstanceOf(KunciTidakTersediaException.class).hasMessageContaining("tidak ditemukan");
  }

  @Test
  void aDemoSignerIsIssuedOnceAndThenKept() {
    // given a demo CA
    DemoCertificateAuthority ca = new DemoCertificateAuthority(dir);

    // when one role's key is asked for twice
    SigningKey first = ca.forRole("cimahi", "ppk");
    SigningKey second = ca.forRole("cimahi", "ppk");

    // then the second signing gets the key read before
    assertThat(second.certificate()).isEqualTo(first.certificate());
    assertThat(ca.forRole("cimahi", "ppk")).isSameAs(second);
  }
}
