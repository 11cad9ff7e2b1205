package vn.laichau.sxd.thidua.document;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each field of a Giấy khen goes on the Department's pre-printed blank (phôi), in millimetres
 * from the blank's top-left corner to the start of the line's baseline; configuration because each
 * batch of blanks differs (see the calibration sheet).
 *
 * @param pageWidthMm the blank's width
 * @param pageHeightMm the blank's height
 * @param fields each field's place, by the template's field name
 */
@ConfigurationProperties("thidua.documents.certificate")
public record CertificateLayout(
    @DefaultValue("297") double pageWidthMm,
    @DefaultValue("210") double pageHeightMm,
    Map<String, Field> fields) {

  /**
   * One field's place.
   *
   * @param xMm centre of the line (or its left end when left-aligned), from the left edge
   * @param yMm baseline of the first line, from the top edge
   * @param widthMm how wide a line may run before it wraps
   * @param sizePt type size
   * @param bold bold face
   * @param italic italic face
   * @param centred centred on x (otherwise starting at x)
   */
  public record Field(double xMm, double yMm, @DefaultValue("200") double widthMm, @DefaultValue("14") float sizePt, boolean bold,
      boolean italic, @DefaultValue("true") boolean centred) {
  }

  /** The fields a certificate prints, in order, with the names the calibration sheet shows. */
  static final Map<String, String> NAMES = orderedNames();

  private static Map<String, String> orderedNames() {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    names.put("ho_ten", "Họ và tên / tên tập thể");
    names.put("chuc_vu_don_vi", "Chức vụ, đơn vị");
    names.put("thanh_tich", "Thành tích");
    names.put("can_cu", "Quyết định số, ngày");
    names.put("dia_danh_ngay", "Địa danh, ngày tháng năm");
    names.put("chuc_vu_nguoi_ky", "Chức vụ người ký");
    names.put("nguoi_ky", "Họ tên người ký");
    return names;
  }
}
