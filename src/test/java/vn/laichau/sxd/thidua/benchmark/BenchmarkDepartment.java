package vn.laichau.sxd.thidua.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import vn.laichau.sxd.thidua.AsUser;
import vn.laichau.sxd.thidua.evaluation.EvaluationService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * The department the benchmarks run against: the demo organisation filled up to {@code staff} people
 * spread over the units, and everyone's evaluation for each given year (ratings drawn with a fixed seed per year).
 */
final class BenchmarkDepartment {

  private BenchmarkDepartment() {
  }

  static void create(OrganisationService organisation, EvaluationService evaluations, IdentityService identityService, int staff,
      int... years) {
    try {
      String demo = new ClassPathResource("organisation/demo-organisation.yaml").getContentAsString(StandardCharsets.UTF_8);
      String demoRatings = new ClassPathResource("demo/evaluations-2025-people.csv").getContentAsString(StandardCharsets.UTF_8).stripTrailing();
      List<String> units = organisation.activeUnitCodes();
      int existing = (int) demo.lines().filter(l -> l.contains("username:")).count();
      StringBuilder file = new StringBuilder(demo.stripTrailing()).append('\n');
      for (int i = 0; i < staff - existing; i++) {
        String unit = units.get(i % units.size());
        file.append("  - {username: ").append(username(i, unit)).append(", fullName: \"Nhân viên số ").append(i)
            .append("\", position: \"Chuyên viên\", unit: ").append(unit).append(", email: ").append(username(i, unit))
            .append("@sxd-laichau.example, category: CONG_CHUC, roles: []}\n");
      }
      AsUser.call(identityService, "admin", () -> organisation.importFile(new StringReader(file.toString()), null));
      for (int year : years) {
        StringBuilder people = new StringBuilder(demoRatings).append('\n');
        Random random = new Random(year);
        for (int i = 0; i < staff - existing; i++) {
          int draw = random.nextInt(100);
          String rating = draw < 12 ? "HTXSNV" : draw < 85 ? "HTTNV" : draw < 98 ? "HTNV" : "KHTNV";
          String initiative = random.nextInt(100) < 15 ? "GRASSROOTS" : "NONE";
          people.append(username(i, units.get(i % units.size()))).append(',').append(rating).append(",12,").append(random.nextInt(10))
              .append(",NONE,false,true,").append(initiative).append(",false\n");
        }
        evaluations.importPeople(year, new StringReader(people.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String username(int index, String unit) {
    return "nv" + index + "." + unit.toLowerCase();
  }
}
