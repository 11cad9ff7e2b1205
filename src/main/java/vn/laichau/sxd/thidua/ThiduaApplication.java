package vn.laichau.sxd.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ThiduaApplication {
  public static void main(String[] args) {
    SpringApplication.run(ThiduaApplication.class, args);
  }
}
