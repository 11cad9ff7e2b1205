// Thi đua: what our pages (imports, dossier) share: a line of text, reads and writes with the webapps'
// login, and a refusal in words. A write carries the session's CSRF token, which the server gives on
// a read (see WebappSessionAuthenticationFilter).
const ThiduaPage = {
  token: null,

  say(text, className) {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  },

  async read(url) {
    const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    ThiduaPage.token = response.headers.get('X-XSRF-TOKEN') || ThiduaPage.token;
    return {response, answer: await response.json().catch(() => ({}))};
  },

  async write(url, method, body, contentType) {
    const headers = {'Accept': 'application/json', 'X-XSRF-TOKEN': ThiduaPage.token || ''};
    if (contentType) {
      headers['Content-Type'] = contentType;
    }
    const response = await fetch(url, {method, body, credentials: 'same-origin', headers});
    return {response, answer: await response.json().catch(() => ({}))};
  },

  /** Why the server said no, in words: not signed in, not allowed (in the page's words), or its own message. */
  refusal(response, answer, forbidden) {
    if (response.status === 401) {
      return 'Bạn chưa đăng nhập: hãy đăng nhập ở Trang chủ rồi mở lại trang này.';
    }
    if (response.status === 403) {
      return forbidden;
    }
    return answer.message || 'Chưa thực hiện được. Vui lòng thử lại sau.';
  },

  /** A table's header row: one column header per title. */
  heading(table, titles) {
    const head = table.createTHead().insertRow();
    titles.forEach((title) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = title;
      head.append(th);
    });
  },

  /** The chosen file's name beside the page's own «Chọn tệp» button. */
  showFileName(input, label) {
    input.addEventListener('change', () => {
      label.textContent = input.files[0] ? input.files[0].name : 'Chưa chọn tệp';
    });
  },
};
