// Thi đua: Vietnamese unless the browser asks for English first; dates as dd/MM/yyyy.
export default {
  app: {
    name: 'Công việc',
    vendor: 'Sở Xây dựng Lai Châu –'
  },
  // Camunda Forms' own texts in Vietnamese; the complete button usable on forms with lists; names for icon buttons;
  // a confirmation when a task is completed or a process started; a line saying to press «Nhận việc» first;
  // on a ballot, one button to agree to every item not yet answered and a counter; a link to the dossier's diary.
  customScripts: ['scripts/formjs-vi', 'scripts/formjs-validity', 'scripts/accessible-names', 'scripts/confirmations',
    'scripts/claim-hint', 'scripts/ballot', 'scripts/diary-link'],
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển tới bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển tới công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển tới ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
