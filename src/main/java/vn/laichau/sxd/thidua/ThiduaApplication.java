package vn.laichau.sxd.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiduaApplication {
  public static void main(String[] args) {
    SpringApplication.run(ThiduaApplication.class, args);
  }
}
