package vn.laichau.sxd.thidua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code dossier_file}: the files and their content, in the database every node reads. */
@Repository
class DossierRepository {

  private static final String COLUMNS = "SELECT id, round_key, unit_code, document_code, file_name, media_type, size_bytes, uploaded_by,"
      + " uploaded_at FROM dossier_file";

  private final JdbcTemplate jdbc;

  DossierRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String roundKey, String unitCode, String documentCode, String fileName, FileType type, byte[] content, String uploadedBy,
      Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dossier_file (round_key, unit_code, document_code, file_name, media_type,"
          + " size_bytes, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, roundKey);
      statement.setString(2, unitCode);
      statement.setString(3, documentCode);
      statement.setString(4, fileName);
      statement.setString(5, type.mediaType());
      statement.setLong(6, content.length);
      statement.setBytes(7, content);
      statement.setString(8, uploadedBy);
      statement.setTimestamp(9, Timestamp.from(at));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  List<DossierFile> files(String roundKey, String unitCode) {
    return jdbc.query(COLUMNS + " WHERE round_key = ? AND unit_code = ? ORDER BY document_code, id", DossierRepository::file, roundKey,
        unitCode);
  }

  Optional<DossierFile> file(long id) {
    return jdbc.query(COLUMNS + " WHERE id = ?", DossierRepository::file, id).stream().findFirst();
  }

  byte[] content(long id) {
    return jdbc.queryForObject("SELECT content FROM dossier_file WHERE id = ?", byte[].class, id);
  }

  void delete(long id) {
    jdbc.update("DELETE FROM dossier_file WHERE id = ?", id);
  }

  private static DossierFile file(ResultSet rs, int row) throws SQLException {
    return new DossierFile(rs.getLong("id"), rs.getString("round_key"), rs.getString("unit_code"), rs.getString("document_code"),
        rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant());
  }
}
