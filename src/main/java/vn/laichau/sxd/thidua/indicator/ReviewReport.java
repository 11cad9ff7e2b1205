package vn.laichau.sxd.thidua.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.document.DocumentKind;
import vn.laichau.sxd.thidua.document.DocumentRequest;
import vn.laichau.sxd.thidua.document.DocumentService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/** The report of an approved periodic review (báo cáo sơ kết, tổng kết): the consolidation and the seven indicators of each unit. */
@Component
class ReviewReport {

  private final ReviewRepository reviews;
  private final DocumentService documents;
  private final OrganisationService organisation;

  ReviewReport(ReviewRepository reviews, DocumentService documents, OrganisationService organisation) {
    this.reviews = reviews;
    this.documents = documents;
    this.organisation = organisation;
  }

  void issue(String reviewKey, String reviewName, String approvedBy) {
    ReviewRepository.Review review = reviews.find(reviewKey).orElseThrow();
    List<ReviewRepository.IndicatorValue> values = reviews.values(reviewKey);
    List<Map<String, Object>> rows = values.stream().map(this::row).toList();
    String consolidation = Objects.requireNonNullElse(review.summary(), "");
    if (review.councilOpinion() != null && !review.councilOpinion().isBlank()) {
      consolidation += "\nÝ kiến của Hội đồng Thi đua - Khen thưởng Sở: " + review.councilOpinion();
    }
    documents.issue(DocumentRequest.of(DocumentKind.BAO_CAO_SO_KET_TONG_KET, reviewKey, "bao-cao", "Báo cáo — " + reviewName)
        .field("ve_viec", reviewName)
        .field("noi_dung", consolidation)
        .rows("chi_tieu", rows)
        .about(values.stream().map(ReviewRepository.IndicatorValue::unitCode).distinct().toList())
        .signedBy(approvedBy, organisation.signerTitle(approvedBy)));
  }

  private Map<String, Object> row(ReviewRepository.IndicatorValue value) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("don_vi", organisation.unitName(value.unitCode()));
    row.put("ten_chi_tieu", Indicator.of(value.indicator()).map(Indicator::label).orElse(String.valueOf(value.indicator())));
    row.put("muc_tieu", figure(value.target()));
    row.put("thuc_hien", figure(value.actual()));
    row.put("danh_gia", IndicatorStatus.of(value.status()).label());
    return row;
  }

  private static String figure(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
