package vn.laichau.sxd.thidua.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a step asks to be issued: the kind, the dossier (business key) and what within it the
 * document is of, its title, the template's fields, the units it is about and who signs it.
 */
public final class DocumentRequest {

  private final DocumentKind kind;
  private final String businessKey;
  private final String subjectKey;
  private final String title;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final Set<String> units = new LinkedHashSet<>();
  private String signerTitle = "GIÁM ĐỐC";
  private String signer;

  private DocumentRequest(DocumentKind kind, String businessKey, String subjectKey, String title) {
    this.kind = kind;
    this.businessKey = businessKey;
    this.subjectKey = subjectKey;
    this.title = title;
  }

  public static DocumentRequest of(DocumentKind kind, String businessKey, String subjectKey, String title) {
    return new DocumentRequest(kind, businessKey, subjectKey, title);
  }

  /** A field in words. */
  public DocumentRequest field(String name, Object value) {
    fields.put(name, value == null ? "" : DocumentFormats.composed(String.valueOf(value)));
    return this;
  }

  /** A list's rows, numbered from 1 in the field stt. */
  public DocumentRequest rows(String name, List<Map<String, Object>> rows) {
    List<Map<String, String>> numbered = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, String> line = new LinkedHashMap<>();
      line.put("stt", String.valueOf(numbered.size() + 1));
      row.forEach((key, value) -> line.put(key, value == null ? "" : DocumentFormats.composed(String.valueOf(value))));
      numbered.add(line);
    }
    fields.put(name, numbered);
    return this;
  }

  /** The units the document is about: their heads may read it. */
  public DocumentRequest about(Iterable<String> unitCodes) {
    unitCodes.forEach(units::add);
    return this;
  }

  /** Who signs (a user id, whose name is looked up) and with what title, as "GIÁM ĐỐC" or "CHỦ TỊCH HỘI ĐỒNG". */
  public DocumentRequest signedBy(String userId, String title) {
    this.signer = userId;
    this.signerTitle = title;
    return this;
  }

  public DocumentKind kind() {
    return kind;
  }

  public String businessKey() {
    return businessKey;
  }

  public String subjectKey() {
    return subjectKey;
  }

  public String title() {
    return DocumentFormats.composed(title);
  }

  Map<String, Object> fields() {
    return fields;
  }

  Set<String> units() {
    return units;
  }

  String signer() {
    return signer;
  }

  String signerTitle() {
    return signerTitle;
  }
}
