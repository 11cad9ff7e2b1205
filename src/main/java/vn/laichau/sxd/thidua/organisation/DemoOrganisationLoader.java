package vn.laichau.sxd.thidua.organisation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Loads the versioned demo organisation on every start of the demo profile (idempotent). */
@Component
@Profile("demo")
@Order(10)
class DemoOrganisationLoader implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisationLoader.class);

  private final OrganisationService organisation;
  private final Resource file;
  private final String password;

  public DemoOrganisationLoader(OrganisationService organisation,
      @Value("${thidua.demo.organisation}") Resource file,
      @Value("${thidua.demo.password}") String password) {
    this.organisation = organisation;
    this.file = file;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      Organisation loaded = organisation.importFile(reader, password);
      LOG.info("Tổ chức mẫu: {} đơn vị, {} người (mật khẩu của mọi tài khoản mẫu: '{}').",
          loaded.units().size(), loaded.people().size(), password);
    }
  }
}
