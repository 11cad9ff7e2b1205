package vn.laichau.sxd.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The base salary (mức lương cơ sở) as a dated table: each step applies from its date (DOMAIN §2). */
@ConfigurationProperties("thidua")
record BaseSalaryProperties(List<Step> baseSalary) {

  public record Step(LocalDate from, long amountVnd) {
  }
}
