// A citizen comments on a Phuket goal from a phone-sized page (390 px wide, no login), once with JavaScript and once
// without (plain form POST); the strategy office logs in and answers on its comments page; the citizen sees the
// answer. Env: BASE_URL; CYCLE_ID (a cycle whose comments are open); OFFICE_USER/OFFICE_PASSWORD (strategy/demo);
// CITIZEN_EMAIL (where the answer is mailed).
import { check, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const cycleId = process.env.CYCLE_ID;
const officeUser = process.env.OFFICE_USER || 'strategy';
const officePassword = process.env.OFFICE_PASSWORD || 'demo';
const email = process.env.CITIZEN_EMAIL || 'citizen@example.org';
const goal = 'goal:PKT-M2';
const text = 'ขอให้เพิ่มเครื่องฟอกไตที่โรงพยาบาลถลาง ผู้ป่วยต้องเดินทางเข้าเมืองสัปดาห์ละสามครั้ง';
const answer = 'บรรจุโครงการเพิ่มหน่วยไตเทียมโรงพยาบาลถลางในแผนปี 2563 แล้ว';
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
check(cycleId, 'CYCLE_ID is not set');

await withBrowser(async ({ browser, page }) => {
  // --- the citizen, on a phone, with JavaScript -------------------------------------------------------------
  await page.goto(`${base}/hearing/${cycleId}`);
  const state = await page.locator('#window').getAttribute('data-state');
  check(state === 'open', `the hearing is ${state}, expected open`);
  await shot(page, '01-phone-open', { fullPage: false });
  await noSidewaysScroll(page, 'the public page');

  await page.locator(`#items li[data-item-id="${goal}"] a`).click();
  await page.waitForURL(/item=goal/);
  check((await page.locator('#itemId').inputValue()) === goal, 'the form does not preselect the chosen goal');
  await page.locator('#text').fill(text);
  check((await page.locator('#text-counter').innerText()).includes('/ 2,000'), 'no character counter');
  await page.locator('#sector').selectOption('citizen');
  await page.locator('#name').fill('สมหญิง รักถิ่น');
  await page.locator('#district').selectOption('ถลาง');
  await page.locator('#email').fill(email);
  await page.locator('#consent').check();
  await page.locator('#comment-form').scrollIntoViewIfNeeded();
  await shot(page, '02-phone-form', { fullPage: false });
  await page.locator('#submit-comment').click();
  await page.locator('#posted').waitFor();
  const posted = page.locator('article.comment--new');
  await posted.waitFor();
  check((await posted.innerText()).includes(text), 'the new comment is not shown');
  check((await posted.innerText()).includes('รอคำตอบ'), 'the new comment does not say it awaits an answer');
  check(!(await page.content()).includes(email), 'the email appears on the public page');
  console.log(`citizen commented on ${goal}: ${(await posted.getAttribute('data-comment-id'))}`);
  await posted.scrollIntoViewIfNeeded();
  await shot(page, '03-phone-posted', { fullPage: false });

  // --- the same on a phone without JavaScript: errors beside the fields, then a plain POST --------------------
  const noScript = await browser.newContext({ ...phone, javaScriptEnabled: false, locale: 'th-TH' });
  const plain = await noScript.newPage();
  await plain.goto(`${base}/hearing/${cycleId}#comment-form`);
  await plain.locator('#text').fill('สั้นไป');
  await plain.locator('#submit-comment').click();
  await plain.locator('#err-text').waitFor();
  const error = await plain.locator('#err-text').innerText();
  check(error.includes('ความคิดเห็นต้องยาว 10–2,000 ตัวอักษร'), `no Thai error beside the text: ${error}`);
  check((await plain.locator('#err-sector').innerText()).includes('กรุณาเลือก'), 'no error beside the sector');
  await plain.locator('#comment-form').scrollIntoViewIfNeeded();
  await shot(plain, '04-phone-no-js-errors', { fullPage: false });
  await plain.locator('#text').fill('ท่าเทียบเรือรัษฎาควรมีหลังคาที่พักผู้โดยสารที่กันฝนได้');
  await plain.locator('#sector').selectOption('private_sector');
  await plain.locator('#submit-comment').click();
  await plain.locator('#posted').waitFor().catch(async (error) => {
    const alerts = (await plain.locator('.alert, .field__error').allInnerTexts()).join(' | ');
    throw new Error(`no thanks after the plain POST (${plain.url()}): ${alerts}; ${error.message}`);
  });
  console.log('without JavaScript the form posted and the page thanked');
  await noScript.close();

  // --- the strategy office answers on its page ---------------------------------------------------------------
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'th-TH' });
  const office = await desk.newPage();
  await loginCamunda(office, base, officeUser, officePassword);
  await office.goto(`${base}/cycles/${cycleId}/comments`);
  const card = office.locator('article.office-comment', { hasText: text });
  await card.waitFor();
  check((await card.innerText()).includes(email), 'the office does not see the email the citizen agreed to');
  check((await card.innerText()).includes('ผู้แสดงความเห็นจะได้รับคำตอบทางอีเมล'), 'the office is not told an email goes out');
  await card.scrollIntoViewIfNeeded();
  await shot(office, '05-office-unanswered', { fullPage: false });
  await card.locator('input[name="status"][value="accepted"]').check();
  await card.locator('textarea[name="text"]').fill(answer);
  await card.locator('.answer-form button[type="submit"]').click();
  await office.locator('.alert--ok').waitFor();
  const answered = office.locator('#count-answered');
  console.log(`office answered; answered count now ${(await answered.innerText()).trim()}`);
  await shot(office, '06-office-saved', { fullPage: false });
  await office.goto(`${base}/cycles/${cycleId}/comments?filter=answered`);
  const done = office.locator('article.office-comment', { hasText: text });
  check((await done.innerText()).includes(answer), 'the answer is not on the office page');
  await done.scrollIntoViewIfNeeded();
  await shot(office, '07-office-answered', { fullPage: false });
  await desk.close();

  // --- the citizen sees the answer ---------------------------------------------------------------------------
  await page.goto(`${base}/hearing/${cycleId}?item=${encodeURIComponent(goal)}#comments`);
  const shown = page.locator('article.comment', { hasText: text });
  await shown.locator('.answer').waitFor();
  const answerText = await shown.locator('.answer').innerText();
  check(answerText.includes(answer) && answerText.includes('รับข้อเสนอไปปรับแผน'), `answer shown: ${answerText}`);
  await shown.scrollIntoViewIfNeeded();
  await shot(page, '08-phone-answer', { fullPage: false });
  await noSidewaysScroll(page, 'the answered comment');
  await page.goto(`${base}/hearing/${cycleId}/record`);
  await page.locator('#record-comments').waitFor();
  await shot(page, '09-phone-record', { fullPage: false });
  console.log('the citizen sees the answer on the phone');
}, { contextOptions: phone });

async function noSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `${what} scrolls sideways by ${overflow} px at ${await page.evaluate(() => window.innerWidth)} px`);
}
