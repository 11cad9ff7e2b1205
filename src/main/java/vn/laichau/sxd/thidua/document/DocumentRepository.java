package vn.laichau.sxd.thidua.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables {@code document}, {@code document_unit} and {@code document_template}. */
@Repository
class DocumentRepository {

  /** A document's data for its generation. */
  record Stored(long id, DocumentKind kind, String businessKey, String title, boolean draft, String number, LocalDate issuedOn,
      String content, boolean ready) {
  }

  /** A template version. */
  record Template(DocumentKind kind, int version, LocalDate validFrom, String fileName, String uploadedBy, Instant uploadedAt) {
  }

  private static final String COLUMNS = "id, kind, business_key, title, draft, doc_number, issued_on, content, status";

  private final JdbcTemplate jdbc;

  DocumentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Long> find(String businessKey, DocumentKind kind, String subjectKey) {
    return jdbc.queryForList("SELECT id FROM document WHERE business_key = ? AND kind = ? AND subject_key = ?", Long.class,
        businessKey, kind.name(), subjectKey).stream().findFirst();
  }

  long insert(DocumentRequest request, String number, LocalDate issuedOn, String content, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO document (kind, business_key, subject_key, title, draft, doc_number, issued_on,"
          + " content, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)", new String[] {"id"});
      statement.setString(1, request.kind().name());
      statement.setString(2, request.businessKey());
      statement.setString(3, request.subjectKey());
      statement.setString(4, request.title());
      statement.setBoolean(5, number == null);
      statement.setString(6, number);
      statement.setObject(7, issuedOn);
      statement.setString(8, content);
      statement.setTimestamp(9, Timestamp.from(now));
      return statement;
    }, key);
    long id = key.getKey().longValue();
    for (String unit : request.units()) {
      jdbc.update("INSERT INTO document_unit (document_id, unit_code) VALUES (?, ?)", id, unit);
    }
    return id;
  }

  Optional<Stored> stored(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE id = ?", DocumentRepository::stored, id).stream().findFirst();
  }

  List<Stored> ofBusinessKey(String businessKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE business_key = ? ORDER BY id", DocumentRepository::stored, businessKey);
  }

  Set<String> units(long id) {
    return Set.copyOf(jdbc.queryForList("SELECT unit_code FROM document_unit WHERE document_id = ?", String.class, id));
  }

  /** Stores the files once: a second generation of the same document changes nothing. */
  boolean storeFiles(long id, byte[] docx, byte[] pdf, int templateVersion, Instant now) {
    return jdbc.update("UPDATE document SET docx = ?, pdf = ?, template_version = ?, status = 'READY', generated_at = ?"
        + " WHERE id = ? AND status = 'PENDING'", docx, pdf, templateVersion, Timestamp.from(now), id) == 1;
  }

  Optional<byte[]> file(long id, String format) {
    String column = "pdf".equals(format) ? "pdf" : "docx";
    return jdbc.query("SELECT " + column + " FROM document WHERE id = ? AND status = 'READY'", (rs, n) -> rs.getBytes(1), id).stream()
        .findFirst();
  }

  List<Template> templates(DocumentKind kind) {
    return jdbc.query("SELECT kind, version, valid_from, file_name, uploaded_by, uploaded_at FROM document_template WHERE kind = ?"
        + " ORDER BY version DESC", (rs, n) -> new Template(DocumentKind.valueOf(rs.getString(1)), rs.getInt(2),
            rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), kind.name());
  }

  /** The version in force on the date, if any was uploaded: the newest that applies from that date or before. */
  Optional<Integer> versionOn(DocumentKind kind, LocalDate date) {
    return jdbc.queryForList("SELECT version FROM document_template WHERE kind = ? AND valid_from <= ? ORDER BY valid_from DESC, version DESC",
        Integer.class, kind.name(), date).stream().findFirst();
  }

  Optional<byte[]> templateContent(DocumentKind kind, int version) {
    return jdbc.query("SELECT content FROM document_template WHERE kind = ? AND version = ?", (rs, n) -> rs.getBytes(1), kind.name(), version)
        .stream().findFirst();
  }

  void insertTemplate(DocumentKind kind, int version, LocalDate validFrom, String fileName, byte[] content, String uploadedBy, Instant now) {
    jdbc.update("INSERT INTO document_template (kind, version, valid_from, file_name, content, uploaded_by, uploaded_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", kind.name(), version, validFrom, fileName, content, uploadedBy, Timestamp.from(now));
  }

  private static Stored stored(ResultSet rs, int row) throws SQLException {
    return new Stored(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("business_key"), rs.getString("title"),
        rs.getBoolean("draft"), rs.getString("doc_number"), rs.getObject("issued_on", LocalDate.class), rs.getString("content"),
        "READY".equals(rs.getString("status")));
  }
}
