// Thi đua: the texts that Camunda Forms (form-js 1.8) writes itself, in Vietnamese. form-js has no
// translation hook in Tasklist, so visible texts, placeholders and labels for screen readers are
// replaced as they appear.
const EXACT = {
  'Select': 'Chọn',
  'Search': 'Tìm kiếm',
  'No values': 'Không có giá trị',
  'No results': 'Không có kết quả',
  'Add new': 'Thêm dòng',
  'Create new list item': 'Thêm dòng',
  'Collapse': 'Thu gọn',
  'Expand': 'Mở rộng',
  'Clear': 'Xóa',
  'Clear content': 'Xóa nội dung',
  'All values selected': 'Đã chọn tất cả',
  'Field is required.': 'Mục này bắt buộc phải nhập.',
  'Field must be a valid email.': 'Địa chỉ thư điện tử không hợp lệ.',
  'Date and time must both be entered.': 'Phải nhập cả ngày và giờ.',
  'Invalid date': 'Ngày không hợp lệ'
};

const PATTERNS = [
  [/^Field must match pattern .*\.$/, () => 'Giá trị không đúng định dạng yêu cầu.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Phải có ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Chỉ được tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Giá trị nhỏ nhất là ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Giá trị lớn nhất là ${n}.`],
  [/^Remove list item (\d+)$/, (n) => `Xóa dòng ${n}`]
];

function vietnamese(text) {
  const trimmed = text.trim();
  if (EXACT[trimmed]) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, translate] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, translate(...match.slice(1)));
    }
  }
  return null;
}

function translate(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = vietnamese(node.nodeValue);
    if (text !== null) {
      node.nodeValue = text;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (node.closest('.fjs-container, .fjs-form')) {
    translateTree(node);
  } else {
    node.querySelectorAll('.fjs-container, .fjs-form').forEach(translateTree);
  }
}

function translateTree(root) {
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    root.querySelectorAll(`[${attribute}]`).forEach((element) => {
      const text = vietnamese(element.getAttribute(attribute));
      if (text !== null) {
        element.setAttribute(attribute, text);
      }
    });
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = vietnamese(node.nodeValue);
    if (text !== null) {
      node.nodeValue = text;
    }
  }
}

// Like Tasklist itself (config.js), stay English for a browser whose first language is English.
const firstLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();

if (firstLanguage !== 'en') {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        if (mutation.target.parentElement && mutation.target.parentElement.closest('.fjs-container, .fjs-form')) {
          translate(mutation.target);
        }
      } else {
        mutation.addedNodes.forEach(translate);
        if (mutation.type === 'attributes' && mutation.target.closest && mutation.target.closest('.fjs-container, .fjs-form')) {
          translateTree(mutation.target.parentElement || mutation.target);
        }
      }
    }
  }).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder', 'aria-label', 'title']});
}
