package id.meritflow.penandatanganan.kunci;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Issues the demo CA and its signer certificates with BouncyCastle (RSA 2048, SHA-256). */
final class CertificateIssuer {

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateIssuer() {}

  static SigningKey selfSignedCa(String subject, Duration validity) throws Exception {
    KeyPair keys = rsa();
    X500Name name = new X500Name(subject);
    var builder = builder(name, name, keys, validity)
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
        .addExtension(Extension.subjectKeyIdentifier, false,
            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
    return new SigningKey(keys.getPrivate(), List.of(sign(builder, keys.getPrivate())));
  }

  static SigningKey signer(SigningKey ca, String subject, Duration validity) throws Exception {
    KeyPair keys = rsa();
    X509Certificate caCert = ca.certificate();
    var utils = new JcaX509ExtensionUtils();
    var builder = builder(X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded()), new X500Name(subject),
        keys, validity)
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
        .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
        .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(caCert));
    return new SigningKey(keys.getPrivate(), List.of(sign(builder, ca.privateKey()), caCert));
  }

  private static final Duration BACKDATED = Duration.ofDays(3 * 366);

  private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Duration validity) {
    // Backdated so that signing times stamped by the engine's clock are covered even when that clock
    // stands earlier than the wall clock: a clock slightly behind, a test that set it back, a restore.
    Instant wall = Instant.now();
    Instant engine = ClockUtil.getCurrentTime().toInstant();
    Instant from = (engine.isBefore(wall) ? engine : wall).minus(BACKDATED);
    return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
        Date.from(from), Date.from(from.plus(validity)), subject, keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, java.security.PrivateKey key)
      throws Exception {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, RANDOM);
    return generator.generateKeyPair();
  }
}
