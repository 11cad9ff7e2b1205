// Thi đua: Vietnamese unless the browser asks for English first; dates as dd/MM/yyyy.
export default {
  app: {
    name: 'Giám sát quy trình',
    vendor: 'Sở Xây dựng Lai Châu –'
  },
  // A link to the Department's dashboard in the top menu; buttons and words for readers (read-only-screens);
  // names for screen readers, shared with Tasklist (accessible-names); the dossier's diary as a tab of
  // a process instance (diary-tab).
  customScripts: ['scripts/dashboard-link', 'scripts/read-only-screens', '../tasklist/scripts/accessible-names', 'scripts/diary-tab'],
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  }
};
