package id.meritflow.layanan;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's pages: static HTML with a little plain JavaScript (static/layanan/), reading
 * /api/layanan with the webapps' session; the pages log in through the webapps' own login.
 */
@Configuration
class LayananPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/layanan").setViewName("forward:/layanan/index.html");
    registry.addViewController("/layanan/").setViewName("forward:/layanan/index.html");
    registry.addViewController("/layanan/sk-atas-nama-saya").setViewName("forward:/layanan/sk-atas-nama-saya.html");
  }
}
