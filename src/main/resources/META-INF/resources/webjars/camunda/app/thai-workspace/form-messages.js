// Camunda Forms (form-js 1.8, inside Tasklist) write their own messages in English and have no translation hook.
// They are put into Thai where they appear: a MutationObserver watches the forms' error lists and the few words of
// the form controls (placeholders, "No results") and rewrites the known English texts in place. form-js (Preact)
// keeps the same DOM nodes and only writes them again when a message changes, which the observer sees again.
// An unknown message stays as it is (English is still better than nothing).

/** [English pattern, Thai text (function of the pattern's groups)], as form-js 1.8 words them. */
const MESSAGES = [
  [/^Field is required\.$/, () => 'กรุณาระบุข้อมูลในช่องนี้'],
  [/^Field must match pattern (.+)\.$/, (pattern) => `ข้อมูลต้องตรงกับรูปแบบ ${pattern}`],
  [/^Field must have minimum value of (.+)\.$/, (min) => `ค่าต้องไม่น้อยกว่า ${min}`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `ค่าต้องไม่เกิน ${max}`],
  [/^Field must have minimum length of (.+)\.$/, (min) => `ต้องมีความยาวอย่างน้อย ${min} ตัวอักษร`],
  [/^Field must have maximum length of (.+)\.$/, (max) => `ต้องมีความยาวไม่เกิน ${max} ตัวอักษร`],
  [/^Field must be a valid {1,2}international phone number\..*$/,
    () => 'กรุณาระบุหมายเลขโทรศัพท์ในรูปแบบสากล (เช่น +6676211036)'],
  [/^Field must be a valid email\.$/, () => 'กรุณาระบุอีเมลให้ถูกต้อง'],
  [/^Value is not a number\.$/, () => 'ค่าที่ระบุไม่ใช่ตัวเลข'],
  [/^Value is expected to be an integer\.$/, () => 'กรุณาระบุเป็นจำนวนเต็ม'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (digits) => `ระบุทศนิยมได้ไม่เกิน ${digits} ตำแหน่ง`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (lower, upper) => `ค่าไม่ถูกต้อง ค่าที่ใช้ได้ที่ใกล้ที่สุดคือ ${lower} และ ${upper}`],
  [/^Date and time must both be entered\.$/, () => 'กรุณาระบุทั้งวันที่และเวลา'],
  [/^No results$/, () => 'ไม่พบข้อมูล'],
  [/^All values selected$/, () => 'เลือกครบทุกรายการแล้ว'],
  [/^Nothing to show\.$/, () => 'ไม่มีข้อมูล'],
  [/^Select$/, () => 'เลือก'],
  [/^Search$/, () => 'ค้นหา']
];
const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];
const FORM = '.fjs-container';

export function thai(text) {
  const trimmed = text.trim();
  for (const [english, inThai] of MESSAGES) {
    const match = english.exec(trimmed);
    if (match) {
      return text.replace(trimmed, inThai(...match.slice(1)));
    }
  }
  return text;
}

function translateText(node) {
  if (node.nodeType === Node.TEXT_NODE && node.data.trim()) {
    const translated = thai(node.data);
    if (translated !== node.data) {
      node.data = translated;
    }
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) {
      const translated = thai(value);
      if (translated !== value) {
        element.setAttribute(name, translated);
      }
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateAttributes(node);
    }
  }
}

function insideForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return Boolean(element && element.closest(FORM));
}

const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach((node) => {
        if (insideForm(node)) {
          translateTree(node);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          node.querySelectorAll(FORM).forEach(translateTree);
        }
      });
    } else if (insideForm(mutation.target)) {
      if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else {
        translateAttributes(mutation.target);
      }
    }
  }
});

observer.observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});
