package vn.laichau.sxd.thidua.webapp.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.api.YearParameter;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;

/**
 * The managers' dashboard (page {@code /dashboard/}): {@code GET /api/dashboard?year=} gives every figure
 * of the year, {@code GET /api/dashboard/tables/{name}} the list behind a figure, and
 * {@code GET /api/dashboard/tables/{name}.xlsx} the same list as an Excel file. A unit head sees their own units only.
 */
@RestController
class DashboardController {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final DashboardService dashboard;
  private final WorkingDayCalendar workingDays;

  DashboardController(DashboardService dashboard, WorkingDayCalendar workingDays) {
    this.dashboard = dashboard;
    this.workingDays = workingDays;
  }

  @GetMapping("/api/dashboard")
  DashboardService.Summary summary(@RequestParam(required = false) Integer year, Authentication user) {
    return dashboard.summary(yearOrThisYear(year), DashboardScope.of(user));
  }

  /** The years the year list offers: every year with data, and the current one (the default). */
  @GetMapping("/api/dashboard/years")
  DashboardService.Years years(Authentication user) {
    DashboardScope.of(user);
    return dashboard.years();
  }

  @GetMapping("/api/dashboard/tables/{name:[a-z]+}")
  Table table(@PathVariable String name, @RequestParam(required = false) Integer year, @RequestParam(required = false) String filter,
      @RequestParam(required = false) String kind, Authentication user) {
    return dashboard.table(name, yearOrThisYear(year), DashboardScope.of(user), filter, kind);
  }

  @GetMapping("/api/dashboard/tables/{name:[a-z]+}.xlsx")
  void export(@PathVariable String name, @RequestParam(required = false) Integer year, @RequestParam(required = false) String filter,
      @RequestParam(required = false) String kind, Authentication user, HttpServletResponse response) throws IOException {
    int theYear = yearOrThisYear(year);
    Table table = dashboard.table(name, theYear, DashboardScope.of(user), filter, kind);
    String file = URLEncoder.encode("thi-dua-" + name + "-" + theYear + ".xlsx", StandardCharsets.UTF_8);
    response.setContentType(XLSX);
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + file);
    XlsxExport.write(table, response.getOutputStream());
  }

  private int yearOrThisYear(Integer year) {
    return year == null ? workingDays.today().getYear() : YearParameter.check(year);
  }
}
