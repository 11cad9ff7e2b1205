// The documents of a dossier (?businessKey=…) and, for the secretariat, the templates of each kind.
const businessKey = new URLSearchParams(window.location.search).get('businessKey');

function dateText(iso) {
  return iso ? iso.split('-').reverse().join('/') : '';
}

function cellWith(row, ...children) {
  const cell = row.insertCell();
  cell.append(...children);
  return cell;
}

function link(href, text, label) {
  const a = Object.assign(document.createElement('a'), {href, textContent: text});
  a.setAttribute('aria-label', label);
  return a;
}

async function loadDossier() {
  if (!businessKey) {
    return;
  }
  const {response, answer} = await ThiduaPage.read(`/api/documents?businessKey=${encodeURIComponent(businessKey)}`);
  document.getElementById('diary').href = '/audit/?businessKey=' + encodeURIComponent(businessKey);
  const section = document.getElementById('dossier');
  section.hidden = false;
  if (!response.ok) {
    section.replaceChildren(ThiduaPage.say(ThiduaPage.refusal(response, answer, 'Bạn không có quyền xem văn bản của hồ sơ này.'), 'error'));
    return;
  }
  const table = document.getElementById('documents');
  table.replaceChildren();
  ThiduaPage.heading(table, ['Loại văn bản', 'Số', 'Ngày', 'Trích yếu', 'Tệp']);
  const body = table.createTBody();
  if (!answer.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = 5;
    cell.textContent = 'Hồ sơ chưa có văn bản nào.';
  }
  answer.forEach((doc) => {
    const row = body.insertRow();
    row.insertCell().textContent = doc.draft ? 'Dự thảo ' + doc.kindName.charAt(0).toLowerCase() + doc.kindName.slice(1) : doc.kindName;
    row.insertCell().textContent = doc.number || 'Chưa cấp số';
    row.insertCell().textContent = dateText(doc.date);
    row.insertCell().textContent = doc.title;
    if (doc.ready) {
      cellWith(row, link(doc.pdf, 'PDF', `Bản PDF của ${doc.title}`), ' · ', link(doc.docx, 'Word', `Bản Word của ${doc.title}`));
    } else {
      row.insertCell().textContent = 'Đang soạn…';
    }
  });
}

function kindSection(kind) {
  const section = document.createElement('section');
  section.className = 'kind';
  const title = Object.assign(document.createElement('h3'), {textContent: kind.name});
  const versions = document.createElement('table');
  ThiduaPage.heading(versions, ['Phiên bản', 'Áp dụng từ', 'Người tải lên', 'Tệp']);
  const body = versions.createTBody();
  kind.versions.forEach((version) => {
    const row = body.insertRow();
    row.insertCell().textContent = version.shipped ? 'Mẫu kèm theo phần mềm' : `Phiên bản ${version.version}`;
    row.insertCell().textContent = version.shipped ? 'Khi chưa có mẫu tải lên' : dateText(version.validFrom);
    row.insertCell().textContent = version.uploadedBy || '';
    cellWith(row, link(`/api/documents/templates/${kind.kind}/${version.version}.docx`, 'Tải về (Word)',
      `Tải về ${kind.name}, ${version.shipped ? 'mẫu kèm theo phần mềm' : 'phiên bản ' + version.version}`));
  });
  const fields = document.createElement('details');
  fields.append(Object.assign(document.createElement('summary'), {textContent: 'Các trường của mẫu'}));
  const list = document.createElement('ul');
  Object.entries(kind.fields).forEach(([name, meaning]) => {
    const required = kind.required.includes(name) ? ' (bắt buộc)' : '';
    list.append(Object.assign(document.createElement('li'), {textContent: `{{${name}}} — ${meaning}${required}`}));
  });
  fields.append(list);
  const controls = document.createElement('div');
  controls.className = 'controls';
  const from = Object.assign(document.createElement('input'), {type: 'text', name: 'validFrom', placeholder: 'dd/mm/yyyy'});
  const fromLabel = document.createElement('label');
  fromLabel.append('Áp dụng từ ngày ', from);
  const file = Object.assign(document.createElement('input'), {type: 'file', name: 'file', accept: '.docx'});
  const fileLabel = Object.assign(document.createElement('label'), {className: 'file'});
  fileLabel.append('Chọn mẫu (.docx)', file);
  const fileName = Object.assign(document.createElement('span'), {className: 'file-name', textContent: 'Chưa chọn tệp'});
  ThiduaPage.showFileName(file, fileName);
  const send = Object.assign(document.createElement('button'), {type: 'button', textContent: 'Tải lên phiên bản mới'});
  send.setAttribute('aria-label', `Tải lên phiên bản mới của mẫu ${kind.name}`);
  const result = Object.assign(document.createElement('div'), {className: 'result'});
  result.setAttribute('role', 'status');
  send.addEventListener('click', async () => {
    if (!file.files[0]) {
      result.replaceChildren(ThiduaPage.say('Hãy chọn tệp mẫu (.docx).', 'error'));
      return;
    }
    const body = new FormData();
    body.append('file', file.files[0]);
    body.append('validFrom', from.value);
    const {response, answer} = await ThiduaPage.write(`/api/documents/templates/${kind.kind}`, 'POST', body);
    if (response.ok) {
      result.replaceChildren(ThiduaPage.say(`Đã lưu phiên bản ${answer.version}, áp dụng từ ngày ${dateText(answer.validFrom)}.`, 'ok'));
      loadTemplates();
    } else {
      result.replaceChildren(ThiduaPage.say(ThiduaPage.refusal(response, answer, 'Chỉ Văn phòng Sở được thay mẫu văn bản.'), 'error'));
    }
  });
  controls.append(fromLabel, fileLabel, fileName, send);
  section.append(title, versions, fields, controls, result);
  return section;
}

async function loadTemplates() {
  const {response, answer} = await ThiduaPage.read('/api/documents/templates');
  if (!response.ok) {
    return;
  }
  document.getElementById('templates').hidden = false;
  document.getElementById('kinds').replaceChildren(...answer.map(kindSection));
}

async function load() {
  await loadDossier();
  await loadTemplates();
  if (!businessKey && document.getElementById('templates').hidden) {
    const message = document.getElementById('message');
    message.hidden = false;
    message.textContent = 'Mở trang này từ một công việc hoặc từ Bảng điều hành để xem văn bản của hồ sơ.';
  }
}

load();
