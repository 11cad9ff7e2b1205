// Thi đua: a tab on a running process instance with its dossier's diary: the latest entries the
// reader may see (newest first), and links to the whole diary page and its PDF extract. The diary is read with the
// Cockpit login (our /api/audit accepts the webapps' session) and its reading rights.
const LATEST = 10;
const moment = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});

function say(node, text) {
  const line = document.createElement('p');
  line.textContent = text;
  node.appendChild(line);
}

function link(text, href) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.target = '_blank';
  anchor.rel = 'noopener';
  anchor.textContent = text;
  return anchor;
}

function table(entries) {
  const element = document.createElement('table');
  element.className = 'cam-table thidua-diary';
  const heading = element.createTHead().insertRow();
  ['Thời điểm', 'Người thực hiện', 'Nội dung'].forEach((title) => {
    const cell = document.createElement('th');
    cell.textContent = title;
    heading.appendChild(cell);
  });
  const body = element.createTBody();
  entries.forEach((entry) => {
    const row = body.insertRow();
    row.insertCell().textContent = moment.format(new Date(entry.at));
    row.insertCell().textContent = entry.actorName;
    row.insertCell().textContent = entry.text;
  });
  return element;
}

async function render(node, {api, processInstanceId}) {
  node.replaceChildren();
  const instance = await fetch(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`,
    {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
  const businessKey = instance.ok ? (await instance.json()).businessKey : null;
  if (!businessKey) {
    say(node, 'Hồ sơ này không có mã hồ sơ nên không có nhật ký riêng.');
    return;
  }
  const key = encodeURIComponent(businessKey);
  const links = document.createElement('p');
  links.append(link('Xem toàn bộ nhật ký hồ sơ', `/audit/?businessKey=${key}`), ' · ',
    link('Tải bản trích lục (PDF)', `/api/audit/export.pdf?businessKey=${key}`));
  node.appendChild(links);
  const diary = await fetch(`/api/audit?businessKey=${key}`, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
  if (!diary.ok) {
    say(node, 'Không đọc được nhật ký của hồ sơ này.');
    return;
  }
  const entries = await diary.json();
  if (!entries.length) {
    say(node, 'Chưa có mục nào bạn được xem trong nhật ký của hồ sơ này.');
    return;
  }
  say(node, entries.length > LATEST ? `${LATEST} mục ghi gần nhất (trong ${entries.length} mục), mới nhất trước:`
    : `${entries.length} mục ghi, mới nhất trước:`);
  node.appendChild(table(entries.slice(-LATEST).reverse()));
}

export default {
  id: 'thidua.dossierDiary',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 5,
  properties: {label: 'Nhật ký hồ sơ'},
  render,
};
