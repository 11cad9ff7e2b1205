package vn.laichau.sxd.thidua.security;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The prod profile starts only with its database and first administrator given in the
 * environment (DESIGN §6), and only with an administrator password that Camunda's password policy
 * accepts; otherwise start-up stops before anything touches a database.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of(
      "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
      "THIDUA_ADMIN_USER", "THIDUA_ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> missing = REQUIRED.stream().filter(name -> !StringUtils.hasText(environment.getProperty(name))).toList();
    if (!missing.isEmpty()) {
      throw new MissingProductionSettingsException(missing);
    }
    List<String> broken = AdministratorPasswordRules.broken(environment.getProperty("THIDUA_ADMIN_USER"),
        environment.getProperty("THIDUA_ADMIN_PASSWORD"));
    if (!broken.isEmpty()) {
      throw new WeakAdministratorPasswordException(broken);
    }
  }
}
