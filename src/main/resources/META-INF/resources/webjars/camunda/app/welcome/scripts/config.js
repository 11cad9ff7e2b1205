// Thi đua: Vietnamese unless the browser asks for English first; dates as dd/MM/yyyy.
export default {
  app: {
    name: 'Thi đua',
    vendor: 'Sở Xây dựng Lai Châu –'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  links: [
    {
      label: 'Bảng điều hành thi đua, khen thưởng',
      href: '/dashboard/',
      description: 'Bảy chỉ tiêu của các phòng, đơn vị; đăng ký, điển hình, đợt bình xét, công việc quá hạn và khen thưởng trong năm'
    },
    {
      label: 'Nhập dữ liệu',
      href: '/imports/',
      description: 'Văn phòng Sở nhập kết quả đánh giá, xếp loại (Excel hoặc CSV) và danh sách tổ chức: xem trước, rồi nhập'
    },
    {
      label: 'Thông báo',
      href: '/notices/',
      description: 'Thư đã gửi cho bạn về việc mới, hồ sơ bị trả lại, nhắc hạn và văn bản ban hành; chọn nhận thư ngay hay một thư tổng hợp mỗi sáng'
    }
  ],
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  }
};
