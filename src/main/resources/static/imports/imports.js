// The secretariat's imports: a file is previewed (nothing stored), then imported as a whole.
const ENDPOINTS = {
  people: (year) => `/api/evaluations/${year}/people`,
  units: (year) => `/api/evaluations/${year}/units`,
  organisation: () => '/api/organisation',
};
// The webapps' CSRF token of this session, given by the server on a dashboard read (see WebappSessionAuthenticationFilter).
let csrfToken = null;
function paragraph(text, className) {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

function table(columns, rows) {
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  columns.forEach((title) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = title;
    head.append(th);
  });
  const body = t.createTBody();
  rows.forEach((row) => {
    const tr = body.insertRow();
    row.forEach((value) => {
      tr.insertCell().textContent = value;
    });
  });
  wrap.append(t);
  return wrap;
}

async function send(section, preview) {
  const kind = section.dataset.kind;
  const result = section.querySelector('.result');
  const confirm = section.querySelector('.confirm');
  const file = section.querySelector('input[type=file]').files[0];
  const yearInput = section.querySelector('input[name=year]');
  confirm.disabled = true;
  if (!file) {
    result.replaceChildren(paragraph('Hãy chọn tệp cần nhập.', 'error'));
    return;
  }
  if (yearInput && !yearInput.checkValidity()) {
    result.replaceChildren(paragraph('Hãy ghi năm đánh giá (từ 2020 đến 2035).', 'error'));
    return;
  }
  const body = new FormData();
  body.append('file', file);
  const url = ENDPOINTS[kind](yearInput && yearInput.value) + (preview ? '?preview=true' : '');
  const response = await fetch(url, {method: 'POST', body, credentials: 'same-origin',
    headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': csrfToken || ''}});
  const answer = await response.json().catch(() => ({}));
  if (response.status === 401) {
    result.replaceChildren(paragraph('Bạn chưa đăng nhập: hãy đăng nhập ở Trang chủ rồi mở lại trang này.', 'error'));
  } else if (response.status === 403) {
    result.replaceChildren(paragraph('Chỉ Văn phòng Sở và quản trị viên được nhập dữ liệu.', 'error'));
  } else if (!response.ok) {
    const problems = document.createElement('ul');
    (answer.problems || []).forEach((problem) => problems.append(Object.assign(document.createElement('li'), {textContent: problem})));
    const error = paragraph(answer.message || 'Không nhập được tệp. Vui lòng thử lại sau.', 'error');
    error.setAttribute('role', 'alert');
    result.replaceChildren(error, problems);
  } else if (preview) {
    result.replaceChildren(paragraph(answer.message, 'ok'), table(answer.columns, answer.rows));
    confirm.disabled = false;
  } else {
    result.replaceChildren(paragraph(answer.message, 'ok'));
  }
}

async function signIn() {
  const response = await fetch('/api/dashboard/years', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  csrfToken = response.headers.get('X-XSRF-TOKEN');
  if (response.status === 401 || !csrfToken) {
    const message = document.getElementById('message');
    message.hidden = false;
    message.replaceChildren('Bạn chưa đăng nhập. ', Object.assign(document.createElement('a'),
      {href: '/camunda/app/welcome/default/#/login', textContent: 'Đăng nhập tại trang chủ'}), ', rồi mở lại trang này.');
  }
}

signIn();
document.querySelectorAll('section.import').forEach((section) => {
  const year = section.querySelector('input[name=year]');
  if (year) {
    year.value = new Date().getFullYear() - 1;
  }
  section.querySelector('.preview').addEventListener('click', () => send(section, true));
  section.querySelector('.confirm').addEventListener('click', () => send(section, false));
  section.querySelectorAll('input').forEach((input) => input.addEventListener('change', () => {
    section.querySelector('.confirm').disabled = true;
    const file = section.querySelector('input[type=file]').files[0];
    section.querySelector('.file-name').textContent = file ? file.name : 'Chưa chọn tệp';
  }));
});
