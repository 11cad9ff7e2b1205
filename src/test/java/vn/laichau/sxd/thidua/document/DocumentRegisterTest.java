package vn.laichau.sxd.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.laichau.sxd.thidua.ThiduaTest;

/**
 * A register's numbers start at 01 each year, never repeat or skip, are given back by a step that
 * fails, and stay in sequence when several takers (nodes) count at once, on H2 as on PostgreSQL.
 */
@ThiduaTest
class DocumentRegisterTest {

  @Autowired DocumentRegister register;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    jdbc.update("DELETE FROM document_register");
  }

  private DocumentNumber take(DocumentKind kind, int year) {
    return new TransactionTemplate(transactions).execute(status -> register.next(kind, year));
  }

  @Test
  void eachKindCountsFromOneEachYear() {
    assertThat(take(DocumentKind.QUYET_DINH_KHEN_THUONG, 2026).text()).isEqualTo("01/QĐ-SXD");
    assertThat(take(DocumentKind.QUYET_DINH_KHEN_THUONG, 2026).text()).isEqualTo("02/QĐ-SXD");
    assertThat(take(DocumentKind.TO_TRINH, 2026).text()).as("another kind, its own register").isEqualTo("01/TTr-SXD");
    assertThat(take(DocumentKind.QUYET_DINH_KHEN_THUONG, 2027).text()).as("a new year starts again").isEqualTo("01/QĐ-SXD");
    assertThat(new DocumentNumber(DocumentKind.BIEN_BAN_HOP_HOI_DONG, 2026, 120).text()).isEqualTo("120/BB-HĐTĐKT");
  }

  @Test
  void aStepThatFailsGivesItsNumberBackAndNoNumberIsTakenOutsideAStep() {
    assertThat(take(DocumentKind.THONG_BAO_CONG_KHAI, 2026).sequence()).isEqualTo(1);
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      register.next(DocumentKind.THONG_BAO_CONG_KHAI, 2026);
      throw new IllegalStateException("the step fails after taking its number");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(take(DocumentKind.THONG_BAO_CONG_KHAI, 2026).sequence()).as("no number skipped").isEqualTo(2);
    assertThatThrownBy(() -> register.next(DocumentKind.THONG_BAO_CONG_KHAI, 2026)).isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void takersAtOnceGetEveryNumberOnce() throws Exception {
    int takers = 4;
    int each = 15;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(takers);
    List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<Object>> done = new ArrayList<>();
      for (int t = 0; t < takers; t++) {
        done.add(pool.submit((Callable<Object>) () -> {
          start.await();
          for (int i = 0; i < each; i++) {
            taken.add(take(DocumentKind.GIAY_KHEN, 2026).sequence());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<Object> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(taken).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, takers * each).boxed().toList());
  }
}
