// Thi đua: Cockpit as a Director or manager reads it. Only administrators may change a process in
// Cockpit (the engine's authorizations refuse the others anyway), so for everybody else the buttons
// that change something are hidden (body class thidua-read-only, see styles/user-styles.css). A few
// words Cockpit writes in English are put in Vietnamese, an absent value reads «không có», a business
// key reads as the process's name, and dates shown in ISO form read dd/MM/yyyy.
import {onPageChanges} from '../../tasklist/scripts/page-changes.js';

const WORDS = {'Actions': 'Thao tác', 'zoom in': 'Phóng to', 'zoom out': 'Thu nhỏ', 'reset zoom': 'Về cỡ ban đầu'};
// Business keys, shown where Cockpit lists instances, read as the process's name (the key stays the search term).
const ROUND_WORDS = {CONG_TRANG: 'công trạng', CHUYEN_DE: 'chuyên đề', DOT_XUAT: 'đột xuất'};
const REVIEW_WORDS = {SIX_MONTH: 'Sơ kết 6 tháng đầu năm', ANNUAL: 'Tổng kết năm', MID_TERM: 'Sơ kết giữa kỳ 2026–2030',
  FINAL: 'Tổng kết giai đoạn 2026–2030'};
const KEY_NAMES = [
  [/^KT-(\d{4})-(CONG_TRANG|CHUYEN_DE|DOT_XUAT)-(\d+)$/, (m) => `Đợt bình xét ${ROUND_WORDS[m[2]]} năm ${m[1]} (đợt ${m[3]})`],
  [/^HD-(\d{4})-(\d+)$/, (m) => `Phiên họp Hội đồng số ${m[2]} năm ${m[1]}`],
  [/^DK-(\d{4})$/, (m) => `Đăng ký thi đua năm ${m[1]}`],
  [/^SK-(\d{4})-(SIX_MONTH|ANNUAL|MID_TERM|FINAL)$/, (m) => `${REVIEW_WORDS[m[2]]} ${m[1]}`],
  [/^DH-(\d{4})-(\d+)$/, (m) => `Điển hình tiên tiến số ${m[2]} năm ${m[1]}`],
  [/^TK-(\d{4})-(\d+)$/, (m) => `Tờ trình khen thưởng lên tỉnh số ${m[2]} năm ${m[1]}`],
];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,3})?)?([+-]\d{2}:?\d{2}|Z)?$/;

function vietnamese() {
  document.querySelectorAll('td.actions, th.actions').forEach((cell) => {
    if (cell.textContent.trim() === 'Actions') {
      cell.textContent = WORDS.Actions;
    }
  });
  document.querySelectorAll('[title]').forEach((element) => {
    const word = WORDS[element.getAttribute('title')];
    if (word) {
      element.setAttribute('title', word);
      element.setAttribute('aria-label', word);
    }
  });
  // An absent value (no parent instance, a variable without value) reads as words, not "null".
  document.querySelectorAll('dd, dd span, .value-wrapper span').forEach((cell) => {
    if (!cell.children.length && cell.textContent.trim() === 'null') {
      cell.textContent = 'không có';
    }
  });
  document.querySelectorAll('td, td a, td span, dd, dd span, .breadcrumb a, .breadcrumb span').forEach((cell) => {
    if (cell.children.length) {
      return;
    }
    const text = cell.textContent.trim();
    for (const [pattern, name] of KEY_NAMES) {
      const match = pattern.exec(text);
      if (match) {
        cell.textContent = name(match);
        cell.setAttribute('title', text);
        break;
      }
    }
  });
  document.querySelectorAll('.value-wrapper span').forEach((cell) => {
    if (cell.children.length) {
      return;
    }
    const date = ISO_DATE.exec(cell.textContent.trim());
    if (date) {
      cell.textContent = `${date[3]}/${date[2]}/${date[1]} ${date[4]}:${date[5]}`;
    }
  });
}

async function markReadOnly() {
  const response = await fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.ok) {
    const user = await response.json();
    document.body.classList.toggle('thidua-read-only', !(user.authorizedApps || []).includes('admin'));
  }
}

onPageChanges(vietnamese);
window.addEventListener('hashchange', markReadOnly);
markReadOnly();
