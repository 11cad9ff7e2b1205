// Thi đua: a person's notices (what was or would have been e-mailed to them) and how they want to
// hear of new tasks; for the administrator, the message templates.
const byId = (id) => document.getElementById(id);

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function say(text) {
  const message = byId('message');
  message.textContent = text;
  message.hidden = false;
}

/** The message as its reader sees it; a link opens in the page itself, nothing in it runs. */
function mailView(html) {
  const frame = document.createElement('iframe');
  frame.className = 'mail';
  frame.title = 'Nội dung thư';
  frame.setAttribute('sandbox', 'allow-top-navigation-by-user-activation');
  frame.srcdoc = html;
  return frame;
}

function renderMessages(messages) {
  const table = byId('message-list');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  ['Thời điểm', 'Loại', 'Thư', 'Tình trạng'].forEach((title) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.appendChild(th);
  });
  const body = table.createTBody();
  messages.forEach((m) => {
    const row = body.insertRow();
    const content = document.createElement('td');
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = m.subject;
    details.appendChild(summary);
    details.addEventListener('toggle', () => {
      if (details.open && details.childElementCount === 1) {
        details.appendChild(mailView(m.html));
      }
    });
    content.appendChild(details);
    const status = cell(m.note ? m.status + ' — ' + m.note : m.status);
    row.append(cell(m.at), cell(m.kind), content, status);
  });
  if (!messages.length) {
    const td = body.insertRow().appendChild(cell('Chưa có thư nào gửi cho bạn.'));
    td.colSpan = 4;
  }
}

async function loadMine() {
  const {response, answer} = await ThiduaPage.read('/api/mail/mine');
  if (!response.ok) {
    say(ThiduaPage.refusal(response, answer, 'Bạn không có quyền xem trang này.'));
    return false;
  }
  byId('mail-state').textContent = answer.mailOn
    ? 'Thư được gửi đến địa chỉ thư điện tử của bạn trong danh sách tổ chức; bản sao ở bảng dưới.'
    : 'Hệ thống chưa bật thư điện tử: thông báo chỉ xem được ở bảng dưới, đúng như thư bạn sẽ nhận.';
  document.querySelectorAll('input[name=taskMode]').forEach((input) => { input.checked = input.value === answer.taskMode; });
  renderMessages(answer.messages);
  byId('preference').hidden = false;
  byId('messages').hidden = false;
  return true;
}

async function savePreference(event) {
  event.preventDefault();
  const chosen = document.querySelector('input[name=taskMode]:checked');
  const result = byId('preference-result');
  const {response, answer} = await ThiduaPage.write('/api/mail/preference', 'PUT',
    JSON.stringify({taskMode: chosen ? chosen.value : null}), 'application/json');
  result.textContent = response.ok ? 'Đã lưu.' : ThiduaPage.refusal(response, answer, 'Bạn không đổi được lựa chọn này.');
}

let templates = [];

function showTemplate(kind) {
  const t = templates.find((candidate) => candidate.kind === kind);
  byId('template-subject').value = t.subject;
  byId('template-html').value = t.html;
  byId('template-text').value = t.text;
  byId('template-changed').textContent = t.changedBy ? 'Sửa lần cuối bởi ' + t.changedBy + ' lúc ' + t.changedAt + '.' : 'Đang dùng mẫu gốc.';
  byId('template-sample-subject').textContent = 'Tiêu đề: ' + t.sample.subject;
  byId('template-sample').srcdoc = t.sample.html;
}

async function loadTemplates(keep) {
  const {response, answer} = await ThiduaPage.read('/api/mail/templates');
  if (!response.ok) {
    return;  // only the administrator changes templates
  }
  templates = answer;
  const select = byId('template-kind');
  if (!select.options.length) {
    templates.forEach((t) => select.appendChild(new Option(t.label, t.kind)));
    select.addEventListener('change', () => showTemplate(select.value));
  }
  select.value = keep || templates[0].kind;
  showTemplate(select.value);
  byId('templates').hidden = false;
}

async function saveTemplate(restore) {
  const kind = byId('template-kind').value;
  const body = restore ? null : JSON.stringify({subject: byId('template-subject').value, html: byId('template-html').value,
    text: byId('template-text').value});
  const {response, answer} = await ThiduaPage.write('/api/mail/templates/' + kind, restore ? 'DELETE' : 'PUT', body, 'application/json');
  byId('template-result').textContent = response.ok ? (restore ? 'Đã dùng lại mẫu gốc.' : 'Đã lưu mẫu.')
    : ThiduaPage.refusal(response, answer, 'Chỉ quản trị hệ thống được sửa mẫu thư.');
  if (response.ok) {
    await loadTemplates(kind);
  }
}

async function init() {
  if (!(await loadMine())) {
    return;
  }
  byId('preference-form').addEventListener('submit', savePreference);
  byId('template-save').addEventListener('click', () => saveTemplate(false));
  byId('template-restore').addEventListener('click', () => saveTemplate(true));
  loadTemplates();
}

init();
