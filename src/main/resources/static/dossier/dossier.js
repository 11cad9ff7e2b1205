// A unit's dossier in a round: the files, and while the unit may still change them, an upload.
const params = new URLSearchParams(window.location.search);
const api = `/api/dossiers/${encodeURIComponent(params.get('round') || '')}/${encodeURIComponent(params.get('unit') || '')}`;
let csrfToken = null;

function say(text, className) {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function refusal(status, answer) {
  if (status === 401) {
    return 'Bạn chưa đăng nhập: hãy đăng nhập ở Trang chủ rồi mở lại trang này.';
  }
  if (status === 403) {
    return 'Bạn không có quyền với hồ sơ của đơn vị này.';
  }
  return answer.message || 'Chưa thực hiện được. Vui lòng thử lại sau.';
}

function sizeText(bytes) {
  return bytes >= 1048576 ? (bytes / 1048576).toFixed(1).replace('.', ',') + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

function showFiles(dossier) {
  const kinds = Object.fromEntries(dossier.kinds.map((kind) => [kind.code, kind.name]));
  const table = document.getElementById('files');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  ['Loại giấy tờ', 'Tệp', 'Dung lượng', 'Người tải lên', ''].forEach((title) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  });
  const body = table.createTBody();
  if (!dossier.files.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = 5;
    cell.textContent = 'Chưa có tệp nào.';
  }
  dossier.files.forEach((file) => {
    const row = body.insertRow();
    row.insertCell().textContent = kinds[file.documentCode] || '';
    const link = Object.assign(document.createElement('a'), {href: `/api/dossiers/files/${file.id}`, textContent: file.fileName});
    row.insertCell().append(link);
    row.insertCell().textContent = sizeText(file.size);
    row.insertCell().textContent = file.uploadedByName;
    const actions = row.insertCell();
    if (dossier.open) {
      const remove = Object.assign(document.createElement('button'), {type: 'button', textContent: 'Xóa'});
      remove.setAttribute('aria-label', 'Xóa tệp ' + file.fileName);
      remove.addEventListener('click', () => removeFile(file));
      actions.append(remove);
    }
  });
}

async function load() {
  const response = await fetch(api, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  const answer = await response.json().catch(() => ({}));
  const message = document.getElementById('message');
  if (!response.ok) {
    message.hidden = false;
    message.textContent = refusal(response.status, answer);
    return;
  }
  const select = document.querySelector('select[name=documentCode]');
  select.replaceChildren(...answer.kinds.map((kind) => Object.assign(document.createElement('option'), {value: kind.code, textContent: kind.name})));
  document.getElementById('upload').hidden = !answer.open;
  if (!answer.open) {
    message.hidden = false;
    message.textContent = 'Đơn vị đã gửi đề nghị: hồ sơ chỉ còn để xem.';
  }
  showFiles(answer);
}

async function send() {
  const result = document.querySelector('#upload .result');
  const file = document.querySelector('input[name=file]').files[0];
  if (!file) {
    result.replaceChildren(say('Hãy chọn tệp cần tải lên.', 'error'));
    return;
  }
  const body = new FormData();
  body.append('file', file);
  body.append('documentCode', document.querySelector('select[name=documentCode]').value);
  const response = await fetch(api, {method: 'POST', body, credentials: 'same-origin',
    headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken || ''}});
  const answer = await response.json().catch(() => ({}));
  result.replaceChildren(response.ok ? say(`Đã tải lên «${answer.fileName}».`, 'ok') : say(refusal(response.status, answer), 'error'));
  load();
}

async function removeFile(file) {
  const result = document.querySelector('#upload .result');
  const response = await fetch(`/api/dossiers/files/${file.id}`, {method: 'DELETE', credentials: 'same-origin',
    headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken || ''}});
  const answer = await response.json().catch(() => ({}));
  result.replaceChildren(response.ok ? say(`Đã xóa «${file.fileName}» khỏi hồ sơ.`, 'ok') : say(refusal(response.status, answer), 'error'));
  load();
}

document.getElementById('send').addEventListener('click', send);
document.querySelector('input[name=file]').addEventListener('change', (event) => {
  const file = event.target.files[0];
  document.querySelector('.file-name').textContent = file ? file.name : 'Chưa chọn tệp';
});
load();
