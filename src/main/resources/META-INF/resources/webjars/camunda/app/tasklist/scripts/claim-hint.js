// Thi đua: a task offered to a unit or group shows its form greyed out until someone presses
// "Nhận việc", and nothing on the form says so. This line says it, above the form, for as long as
// the task is not yet the user's.
import {onPageChanges} from './page-changes.js';

const HINT = 'Công việc này chưa giao riêng cho bạn: bấm «Nhận việc» ở góc trên bên phải để điền và gửi biểu mẫu.';

function showHint() {
  const unclaimed = Array.from(document.querySelectorAll('button.claim')).some((button) => button.offsetParent !== null);
  document.querySelectorAll('.fjs-container').forEach((form) => {
    const hint = form.previousElementSibling && form.previousElementSibling.classList.contains('thidua-claim-hint')
      ? form.previousElementSibling : null;
    if (unclaimed && !hint) {
      const line = document.createElement('p');
      line.className = 'thidua-claim-hint alert alert-info';
      line.setAttribute('role', 'note');
      line.textContent = HINT;
      form.parentNode.insertBefore(line, form);
    } else if (!unclaimed && hint) {
      hint.remove();
    }
  });
}

onPageChanges(showHint, {childList: true, subtree: true, attributes: true, attributeFilter: ['class']});
