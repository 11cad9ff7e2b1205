// The secretariat's imports: a file is previewed (nothing stored), then imported as a whole.
const ENDPOINTS = {
  people: (year) => `/api/evaluations/${year}/people`,
  units: (year) => `/api/evaluations/${year}/units`,
  organisation: () => '/api/organisation',
};
const FORBIDDEN = 'Chỉ Văn phòng Sở và quản trị viên được nhập dữ liệu.';

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
    result.replaceChildren(ThiduaPage.say('Hãy chọn tệp cần nhập.', 'error'));
    return;
  }
  if (yearInput && !yearInput.checkValidity()) {
    result.replaceChildren(ThiduaPage.say('Hãy ghi năm đánh giá (từ 2020 đến 2035).', 'error'));
    return;
  }
  const body = new FormData();
  body.append('file', file);
  const url = ENDPOINTS[kind](yearInput && yearInput.value) + (preview ? '?preview=true' : '');
  const {response, answer} = await ThiduaPage.write(url, 'POST', body);
  if (!response.ok) {
    const problems = document.createElement('ul');
    (answer.problems || []).forEach((problem) => problems.append(Object.assign(document.createElement('li'), {textContent: problem})));
    const error = ThiduaPage.say(ThiduaPage.refusal(response, answer, FORBIDDEN), 'error');
    error.setAttribute('role', 'alert');
    result.replaceChildren(error, problems);
  } else if (preview) {
    result.replaceChildren(ThiduaPage.say(answer.message, 'ok'), table(answer.columns, answer.rows));
    confirm.disabled = false;
  } else {
    result.replaceChildren(ThiduaPage.say(answer.message, 'ok'));
  }
}

async function signIn() {
  const {response} = await ThiduaPage.read('/api/dashboard/years');
  if (response.status === 401 || !ThiduaPage.token) {
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
  }));
  ThiduaPage.showFileName(section.querySelector('input[type=file]'), section.querySelector('.file-name'));
});
