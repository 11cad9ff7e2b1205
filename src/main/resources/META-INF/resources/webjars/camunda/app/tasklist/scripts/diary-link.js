// Thi đua: every task's screen links to its dossier's diary («Nhật ký hồ sơ»), beside the task's name.
// The dossier is asked of our API with the webapps' login (a task the reader may not see has none).
import {onPageChanges} from './page-changes.js';

const dossiers = new Map();

function shownTask() {
  const query = window.location.hash.split('?')[1];
  return query ? new URLSearchParams(query).get('task') : null;
}

async function dossierOf(taskId) {
  if (!dossiers.has(taskId)) {
    dossiers.set(taskId, fetch(`/api/audit/dossier?taskId=${encodeURIComponent(taskId)}`,
      {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then((answer) => (answer.ok ? answer.json() : {}))
      .then((answer) => answer.businessKey || null)
      .catch(() => null));
  }
  return dossiers.get(taskId);
}

async function addDiaryLink() {
  const taskId = shownTask();
  const names = document.querySelector('.task-details .names');
  if (!taskId || !names) {
    return;
  }
  const present = names.querySelector('.thidua-diary-link');
  if (present && present.dataset.task === taskId) {
    return;
  }
  const businessKey = await dossierOf(taskId);
  if (!businessKey || shownTask() !== taskId || names.querySelector(`.thidua-diary-link[data-task="${taskId}"]`)) {
    return;
  }
  names.querySelectorAll('.thidua-diary-link').forEach((old) => old.remove());
  const link = document.createElement('a');
  link.className = 'thidua-diary-link';
  link.dataset.task = taskId;
  link.href = `/audit/?businessKey=${encodeURIComponent(businessKey)}`;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Nhật ký hồ sơ';
  names.appendChild(link);
}

onPageChanges(addDiaryLink);
