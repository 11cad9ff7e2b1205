package vn.laichau.sxd.thidua;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With -Ppostgres the tests run against database {@code thidua_test}, which this listener creates
 * afresh once per test run (DESIGN §6), so every run starts from an empty schema.
 */
public class TestDatabaseSetup implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String url = System.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      return;
    }
    String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection connection = DriverManager.getConnection(server, System.getProperty("spring.datasource.username"), "");
         Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("Không tạo được cơ sở dữ liệu kiểm thử " + database + " trên " + server, e);
    }
  }
}
