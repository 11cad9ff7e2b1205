package vn.laichau.sxd.thidua.webapp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo, once everything is loaded, where to log in and as whom. */
@Component
@Profile("demo")
class DemoLoginHint {

  private static final Logger LOG = LoggerFactory.getLogger(DemoLoginHint.class);

  @EventListener
  public void onReady(ApplicationReadyEvent event) {
    LOG.info("""
        Thi đua đã sẵn sàng: mở http://localhost:{}/camunda/app/tasklist/ — mật khẩu mọi tài khoản mẫu là 'demo':
          giamdoc (Giám đốc Sở) · phogiamdoc · chanhvanphong (Chánh Văn phòng) · thuky (thư ký Hội đồng, Văn phòng)
          truongphong.qhkt, truongphong.qlxd, … (trưởng phòng) · chutichcongdoan, bithudoan (Hội đồng) · admin (quản trị)""",
        event.getApplicationContext().getEnvironment().getProperty("local.server.port"));
  }
}
