package vn.laichau.sxd.thidua.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.calendar.WorkingDayCalendar;
import vn.laichau.sxd.thidua.notification.MailContent;
import vn.laichau.sxd.thidua.notification.MailKind;
import vn.laichau.sxd.thidua.notification.MailNotices;
import vn.laichau.sxd.thidua.organisation.CamundaGroups;

/**
 * Tells the heads of the units a document concerns that it is out, once its PDF is ready: the
 * public notice of a round's list, and a signed commendation decision. Drafts tell nobody.
 */
@Component
class IssuedNotice {

  private static final Map<DocumentKind, String> HEADLINES = Map.of(
      DocumentKind.THONG_BAO_CONG_KHAI, "Danh sách đề nghị khen thưởng đã được thông báo công khai",
      DocumentKind.QUYET_DINH_KHEN_THUONG, "Quyết định khen thưởng đã được ký");

  private final MailNotices notices;
  private final DocumentRepository repository;

  IssuedNotice(MailNotices notices, DocumentRepository repository) {
    this.notices = notices;
    this.repository = repository;
  }

  void ready(DocumentRepository.Stored document) {
    String headline = HEADLINES.get(document.kind());
    if (headline == null || document.draft()) {
      return;
    }
    String text = "Văn bản «" + document.title() + "» số " + document.number() + " ngày "
        + WorkingDayCalendar.VIETNAMESE_DATE.format(document.issuedOn()) + " có nội dung liên quan đến đơn vị của ông/bà."
        + (document.kind() == DocumentKind.THONG_BAO_CONG_KHAI
            ? " Ai có ý kiến về danh sách xin gửi Văn phòng Sở trong thời hạn công khai." : "");
    notices.toGroups(MailKind.DOCUMENT_ISSUED, "document:" + document.id(),
        repository.units(document.id()).stream().sorted().map(CamundaGroups::unitHead).toList(),
        MailContent.of(headline).withText(text).withLink("/documents/?businessKey="
            + URLEncoder.encode(document.businessKey(), StandardCharsets.UTF_8), "Xem văn bản"));
  }
}
