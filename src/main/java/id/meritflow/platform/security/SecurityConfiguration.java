package id.meritflow.platform.security;

import id.meritflow.platform.web.BatasPermintaan;
import jakarta.servlet.Filter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every endpoint but the health probe and the public SK verification pages ({@code /verifikasi-sk},
 * {@code /verifikasi-sk/{kode}}, ADR 0008) requires authentication. The webapps keep their own
 * session login; {@code /engine-rest} and {@code /api} take HTTP Basic against the same users, and
 * {@code /api} also the webapps' session (with their CSRF token for writes).
 */
@Configuration
@EnableConfigurationProperties(BatasMasukProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

  /** The engine REST API is open to anyone by default; the engine's own filter closes it. */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<Filter>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<Filter>(
        new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(11);
    return registration;
  }

  /**
   * Failed logins are counted on the wall clock, not the application's {@code Clock} bean: that one
   * follows the engine's business time, which tests (and a demo) may move.
   */
  @Bean
  FilterRegistrationBean<Filter> batasMasukFilter(BatasMasukProperties properties) {
    var clock = java.time.Clock.systemUTC();
    var registration = new FilterRegistrationBean<Filter>(new BatasMasukFilter(
        new BatasPermintaan(properties.batasGagal(), properties.jendela(), clock),
        new BatasPermintaan(properties.batasGagal(), properties.jendela(), clock)));
    registration.setName("batas-masuk");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*", "/api/*", "/engine-rest/*");
    registration.setOrder(4);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> headerKeamananFilter() {
    var registration = new FilterRegistrationBean<Filter>(new HeaderKeamananFilter());
    registration.setName("header-keamanan");
    registration.addUrlPatterns("/*");
    registration.setOrder(1);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CallerArgumentResolver());
  }
}
