package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import vn.laichau.sxd.thidua.ThiduaApplication;

class ProductionSettingsCheckTest {

  /** An environment that sees only the given variables, not this machine's. */
  static StandardEnvironment environment(Map<String, Object> variables, String... profiles) {
    StandardEnvironment environment = new StandardEnvironment() {
      @Override
      protected void customizePropertySources(MutablePropertySources sources) {
        sources.addFirst(new MapPropertySource("variables", variables));
      }
    };
    environment.setActiveProfiles(profiles);
    return environment;
  }

  @Test
  void prodRefusesToStartWithoutItsEnvironmentAndSaysWhatIsMissing() {
    SpringApplication application = new SpringApplication(ThiduaApplication.class);
    application.setEnvironment(environment(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/thidua"), "prod"));
    assertThatThrownBy(application::run)
        .isInstanceOfSatisfying(MissingProductionSettingsException.class, e -> assertThat(e.missing()).containsExactly(
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "THIDUA_ADMIN_USER", "THIDUA_ADMIN_PASSWORD"));
  }

  @Test
  void theFailureIsExplainedInVietnamese() {
    FailureAnalysis analysis = new MissingProductionSettingsFailureAnalyzer()
        .analyze(new MissingProductionSettingsException(java.util.List.of("THIDUA_ADMIN_USER")));
    assertThat(analysis.getDescription()).isEqualTo("Không khởi động được với hồ sơ 'prod': thiếu THIDUA_ADMIN_USER.");
    assertThat(analysis.getAction()).contains("docs/operations.md");
  }

  @Test
  void otherProfilesAreNotChecked() {
    assertThatCode(() -> new ProductionSettingsCheck().postProcessEnvironment(environment(Map.of(), "demo"), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void prodWithEveryVariablePassesTheCheck() {
    Map<String, Object> all = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/thidua", "SPRING_DATASOURCE_USERNAME", "thidua",
        "SPRING_DATASOURCE_PASSWORD", "x", "THIDUA_ADMIN_USER", "quantri", "THIDUA_ADMIN_PASSWORD", "Mật-khẩu-Dài-1");
    assertThatCode(() -> new ProductionSettingsCheck().postProcessEnvironment(environment(all, "prod"), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void prodRefusesAWeakOrNameContainingAdministratorPasswordBeforeTouchingTheDatabase() {
    Map<String, Object> weak = Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://khong-co-may-nay.invalid/thidua",
        "SPRING_DATASOURCE_USERNAME", "thidua", "SPRING_DATASOURCE_PASSWORD", "x", "THIDUA_ADMIN_USER", "quantri",
        "THIDUA_ADMIN_PASSWORD", "Quantri#2026x");
    SpringApplication application = new SpringApplication(ThiduaApplication.class);
    application.setEnvironment(environment(weak, "prod"));
    assertThatThrownBy(application::run).as("refused before the (unreachable) database is tried")
        .isInstanceOfSatisfying(WeakAdministratorPasswordException.class, e -> assertThat(e.broken()).singleElement().asString()
            .startsWith("không chứa tên đăng nhập (THIDUA_ADMIN_USER)"));

    Map<String, Object> shortOne = new java.util.HashMap<>(weak);
    shortOne.put("THIDUA_ADMIN_PASSWORD", "abc");
    assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(environment(shortOne, "prod"), new SpringApplication()))
        .isInstanceOfSatisfying(WeakAdministratorPasswordException.class, e -> assertThat(e.broken()).containsExactly(
            "dài ít nhất 10 ký tự", "có ít nhất 1 chữ hoa", "có ít nhất 1 chữ số", "có ít nhất 1 ký tự đặc biệt (như ! # - _ @)"));
    FailureAnalysis analysis = new WeakAdministratorPasswordFailureAnalyzer()
        .analyze(new WeakAdministratorPasswordException(java.util.List.of("dài ít nhất 10 ký tự")));
    assertThat(analysis.getDescription())
        .isEqualTo("Không khởi động được với hồ sơ 'prod': mật khẩu quản trị (THIDUA_ADMIN_PASSWORD) phải dài ít nhất 10 ký tự.");
  }
}
