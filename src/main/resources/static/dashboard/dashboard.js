// Thi đua: the Department's dashboard. Every figure is a button that opens the list behind it;
// every list can be downloaded as an Excel file with Vietnamese headers.
const API = '/api/dashboard';
const STATUS_COLOURS = {DAT: '#4caf50', CO_NGUY_CO: '#f0b400', KHONG_DAT: '#d64545', NONE: '#b0bec5'};
const charts = {};
let current = {year: null, table: null, filter: null, kind: null};

const element = (id) => document.getElementById(id);
const number = (value) => (value === null || value === undefined ? '' : Number(value).toLocaleString('vi-VN'));

function cell(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) {
    node.className = className;
  }
  return node;
}

/** A figure that opens the list behind it. */
function figure(text, table, filter, kind, label) {
  const button = cell('button', text, 'figure');
  button.type = 'button';
  if (label) {
    button.setAttribute('aria-label', label);
  }
  button.addEventListener('click', () => showDetails(table, filter, kind));
  return button;
}

function headerRow(table, headers) {
  const row = table.createTHead().insertRow();
  headers.forEach((h) => {
    const th = cell('th', h);
    th.scope = 'col';
    row.appendChild(th);
  });
}

function clear(table) {
  table.replaceChildren();
  return table;
}

async function get(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (response.status === 401) {
    throw new Error('login');
  }
  if (response.status === 403) {
    throw new Error('forbidden');
  }
  if (!response.ok) {
    throw new Error('failed');
  }
  return response.json();
}

function showMessage(error) {
  const message = element('message');
  element('content').hidden = true;
  message.hidden = false;
  message.replaceChildren();
  if (error.message === 'login') {
    message.append('Bạn chưa đăng nhập. ');
    const link = cell('a', 'Đăng nhập tại trang chủ');
    link.href = '/camunda/app/welcome/default/#/login';
    message.append(link, ', rồi mở lại bảng điều hành.');
  } else if (error.message === 'forbidden') {
    message.textContent = 'Bảng điều hành dành cho lãnh đạo Sở, Văn phòng Sở và trưởng các phòng, đơn vị; tài khoản của bạn không có quyền xem.';
  } else {
    message.textContent = 'Chưa tải được số liệu. Vui lòng thử lại sau.';
  }
}

function chart(id, type, labels, data, colours, label) {
  if (!window.Chart) {
    return;
  }
  if (charts[id]) {
    charts[id].destroy();
  }
  charts[id] = new window.Chart(element(id), {
    type,
    data: {labels, datasets: [{label, data, backgroundColor: colours}]},
    options: {responsive: true, plugins: {legend: {display: type !== 'bar', position: 'bottom'}}, scales: type === 'bar'
      ? {y: {beginAtZero: true, ticks: {precision: 0}}} : {}}
  });
}

function renderIndicators(indicators) {
  const table = clear(element('indicators'));
  element('review').textContent = indicators.reviewName
    ? 'Theo ' + indicators.reviewName + '.' : 'Năm này chưa có kỳ sơ kết, tổng kết nào.';
  headerRow(table, ['Phòng, đơn vị'].concat(indicators.definitions.map((d) => 'CT ' + d.number)));
  indicators.definitions.forEach((d, i) => {
    table.tHead.rows[0].cells[i + 1].title = d.label + (d.measure === 'PERCENT' ? ' (%)' : '') + ' — chỉ tiêu ' + number(d.target);
  });
  const body = table.createTBody();
  indicators.rows.forEach((row) => {
    const tr = body.insertRow();
    const th = cell('th', '');
    th.scope = 'row';
    th.appendChild(figure(row.unitName, 'indicators', row.unitCode, null, 'Chi tiết chỉ tiêu của ' + row.unitName));
    tr.appendChild(th);
    row.cells.forEach((c) => {
      const td = cell('td', '', c.status + ' number');
      td.appendChild(figure(c.actual === null ? '—' : number(c.actual), 'indicators', row.unitCode, null,
        'Chỉ tiêu ' + c.indicator + ' của ' + row.unitName + ': ' + c.statusLabel));
      td.title = c.statusLabel;
      tr.appendChild(td);
    });
  });
  const counts = indicators.statusCounts || {};
  const codes = Object.keys(STATUS_COLOURS);
  chart('indicator-chart', 'doughnut', ['Đạt', 'Có nguy cơ', 'Không đạt', 'Chưa có số liệu'], codes.map((c) => counts[c] || 0),
    codes.map((c) => STATUS_COLOURS[c]), 'Số chỉ tiêu');
}

function renderCounts(listId, counts, table) {
  const list = element(listId);
  list.replaceChildren();
  counts.forEach((c) => {
    const item = document.createElement('li');
    item.append(cell('span', c.label), figure(number(c.count), table, c.code, null, c.label + ': ' + c.count));
    list.appendChild(item);
  });
}

function renderTasks(tasks) {
  const table = clear(element('tasks'));
  headerRow(table, ['Đơn vị, nhóm xử lý', 'Đang mở', 'Quá hạn', 'Sắp đến hạn (3 ngày làm việc)']);
  const body = table.createTBody();
  tasks.forEach((t) => {
    const tr = body.insertRow();
    tr.appendChild(cell('th', t.label)).scope = 'row';
    [['open', t.open], ['overdue', t.overdue], ['soon', t.dueSoon]].forEach(([kind, count]) => {
      const td = cell('td', '', 'number' + (kind === 'overdue' && count > 0 ? ' KHONG_DAT' : ''));
      td.appendChild(figure(number(count), 'tasks', t.group, kind, t.label + ': ' + count));
      tr.appendChild(td);
    });
  });
}

function renderAwards(awards) {
  const table = clear(element('awards'));
  headerRow(table, ['Danh hiệu, hình thức', 'Số lượng', 'Tiền thưởng (đồng)']);
  const body = table.createTBody();
  awards.forEach((a) => {
    const tr = body.insertRow();
    tr.appendChild(cell('th', a.label)).scope = 'row';
    const count = cell('td', '', 'number');
    count.appendChild(figure(number(a.count), 'awards', a.awardCode, null, a.label + ': ' + a.count));
    tr.append(count, cell('td', number(a.amountVnd), 'number'));
  });
  if (!awards.length) {
    body.insertRow().appendChild(cell('td', 'Chưa có khen thưởng nào trong năm.')).colSpan = 3;
  }
  chart('award-chart', 'bar', awards.map((a) => a.label), awards.map((a) => a.count), '#0b4f8a', 'Số lượng');
}

function renderRounds(rounds) {
  const table = clear(element('rounds'));
  headerRow(table, ['Đợt', 'Năm', 'Loại', 'Ngày mở', 'Giai đoạn', 'Số đề nghị', 'Văn bản, nhật ký']);
  const body = table.createTBody();
  rounds.forEach((r) => {
    const tr = body.insertRow();
    const key = cell('td', '');
    const link = cell('a', r.name);
    link.href = r.link;
    key.appendChild(link);
    const documents = cell('td', '');
    const documentsLink = cell('a', 'Xem văn bản');
    documentsLink.href = '/documents/?businessKey=' + encodeURIComponent(r.key);
    documentsLink.setAttribute('aria-label', 'Văn bản của ' + r.name);
    const diaryLink = cell('a', 'Nhật ký');
    diaryLink.href = '/audit/?businessKey=' + encodeURIComponent(r.key);
    diaryLink.setAttribute('aria-label', 'Nhật ký hồ sơ của ' + r.name);
    documents.append(documentsLink, ' · ', diaryLink);
    tr.append(key, cell('td', String(r.year)), cell('td', r.typeLabel), cell('td', r.openedAt), cell('td', r.stage), cell('td', number(r.nominations), 'number'),
      documents);
  });
  if (!rounds.length) {
    body.insertRow().appendChild(cell('td', 'Chưa có đợt bình xét nào trong năm, và không có đợt nào đang diễn ra.')).colSpan = 7;
  }
}

function render(summary) {
  element('message').hidden = true;
  element('content').hidden = false;
  element('scope').textContent = summary.allUnits ? 'Toàn Sở: ' + summary.units.length + ' phòng, đơn vị.'
    : 'Đơn vị của bạn: ' + summary.units.map((u) => u.name).join(', ') + '.';
  renderIndicators(summary.indicators);
  renderTasks(summary.tasks);
  element('deadline').textContent = summary.registration.deadline
    ? 'Hạn đăng ký: ' + summary.registration.deadline + '.' : 'Năm này chưa mở đăng ký thi đua.';
  renderCounts('registration', summary.registration.byStatus, 'registration');
  chart('registration-chart', 'doughnut', summary.registration.byStatus.map((c) => c.label),
    summary.registration.byStatus.map((c) => c.count), ['#4caf50', '#42a5f5', '#f0b400', '#b0bec5'], 'Số đơn vị');
  renderCounts('exemplars', summary.exemplars, 'exemplars');
  chart('exemplar-chart', 'bar', summary.exemplars.map((c) => c.label), summary.exemplars.map((c) => c.count), '#26a69a', 'Số điển hình');
  renderAwards(summary.awards);
  renderRounds(summary.rounds);
}

function query(table, filter, kind) {
  const params = new URLSearchParams({year: current.year});
  if (filter) {
    params.set('filter', filter);
  }
  if (kind) {
    params.set('kind', kind);
  }
  return API + '/tables/' + table + '?' + params;
}

function excel(table, filter, kind) {
  window.location.href = query(table, filter, kind).replace('/tables/' + table + '?', '/tables/' + table + '.xlsx?');
}

async function showDetails(table, filter, kind) {
  try {
    const data = await get(query(table, filter, kind));
    current = {...current, table, filter, kind};
    const details = element('details');
    element('details-title').textContent = data.title;
    const t = clear(element('details-table'));
    headerRow(t, data.headers);
    const body = t.createTBody();
    data.rows.forEach((row, i) => {
      const tr = body.insertRow();
      row.forEach((value, j) => {
        const td = cell('td', typeof value === 'number' ? number(value) : String(value), typeof value === 'number' ? 'number' : '');
        if (j === 0 && data.links[i]) {
          td.textContent = '';
          const link = cell('a', String(value));
          link.href = data.links[i];
          td.appendChild(link);
        }
        tr.appendChild(td);
      });
    });
    if (!data.rows.length) {
      body.insertRow().appendChild(cell('td', 'Không có mục nào.')).colSpan = data.headers.length;
    }
    details.hidden = false;
    details.scrollIntoView({behavior: 'smooth'});
  } catch (error) {
    showMessage(error);
  }
}

/** For the secretariat and the administrator: messages that could not be sent, and who has no address. */
async function loadMail() {
  let mail;
  try {
    mail = await get('/api/mail/problems');
  } catch (error) {
    return;  // not theirs to see
  }
  element('mail-state').textContent = mail.mailOn
    ? (mail.failed.length ? 'Các thư dưới đây đã thử gửi nhiều lần mà không được; hãy kiểm tra địa chỉ hoặc máy chủ thư.' : 'Không có thư nào gửi không được.')
    : 'Thư điện tử đang tắt (chưa cấu hình máy chủ gửi thư): thông báo chỉ xem được trong ứng dụng.';
  const table = clear(element('mail-failed'));
  if (mail.failed.length) {
    headerRow(table, ['Thời điểm', 'Người nhận', 'Địa chỉ', 'Tiêu đề', 'Số lần thử', 'Lý do']);
    const body = table.createTBody();
    mail.failed.forEach((m) => {
      body.insertRow().append(cell('td', m.at), cell('td', m.recipient), cell('td', m.address), cell('td', m.subject),
        cell('td', number(m.attempts), 'number'), cell('td', m.error));
    });
  }
  element('mail-without').textContent = mail.withoutAddress.length
    ? mail.withoutAddress.map((p) => p.name).join(', ') + '.' : 'Mọi người đều đã có địa chỉ.';
  element('mail').hidden = false;
}

async function load() {
  try {
    render(await get(API + '?year=' + current.year));
    loadMail();
  } catch (error) {
    showMessage(error);
  }
}

async function init() {
  const select = element('year');
  let choices;
  try {
    choices = await get(API + '/years');
  } catch (error) {
    showMessage(error);
    return;
  }
  choices.years.forEach((year) => select.appendChild(new Option(String(year), String(year), false, year === choices.current)));
  current.year = select.value;
  select.addEventListener('change', () => {
    current.year = select.value;
    element('details').hidden = true;
    load();
  });
  document.querySelectorAll('button.export').forEach((b) => b.addEventListener('click', () => excel(b.dataset.table)));
  element('details-export').addEventListener('click', () => excel(current.table, current.filter, current.kind));
  element('details-close').addEventListener('click', () => { element('details').hidden = true; });
  load();
}

init();
