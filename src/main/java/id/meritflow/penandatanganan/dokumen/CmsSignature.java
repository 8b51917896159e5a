package id.meritflow.penandatanganan.dokumen;

import id.meritflow.penandatanganan.kunci.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The detached CMS of a PAdES signature: SHA-256 with RSA, the whole certificate chain, the
 * signing time and the ESS signing-certificate-v2 attribute (which binds the signer certificate to
 * the signature, required by CAdES).
 */
final class CmsSignature {

  private CmsSignature() {}

  static byte[] sign(InputStream content, SigningKey key, Instant signingTime) throws IOException {
    try {
      byte[] data = content.readAllBytes();
      var signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey());
      var digests = new JcaDigestCalculatorProviderBuilder().build();
      var infoGenerator = new JcaSignerInfoGeneratorBuilder(digests)
          .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes(key, signingTime)))
          .build(signer, key.certificate());
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(infoGenerator);
      generator.addCertificates(new JcaCertStore(key.chain()));
      return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
    } catch (CMSException | org.bouncycastle.operator.OperatorCreationException
        | java.security.cert.CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
      throw new IOException("tanda tangan CMS tidak dapat dibuat: " + e.getMessage(), e);
    }
  }

  private static AttributeTable attributes(SigningKey key, Instant signingTime)
      throws java.security.cert.CertificateEncodingException, java.security.NoSuchAlgorithmException {
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
    byte[] certHash = java.security.MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
    var certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash);
    attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
    return new AttributeTable(attributes);
  }
}
