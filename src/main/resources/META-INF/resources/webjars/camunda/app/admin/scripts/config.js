// Thi đua: Vietnamese unless the browser asks for English first; dates as dd/MM/yyyy.
export default {
  app: {
    name: 'Quản trị',
    vendor: 'Sở Xây dựng Lai Châu –'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  }
};
