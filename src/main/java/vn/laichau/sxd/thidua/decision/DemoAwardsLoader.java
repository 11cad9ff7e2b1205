package vn.laichau.sxd.thidua.decision;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/** The demo's register starts with awards of 2023–2024; loaded once, as the register is append-only. */
@Component
@Profile("demo")
@Order(16)
class DemoAwardsLoader implements ApplicationRunner {

  private final AwardsRegisterService register;
  private final AwardsRegisterRepository repository;

  public DemoAwardsLoader(AwardsRegisterService register, AwardsRegisterRepository repository) {
    this.register = register;
    this.repository = repository;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (!repository.isEmpty()) {
      return;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = new InputStreamReader(new ClassPathResource("demo/awards.csv").getInputStream(), StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(in)) {
        register.record(new NewAward(SubjectType.valueOf(row.get("subjectType")), row.get("subjectId"), Integer.parseInt(row.get("year")),
            AwardCode.valueOf(row.get("awardCode")), CommendationType.valueOf(row.get("commendationType")), row.get("decisionNumber"), LocalDate.parse(row.get("decisionDate")),
            row.get("decidedBy"), null, "Dữ liệu mẫu"), null);
      }
    }
  }
}
