package vn.laichau.sxd.thidua.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a kind's template is filled with, written {{field}} in the Word file (a list's rows as
 * [field] in a table row under {{list}}, or {{?list}}…{{/list}} around paragraphs). Each field has
 * the Vietnamese words the template page shows the secretariat; the required ones must stay in an
 * uploaded template.
 */
public final class TemplateFields {

  /** The fields every document has. */
  static final Map<String, String> COMMON = Map.of(
      "so_van_ban", "Số, ký hiệu văn bản (ví dụ 01/QĐ-SXD)",
      "dia_danh_ngay", "Địa danh và ngày tháng năm ban hành (Lai Châu, ngày … tháng … năm …)",
      "ngay", "Ngày ban hành dạng dd/mm/yyyy",
      "chuc_vu_nguoi_ky", "Chức vụ người ký",
      "nguoi_ky", "Họ và tên người ký");

  private static final Map<DocumentKind, Map<String, String>> BY_KIND = Map.of(
      DocumentKind.QUYET_DINH_KHEN_THUONG, ordered(
          "ve_viec", "Trích yếu (Về việc …)",
          "can_cu_de_nghi", "Căn cứ đề nghị (phiên họp Hội đồng, biên bản)",
          "tong_so", "Số tập thể, cá nhân được khen thưởng",
          "tong_tien", "Tổng số tiền thưởng (đồng)",
          "danh_sach", "Danh sách khen thưởng: [stt] [ho_ten] [chuc_vu] [don_vi] [hinh_thuc] [so_tien]"),
      DocumentKind.TO_TRINH, ordered(
          "ve_viec", "Trích yếu (Về việc …)",
          "ket_qua_hoi_dong", "Kết quả họp Hội đồng Thi đua – Khen thưởng Sở",
          "tong_so", "Số tập thể, cá nhân đề nghị",
          "danh_sach", "Danh sách đề nghị: [stt] [ho_ten] [chuc_vu] [don_vi] [hinh_thuc] [ty_le]"),
      DocumentKind.BIEN_BAN_HOP_HOI_DONG, ordered(
          "thoi_gian", "Thời gian họp",
          "dia_diem", "Địa điểm họp",
          "chu_tri", "Chủ trì phiên họp",
          "thu_ky", "Thư ký phiên họp",
          "co_mat", "Thành viên có mặt",
          "vang_mat", "Thành viên vắng mặt",
          "so_co_mat", "Số thành viên có mặt trên tổng số",
          "ket_luan_so_luong", "Kết luận về số lượng thành viên dự họp",
          "ket_qua", "Kết quả từng nội dung: [stt] [noi_dung] [hinh_thuc] [dong_y] [khong_dong_y] [khong_y_kien] [ty_le] [thong_qua]"),
      DocumentKind.BIEN_BAN_KIEM_PHIEU, ordered(
          "thoi_gian", "Thời gian kiểm phiếu",
          "chu_tri", "Chủ trì phiên họp",
          "thu_ky", "Thư ký phiên họp",
          "so_phieu_phat_ra", "Số phiếu phát ra",
          "so_phieu_thu_vao", "Số phiếu thu vào",
          "ket_qua", "Kết quả từng nội dung bỏ phiếu kín: [stt] [noi_dung] [dong_y] [khong_dong_y] [khong_y_kien] [ty_le] [thong_qua]"),
      DocumentKind.THONG_BAO_CONG_KHAI, ordered(
          "ve_viec", "Trích yếu (Về việc …)",
          "so_ngay", "Số ngày làm việc công khai",
          "tu_ngay", "Ngày bắt đầu công khai",
          "den_ngay", "Ngày kết thúc công khai",
          "danh_sach", "Danh sách công khai: [stt] [ho_ten] [chuc_vu] [don_vi] [hinh_thuc]"),
      DocumentKind.BAO_CAO_SO_KET_TONG_KET, ordered(
          "ve_viec", "Trích yếu (Về việc …)",
          "noi_dung", "Nội dung tổng hợp của Văn phòng Sở",
          "chi_tieu", "Chỉ tiêu của từng đơn vị: [stt] [don_vi] [ten_chi_tieu] [muc_tieu] [thuc_hien] [danh_gia]"),
      DocumentKind.GIAY_KHEN, ordered(
          "can_cu", "Quyết định khen thưởng (số, ngày)",
          "giay_khen", "Từng Giấy khen: [stt] [ho_ten] [chuc_vu_don_vi] [thanh_tich]"));

  /** The lists filled into table rows (the others repeat paragraphs). */
  static final Set<String> TABLE_LISTS = Set.of("danh_sach", "ket_qua", "chi_tieu", "giay_khen");

  private TemplateFields() {
  }

  /** Every field of the kind, common ones first, with its description. */
  public static Map<String, String> of(DocumentKind kind) {
    Map<String, String> fields = new LinkedHashMap<>();
    List.of("so_van_ban", "dia_danh_ngay", "ngay", "chuc_vu_nguoi_ky", "nguoi_ky").forEach(name -> fields.put(name, COMMON.get(name)));
    fields.putAll(BY_KIND.get(kind));
    return fields;
  }

  /** The fields an uploaded template may not lose: the number, the date, the signer and the kind's own. */
  static Set<String> required(DocumentKind kind) {
    Set<String> required = new java.util.LinkedHashSet<>(List.of("so_van_ban", "dia_danh_ngay", "nguoi_ky"));
    required.addAll(BY_KIND.get(kind).keySet());
    return required;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }
}
