// Thi đua: a link from Cockpit's top menu to the Department's dashboard (same login).
import {onPageChanges} from '../../tasklist/scripts/page-changes.js';

function addDashboardLink() {
  const menu = document.querySelector('ul[ng-controller="camHeaderViewsCtrl"]');
  if (!menu || menu.querySelector('.thidua-dashboard-link')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'thidua-dashboard-link';
  const link = document.createElement('a');
  link.href = '/dashboard/';
  link.textContent = 'Bảng điều hành';
  item.appendChild(link);
  menu.appendChild(item);
}

onPageChanges(addDashboardLink);
