// Thi đua: Vietnamese for every browser, dates as dd/MM/yyyy.
export default {
  app: {
    name: 'Quản trị',
    vendor: 'Sở Xây dựng Lai Châu'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  }
};
