package vn.laichau.sxd.thidua.document;

import vn.laichau.sxd.thidua.engine.Variable;

/** The variables of {@code document-generation}, set when a step issues a document. */
final class DocumentGenerationVariables {

  static final Variable<Long> DOCUMENT_ID = Variable.id("documentId");
  /** What Cockpit shows of the instance: the document's title. */
  static final Variable<String> DOCUMENT_TITLE = Variable.text("documentTitle");

  private DocumentGenerationVariables() {
  }
}
