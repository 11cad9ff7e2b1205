// A dossier's diary (?businessKey=…): its entries the reader may see, oldest first.
const businessKey = new URLSearchParams(window.location.search).get('businessKey');
const moment = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

async function loadDiary() {
  if (!businessKey) {
    return;
  }
  document.getElementById('key').value = businessKey;
  document.getElementById('diary-title').textContent = 'Nhật ký hồ sơ ' + businessKey;
  document.getElementById('documents').href = '/documents/?businessKey=' + encodeURIComponent(businessKey);
  document.getElementById('export').href = '/api/audit/export.xlsx?businessKey=' + encodeURIComponent(businessKey);
  document.getElementById('extract').href = '/api/audit/export.pdf?businessKey=' + encodeURIComponent(businessKey);
  const {response, answer} = await ThiduaPage.read(`/api/audit?businessKey=${encodeURIComponent(businessKey)}`);
  const section = document.getElementById('diary');
  section.hidden = false;
  if (!response.ok) {
    section.replaceChildren(ThiduaPage.say(ThiduaPage.refusal(response, answer, 'Bạn không có quyền xem nhật ký của hồ sơ này.'), 'error'));
    return;
  }
  const table = document.getElementById('entries');
  table.replaceChildren();
  ThiduaPage.heading(table, ['Thời điểm', 'Người thực hiện', 'Nội dung']);
  const body = table.createTBody();
  if (!answer.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = 3;
    cell.textContent = 'Chưa có mục nào bạn được xem trong nhật ký của hồ sơ này.';
  }
  answer.forEach((entry) => {
    const row = body.insertRow();
    row.insertCell().textContent = moment.format(new Date(entry.at));
    row.insertCell().textContent = entry.actorName;
    row.insertCell().textContent = entry.text;
  });
}

loadDiary();
