package vn.laichau.sxd.thidua.document;

import java.time.LocalDate;

/**
 * A document as {@code GET /api/documents} lists it: kind, number (none on a draft), date, title,
 * and the links to its files while they are ready (null while it is being generated).
 */
public record IssuedDocument(long id, DocumentKind kind, String kindName, String number, LocalDate date, String title, boolean draft,
    boolean ready, String docx, String pdf) {

  static IssuedDocument of(long id, DocumentKind kind, String number, LocalDate date, String title, boolean draft, boolean ready) {
    String link = "/api/documents/" + id;
    return new IssuedDocument(id, kind, kind.label(), number, date, title, draft, ready, ready ? link + ".docx" : null,
        ready ? link + ".pdf" : null);
  }
}
