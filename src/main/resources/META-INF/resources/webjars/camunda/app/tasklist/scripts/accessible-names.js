// Thi đua: names for screen readers (in Vietnamese) where the webapps' own icon buttons have none,
// and the right role for their search field, so that the accessibility check finds nothing critical.
// Tasklist and Cockpit both load it (Cockpit from ../tasklist/scripts, see its config.js).
import {onPageChanges} from './page-changes.js';

const NAMES = [
  ['button[data-region="filters"]', 'Thu gọn hoặc mở rộng vùng bộ lọc'],
  ['button[data-region="list"]', 'Thu gọn hoặc mở rộng danh sách công việc'],
  ['button.region-toggle[data-region="task"]', 'Thu gọn hoặc mở rộng vùng công việc'],
  ['button.maximize', 'Phóng to vùng công việc'],
  ['button.reset-regions', 'Khôi phục bố cục'],
  ['button.btn-default.dropdown-toggle[uib-dropdown-toggle]', 'Các điều kiện tìm đã lưu'],
  ['.stored-criteria > button.btn-default', 'Các điều kiện tìm đã lưu'],
  ['button.section-toggle', 'Thu gọn hoặc mở rộng mục']
];

function name(root) {
  for (const [selector, label] of NAMES) {
    root.querySelectorAll(selector).forEach((element) => {
      if (!element.getAttribute('aria-label')) {
        element.setAttribute('aria-label', label);
      }
    });
  }
  // An icon button or link with a tooltip is named by its tooltip.
  root.querySelectorAll('button[uib-tooltip]:not([aria-label]), a[uib-tooltip]:not([aria-label])').forEach((element) => {
    if (!element.textContent.trim()) {
      element.setAttribute('aria-label', element.getAttribute('uib-tooltip'));
    }
  });
  // Cockpit's switch for the diagram's statistics is a bare radio beside its words: those words name it.
  root.querySelectorAll('input.toggle:not([aria-label])').forEach((toggle) => {
    const words = toggle.parentElement ? toggle.parentElement.textContent.trim() : '';
    toggle.setAttribute('aria-label', words || 'Bật hoặc tắt thống kê trên sơ đồ');
  });
  // The search field offers suggestions: it is a combobox, which allows its aria-autocomplete.
  root.querySelectorAll('input.main-field[aria-autocomplete]:not([role])').forEach((input) => input.setAttribute('role', 'combobox'));
}

onPageChanges(() => name(document));
