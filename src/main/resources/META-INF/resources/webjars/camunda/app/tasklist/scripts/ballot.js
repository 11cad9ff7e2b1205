// Thi đua: a council ballot over a long agenda. Above the list, one button says "Đồng ý" for every
// item not yet answered, so a member then changes only the exceptions, and a counter shows how many
// items are answered.
import {onPageChanges} from './page-changes.js';

const AGREE = 'Đồng ý';

function ballotGroups(form) {
  return Array.from(form.querySelectorAll('.fjs-form-field-radio')).filter((group) =>
    Array.from(group.querySelectorAll('label')).some((label) => label.textContent.trim() === AGREE));
}

function agreeToAllUnanswered(form) {
  ballotGroups(form).filter((group) => !group.querySelector('input:checked')).forEach((group) => {
    const agree = Array.from(group.querySelectorAll('label')).find((label) => label.textContent.trim() === AGREE);
    const input = agree && (agree.querySelector('input') || document.getElementById(agree.getAttribute('for')));
    if (input) {
      input.click();
    }
  });
  count(form);
}

function count(form) {
  const groups = ballotGroups(form);
  const counter = form.parentNode.querySelector('.thidua-ballot-count');
  const text = 'Đã chọn ý kiến cho ' + groups.filter((g) => g.querySelector('input:checked')).length + '/' + groups.length + ' nội dung.';
  if (counter && counter.textContent !== text) {
    counter.textContent = text;
  }
}

function enhance() {
  document.querySelectorAll('.fjs-container').forEach((form) => {
    if (!ballotGroups(form).length) {
      return;
    }
    if (!form.parentNode.querySelector('.thidua-ballot-tools')) {
      const tools = document.createElement('div');
      tools.className = 'thidua-ballot-tools';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-default';
      button.textContent = 'Đồng ý tất cả nội dung chưa chọn';
      button.addEventListener('click', () => agreeToAllUnanswered(form));
      const counter = document.createElement('p');
      counter.className = 'thidua-ballot-count';
      counter.setAttribute('role', 'status');
      tools.append(button, counter);
      form.parentNode.insertBefore(tools, form);
      form.addEventListener('change', () => count(form));
    }
    count(form);
  });
}

onPageChanges(enhance);
