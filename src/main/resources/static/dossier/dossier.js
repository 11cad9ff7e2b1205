// A unit's dossier in a round: the files, and while the unit may still change them, an upload.
const params = new URLSearchParams(window.location.search);
const api = `/api/dossiers/${encodeURIComponent(params.get('round') || '')}/${encodeURIComponent(params.get('unit') || '')}`;
const FORBIDDEN = 'Bạn không có quyền với hồ sơ của đơn vị này.';

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
  const {response, answer} = await ThiduaPage.read(api);
  const message = document.getElementById('message');
  if (!response.ok) {
    message.hidden = false;
    message.textContent = ThiduaPage.refusal(response, answer, FORBIDDEN);
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
    result.replaceChildren(ThiduaPage.say('Hãy chọn tệp cần tải lên.', 'error'));
    return;
  }
  const body = new FormData();
  body.append('file', file);
  body.append('documentCode', document.querySelector('select[name=documentCode]').value);
  const {response, answer} = await ThiduaPage.write(api, 'POST', body);
  result.replaceChildren(response.ok ? ThiduaPage.say(`Đã tải lên «${answer.fileName}».`, 'ok')
    : ThiduaPage.say(ThiduaPage.refusal(response, answer, FORBIDDEN), 'error'));
  load();
}

async function removeFile(file) {
  const result = document.querySelector('#upload .result');
  const {response, answer} = await ThiduaPage.write(`/api/dossiers/files/${file.id}`, 'DELETE');
  result.replaceChildren(response.ok ? ThiduaPage.say(`Đã xóa «${file.fileName}» khỏi hồ sơ.`, 'ok')
    : ThiduaPage.say(ThiduaPage.refusal(response, answer, FORBIDDEN), 'error'));
  load();
}

document.getElementById('send').addEventListener('click', send);
ThiduaPage.showFileName(document.querySelector('input[name=file]'), document.querySelector('.file-name'));
load();
