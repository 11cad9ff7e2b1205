package vn.laichau.sxd.thidua.document;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The step «Soạn văn bản» of {@code document-generation}: fills the template in force on the
 * document's date, makes its PDF (a certificate's on the blank's layout) and stores both. A document
 * already generated is left as it is, so a job run twice makes nothing twice; a failure is raised
 * with a Vietnamese message, which the engine retries and then shows as the incident's.
 */
@Component("documentGeneration")
class DocumentGeneration implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentGeneration.class);

  private final DocumentRepository repository;
  private final DocumentService documents;
  private final DocumentTemplates templates;
  private final TemplateFiller filler;
  private final PdfExport pdfExport;
  private final CertificateSheet certificates;
  private final IssuedNotice issuedNotice;

  DocumentGeneration(DocumentRepository repository, DocumentService documents, DocumentTemplates templates, TemplateFiller filler,
      PdfExport pdfExport, CertificateSheet certificates, IssuedNotice issuedNotice) {
    this.repository = repository;
    this.documents = documents;
    this.templates = templates;
    this.filler = filler;
    this.pdfExport = pdfExport;
    this.certificates = certificates;
    this.issuedNotice = issuedNotice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    generate(DocumentGenerationVariables.DOCUMENT_ID.get(execution));
  }

  void generate(long id) {
    DocumentRepository.Stored stored = repository.stored(id)
        .orElseThrow(() -> new DocumentFailure("Không tìm thấy dữ liệu của văn bản số hiệu nội bộ " + id + "."));
    if (stored.ready()) {
      return;
    }
    try {
      Map<String, Object> fields = documents.fields(stored);
      DocumentTemplates.Chosen template = templates.inForce(stored.kind(), stored.issuedOn());
      byte[] docx = filler.fill(template.content(), fields);
      byte[] pdf = stored.kind() == DocumentKind.GIAY_KHEN ? certificates.pdf(fields) : pdfExport.pdf(docx);
      repository.storeFiles(id, docx, pdf, template.version(), ClockUtil.getCurrentTime().toInstant());
    } catch (DocumentFailure e) {
      throw new DocumentFailure("Không soạn được văn bản «" + stored.title() + "»: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      LOG.error("Generating document {} failed", id, e);
      throw new DocumentFailure("Không soạn được văn bản «" + stored.title() + "». Hãy báo quản trị hệ thống; chi tiết đã ghi vào nhật ký.", e);
    }
    issuedNotice.ready(stored);
  }
}
