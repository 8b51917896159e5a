package id.meritflow.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the embedded forms of Tasklist ({@code camunda:formKey="embedded:/formulir/…"}) from the
 * designers' {@code forms/} folder in the jar, with their shared script. The files hold no data:
 * every figure a form shows comes from {@code /api}, behind authentication. Served by the app rather
 * than from the deployment because the engine names deployed resources by their file path, which
 * differs between a development checkout and the packaged jar (ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
class FormulirConfiguration implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/formulir/*.html", "/formulir/*.js")
        .addResourceLocations("classpath:/forms/", "classpath:/static/formulir/")
        .setCacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).mustRevalidate());
  }

  /** The operator's list of own cases, linked from every start form; its data comes from /api/usulan-saya. */
  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/usulan-saya").setViewName("forward:/usulan-saya.html");
  }
}
