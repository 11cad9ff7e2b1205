package vn.laichau.sxd.thidua.document;

import static vn.laichau.sxd.thidua.document.StateFormatDocx.tag;

import java.util.List;

/**
 * The templates the application ships, one per kind, written in the state format. They are the
 * first version of each kind's template; the secretariat downloads one, edits it in Word and
 * uploads the next version from the templates page.
 */
final class ShippedTemplates {

  static final String PROVINCE = "UBND TỈNH LAI CHÂU";
  static final String DEPARTMENT = "SỞ XÂY DỰNG";
  private static final String COUNCIL_PARENT = "SỞ XÂY DỰNG TỈNH LAI CHÂU";
  private static final String COUNCIL = "HỘI ĐỒNG THI ĐUA -\nKHEN THƯỞNG";
  private static final List<String> LIST_HEADINGS = List.of("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu, hình thức");
  private static final List<String> LIST_FIELDS = List.of("stt", "ho_ten", "chuc_vu", "don_vi", "hinh_thuc");

  private ShippedTemplates() {
  }

  static byte[] docx(DocumentKind kind) {
    return switch (kind) {
      case QUYET_DINH_KHEN_THUONG -> decision();
      case TO_TRINH -> submission();
      case BIEN_BAN_HOP_HOI_DONG -> minutes();
      case BIEN_BAN_KIEM_PHIEU -> countingRecord();
      case THONG_BAO_CONG_KHAI -> disclosureNotice();
      case BAO_CAO_SO_KET_TONG_KET -> review();
      case GIAY_KHEN -> certificates();
    };
  }

  private static byte[] decision() {
    return new StateFormatDocx()
        .heading(PROVINCE, DEPARTMENT)
        .title("QUYẾT ĐỊNH", tag("ve_viec"))
        .centredBold("GIÁM ĐỐC SỞ XÂY DỰNG TỈNH LAI CHÂU")
        .body("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;")
        .body("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;")
        .body("Căn cứ Quy chế Thi đua, khen thưởng của Sở Xây dựng tỉnh Lai Châu;")
        .body(tag("can_cu_de_nghi"))
        .centredBold("QUYẾT ĐỊNH:")
        .body("Điều 1. Khen thưởng " + tag("tong_so")
            + " tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này đã có thành tích trong phong trào thi đua.")
        .body("Điều 2. Tiền thưởng kèm theo thực hiện theo quy định hiện hành, tổng số tiền " + tag("tong_tien")
            + " đồng, chi từ Quỹ thi đua, khen thưởng của Sở.")
        .body("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở"
            + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.")
        .signature(List.of("- Như Điều 3;", "- Hội đồng TĐKT Sở;", "- Lưu: VT, VP."), "chuc_vu_nguoi_ky", "nguoi_ky")
        .newPage()
        .centredBold("DANH SÁCH KHEN THƯỞNG")
        .centredItalic("(Kèm theo Quyết định số " + tag("so_van_ban") + " ngày " + tag("ngay") + " của Giám đốc Sở Xây dựng)")
        .table("danh_sach", with(LIST_HEADINGS, "Số tiền (đồng)"), with(LIST_FIELDS, "so_tien"), new int[] {11, 40, 30, 32, 27, 25})
        .bytes();
  }

  private static byte[] submission() {
    return new StateFormatDocx()
        .heading(PROVINCE, DEPARTMENT)
        .title("TỜ TRÌNH", tag("ve_viec"))
        .centredBold("Kính gửi: Ủy ban nhân dân tỉnh Lai Châu (qua Sở Nội vụ)")
        .body("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;")
        .body("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;")
        .body(tag("ket_qua_hoi_dong"))
        .body("Sở Xây dựng kính trình Ủy ban nhân dân tỉnh xem xét, khen thưởng " + tag("tong_so")
            + " tập thể, cá nhân có tên trong danh sách dưới đây.")
        .table("danh_sach", with(LIST_HEADINGS, "Tỷ lệ đồng ý"), with(LIST_FIELDS, "ty_le"), new int[] {11, 40, 30, 32, 27, 25})
        .body("Sở Xây dựng kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.")
        .signature(List.of("- Như trên;", "- Sở Nội vụ;", "- Lưu: VT, VP."), "chuc_vu_nguoi_ky", "nguoi_ky")
        .bytes();
  }

  private static byte[] minutes() {
    return new StateFormatDocx()
        .heading(COUNCIL_PARENT, COUNCIL)
        .title("BIÊN BẢN", "Họp Hội đồng Thi đua - Khen thưởng Sở")
        .body("Thời gian: " + tag("thoi_gian") + ".")
        .body("Địa điểm: " + tag("dia_diem") + ".")
        .body("Chủ trì: " + tag("chu_tri") + ". Thư ký: " + tag("thu_ky") + ".")
        .body("Thành viên có mặt (" + tag("so_co_mat") + "): " + tag("co_mat") + ".")
        .body("Thành viên vắng mặt: " + tag("vang_mat") + ".")
        .body(tag("ket_luan_so_luong"))
        .body("Hội đồng đã biểu quyết, bỏ phiếu từng nội dung; kết quả như sau (nội dung bỏ phiếu kín chỉ ghi số phiếu):")
        .table("ket_qua", List.of("STT", "Nội dung", "Hình thức", "Đồng ý", "Không đồng ý", "Không ý kiến", "Tỷ lệ đồng ý", "Kết quả"),
            List.of("stt", "noi_dung", "hinh_thuc", "dong_y", "khong_dong_y", "khong_y_kien", "ty_le", "thong_qua"),
            new int[] {10, 40, 22, 16, 17, 17, 18, 25})
        .body("Biên bản kết thúc vào cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất.")
        .signatures("THƯ KÝ", "thu_ky", "CHỦ TỌA", "nguoi_ky")
        .bytes();
  }

  private static byte[] countingRecord() {
    return new StateFormatDocx()
        .heading(COUNCIL_PARENT, COUNCIL)
        .title("BIÊN BẢN KIỂM PHIẾU", "Các nội dung bỏ phiếu kín của Hội đồng Thi đua - Khen thưởng Sở")
        .body("Thời gian kiểm phiếu: " + tag("thoi_gian") + ".")
        .body("Chủ trì: " + tag("chu_tri") + ". Thư ký: " + tag("thu_ky") + ".")
        .body("Số phiếu phát ra: " + tag("so_phieu_phat_ra") + ". Số phiếu thu vào: " + tag("so_phieu_thu_vao") + ".")
        .body("Phiếu bầu không ghi tên người bỏ phiếu; kết quả kiểm phiếu từng nội dung như sau:")
        .table("ket_qua", List.of("STT", "Nội dung", "Đồng ý", "Không đồng ý", "Không ý kiến", "Tỷ lệ đồng ý", "Kết quả"),
            List.of("stt", "noi_dung", "dong_y", "khong_dong_y", "khong_y_kien", "ty_le", "thong_qua"),
            new int[] {10, 60, 15, 17, 17, 20, 26})
        .signatures("THƯ KÝ", "thu_ky", "CHỦ TỌA", "nguoi_ky")
        .bytes();
  }

  private static byte[] disclosureNotice() {
    return new StateFormatDocx()
        .heading(PROVINCE, DEPARTMENT)
        .title("THÔNG BÁO", tag("ve_viec"))
        .body("Sở Xây dựng thông báo công khai danh sách tập thể, cá nhân được Hội đồng Thi đua - Khen thưởng Sở"
            + " thống nhất đề nghị khen thưởng như sau:")
        .table("danh_sach", LIST_HEADINGS, LIST_FIELDS, new int[] {12, 48, 35, 35, 35})
        .body("Thời gian công khai: " + tag("so_ngay") + " ngày làm việc, từ ngày " + tag("tu_ngay") + " đến hết ngày "
            + tag("den_ngay") + ".")
        .body("Trong thời gian công khai, tổ chức, cá nhân có ý kiến phản ánh gửi về Văn phòng Sở để tổng hợp,"
            + " báo cáo Hội đồng Thi đua - Khen thưởng Sở xem xét, giải quyết./.")
        .signature(List.of("- Các phòng, đơn vị thuộc Sở;", "- Cổng thông tin điện tử Sở;", "- Lưu: VT, VP."),
            "chuc_vu_nguoi_ky", "nguoi_ky")
        .bytes();
  }

  private static byte[] review() {
    return new StateFormatDocx()
        .heading(PROVINCE, DEPARTMENT)
        .title("BÁO CÁO", tag("ve_viec"))
        .body(tag("noi_dung"))
        .body("Kết quả thực hiện các chỉ tiêu thi đua của từng đơn vị:")
        .table("chi_tieu", List.of("STT", "Đơn vị", "Chỉ tiêu", "Mục tiêu", "Thực hiện", "Đánh giá"),
            List.of("stt", "don_vi", "ten_chi_tieu", "muc_tieu", "thuc_hien", "danh_gia"), new int[] {11, 35, 50, 22, 22, 25})
        .signature(List.of("- Ủy ban nhân dân tỉnh (báo cáo);", "- Sở Nội vụ;", "- Lưu: VT, VP."), "chuc_vu_nguoi_ky", "nguoi_ky")
        .bytes();
  }

  /** The Word record of a decision's Giấy khen (the printed ones are drawn onto the blanks): one row each. */
  private static byte[] certificates() {
    return new StateFormatDocx()
        .heading(PROVINCE, DEPARTMENT)
        .title("DANH SÁCH GIẤY KHEN", "Kèm theo " + tag("can_cu"))
        .table("giay_khen", List.of("STT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích"), List.of("stt", "ho_ten", "chuc_vu_don_vi", "thanh_tich"),
            new int[] {11, 42, 52, 60})
        .signature(List.of("- Các tập thể, cá nhân được khen thưởng;", "- Lưu: VT, VP."), "chuc_vu_nguoi_ky", "nguoi_ky")
        .bytes();
  }

  private static List<String> with(List<String> list, String last) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(last)).toList();
  }
}
