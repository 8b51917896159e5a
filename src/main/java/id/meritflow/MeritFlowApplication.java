package id.meritflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MeritFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(MeritFlowApplication.class, args);
  }
}
