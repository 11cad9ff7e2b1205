// Thi đua: Cockpit as a Director or manager reads it. Only administrators may change a process in
// Cockpit (the engine's authorizations refuse the others anyway), so for everybody else the buttons
// that change something are hidden (body class thidua-read-only, see styles/user-styles.css). A few
// words Cockpit writes in English are put in Vietnamese, an absent value reads «không có», and dates
// shown in ISO form read dd/MM/yyyy.
const WORDS = {'Actions': 'Thao tác', 'zoom in': 'Phóng to', 'zoom out': 'Thu nhỏ', 'reset zoom': 'Về cỡ ban đầu'};
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

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      vietnamese();
    });
  }
}).observe(document.body, {childList: true, subtree: true});
window.addEventListener('hashchange', markReadOnly);
markReadOnly();
vietnamese();
