package vn.laichau.sxd.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.laichau.sxd.thidua.Http;
import vn.laichau.sxd.thidua.ThiduaTest;

/** The webapps' login lives in the database, holds under parallel reads, and its stored bytes admit only what a login holds. */
@ThiduaTest
class SharedSessionTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theLoginIsStoredInTheDatabaseAndHoldsUnderParallelReads() {
    Http.Webapp session = new Http(port).login("tasklist", "giamdoc", Http.DEMO_PASSWORD);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES WHERE ATTRIBUTE_NAME = 'authenticatedUser'",
        Integer.class)).as("the Camunda webapps' login, in the shared table").isPositive();

    // A page fires its reads at once: the dashboard's through our API, the task list's through the webapps' API.
    List<CompletableFuture<Http.Response>> reads = new ArrayList<>();
    IntStream.range(0, 8).forEach(i -> {
      reads.add(CompletableFuture.supplyAsync(() -> session.get("/api/dashboard")));
      reads.add(CompletableFuture.supplyAsync(() -> session.get("/camunda/api/engine/engine/default/task/count")));
    });
    assertThat(reads).extracting(read -> read.join().status()).as("parallel reads in one session").containsOnly(200);
    Http.Response read = session.get("/api/dashboard");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.headers().allValues("Set-Cookie")).as("a read does not give the session a new id").noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(session.get("/camunda/api/engine/engine/default/task/count").status()).as("still signed in").isEqualTo(200);
  }

  @Test
  void storedSessionBytesAdmitOnlyWhatALoginHolds() throws Exception {
    Authentications login = new Authentications();
    login.addOrReplace(new UserAuthentication("giamdoc", "default"));
    Object read = SessionAttributeSerialization.filtered(getClass().getClassLoader())
        .deserialize(new ByteArrayInputStream(new SerializingConverter().convert(login)));
    assertThat(((Authentications) read).getAuthentications()).extracting(UserAuthentication::getIdentityId).containsExactly("giamdoc");

    List<Object> planted = new ArrayList<>(List.of(new Planted()));
    assertThatThrownBy(() -> SessionAttributeSerialization.filtered(getClass().getClassLoader())
        .deserialize(new ByteArrayInputStream(new SerializingConverter().convert(planted))))
        .as("a class outside the list, even inside an admitted list").isInstanceOf(java.io.InvalidClassException.class);
  }

  /** Stands for any class on the class path that someone writing the table would like a node to build. */
  static final class Planted implements Serializable {
  }
}
