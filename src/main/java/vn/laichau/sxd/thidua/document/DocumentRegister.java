package vn.laichau.sxd.thidua.document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registers of numbers (sổ văn bản), one per kind and year (table {@code document_register}):
 * numbers start at 01 each year and never repeat or skip. A number is taken in the transaction of
 * the step that issues the document, so a step that fails gives its number back; two nodes taking
 * numbers at once wait for each other on the register's row.
 */
@Service
public class DocumentRegister {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;

  DocumentRegister(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
  }

  /** The next number of the kind's register of the year, taken in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public DocumentNumber next(DocumentKind kind, int year) {
    openRegister(kind, year);
    // The update locks the register's row until the caller's transaction ends: a second taker waits, then counts on.
    jdbc.update("UPDATE document_register SET last_number = last_number + 1 WHERE kind = ? AND reg_year = ?", kind.name(), year);
    int sequence = jdbc.queryForObject("SELECT last_number FROM document_register WHERE kind = ? AND reg_year = ?", Integer.class,
        kind.name(), year);
    return new DocumentNumber(kind, year, sequence);
  }

  /**
   * The year's register exists before anyone counts in it. It is created in a transaction of its
   * own: two nodes creating it at once leave one row, and the loser's refusal cannot spoil the
   * caller's transaction.
   */
  private void openRegister(DocumentKind kind, int year) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM document_register WHERE kind = ? AND reg_year = ?", Integer.class,
        kind.name(), year);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      separately.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO document_register (kind, reg_year, last_number) VALUES (?, ?, 0)", kind.name(), year));
    } catch (DuplicateKeyException alreadyOpened) {
      // Another node opened it first: the row is there, which is all that is needed.
    }
  }
}
