package id.meritflow.dokumen;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow {@code meritflow.dokumen.ukuran-maks}, so an
 * oversize upload is refused with MeritFlow's 413 Problem Details ({@link DokumenProblemHandler})
 * rather than Spring's default 1 MB limit or an error page. The request may be 1 MB larger than
 * the file, for the other form fields. This replaces Spring Boot's {@code spring.servlet.multipart}
 * limits for every upload of the application (also {@code POST /api/sk/verifikasi}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DokumenProperties.class)
class DokumenConfiguration {

  @Bean
  MultipartConfigElement multipartConfigElement(DokumenProperties properties) {
    MultipartConfigFactory factory = new MultipartConfigFactory();
    factory.setMaxFileSize(properties.ukuranMaks());
    factory.setMaxRequestSize(DataSize.ofBytes(properties.ukuranMaks().toBytes() + DataSize.ofMegabytes(1).toBytes()));
    factory.setFileSizeThreshold(DataSize.ofKilobytes(512));
    return factory.createMultipartConfig();
  }
}
