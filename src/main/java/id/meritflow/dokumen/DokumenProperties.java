package id.meritflow.dokumen;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of case documents ({@code meritflow.dokumen.*}).
 *
 * @param ukuranMaks the largest file accepted; Spring's multipart limits follow it
 */
@ConfigurationProperties("meritflow.dokumen")
record DokumenProperties(@DefaultValue("5MB") DataSize ukuranMaks) {}
