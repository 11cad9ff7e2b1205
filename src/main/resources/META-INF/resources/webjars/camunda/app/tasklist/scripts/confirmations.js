// Thi đua: Tasklist says nothing when a task is completed or a process started, and a refusal shown
// earlier stays on the screen, so a person cannot tell whether the work went through. This says so
// in Vietnamese, in a polite live region, and closes the refusals that no longer apply.
const COMPLETED = /\/task\/[^/]+\/(submit-form|complete)$/;
const STARTED = /\/process-definition\/[^/]+\/(submit-form|start)$/;

function confirm(text) {
  document.querySelectorAll('.page-notifications .alert-danger .close').forEach((close) => close.click());
  let box = document.getElementById('thidua-confirmation');
  if (!box) {
    box = document.createElement('div');
    box.id = 'thidua-confirmation';
    box.className = 'alert alert-success';
    box.setAttribute('role', 'status');
    document.body.appendChild(box);
  }
  box.textContent = text;
  box.hidden = false;
  clearTimeout(box.hideLater);
  box.hideLater = setTimeout(() => { box.hidden = true; }, 10000);
}

function confirmation(path) {
  if (COMPLETED.test(path)) {
    const title = document.querySelector('.task-details .names h2');
    return 'Đã hoàn thành công việc' + (title && title.textContent.trim() ? ' «' + title.textContent.trim() + '».' : '.');
  }
  return STARTED.test(path) ? 'Đã bắt đầu quy trình; công việc đầu tiên đã được giao cho người, đơn vị phụ trách.' : null;
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const message = String(method).toUpperCase() === 'POST' ? confirmation(String(url).split('?')[0]) : null;
  if (message) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        confirm(message);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
