package vn.laichau.sxd.thidua.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.laichau.sxd.thidua.ThiduaTest;

/** The administrator works in a Vietnamese Admin: users, groups and authorizations. */
@ThiduaTest
class AdminBrowserTest {

  @LocalServerPort int port;

  @Test
  void theAdministratorSeesUsersGroupsAndAuthorizationsInVietnamese() {
    EnglishLabels english = new EnglishLabels("admin");
    try (Browser browser = new Browser(port)) {
      browser.login("admin", "admin");
      browser.sees("Người dùng");
      browser.screenshot("admin-dashboard");
      assertThat(english.on(browser.pageText())).as("English on the Admin dashboard").isEmpty();

      browser.open("/camunda/app/admin/default/#/users");
      browser.sees("Danh sách người dùng");
      browser.sees("truongphong.qhkt");
      browser.screenshot("admin-users");
      assertThat(english.on(browser.pageText())).as("English on the user list").isEmpty();

      // Camunda composes a name as "first last"; a Vietnamese name is family and middle names, then the given name.
      browser.open("/camunda/app/admin/default/#/users/truongphong.qhkt?tab=profile");
      assertThat(browser.visible(By.cssSelector("label[for='inputFirstname']")).getText()).startsWith("Họ và tên đệm");
      assertThat(browser.visible(By.id("inputFirstname")).getAttribute("value")).isEqualTo("Nguyễn Thị Thu");
      assertThat(browser.visible(By.cssSelector("label[for='inputLastname']")).getText()).startsWith("Tên");
      assertThat(browser.visible(By.id("inputLastname")).getAttribute("value")).isEqualTo("Hà");
      browser.screenshot("admin-user-profile");

      browser.open("/camunda/app/admin/default/#/groups");
      browser.sees("unit-head-qhkt");
      assertThat(english.on(browser.pageText())).as("English on the group list").isEmpty();

      browser.open("/camunda/app/admin/default/#/authorization?resource=0");
      browser.sees("Phân quyền");
      browser.screenshot("admin-authorizations");
      assertThat(english.on(browser.pageText())).as("English on the authorizations").isEmpty();
    }
  }
}
