// The strategy office keeps the holidays of 2027 (B.E. 2570) on /office/holidays: the year has none yet and says so;
// a file with bad rows is refused naming each row and column; the year's file is imported; a holiday is added,
// another moved and a third removed; the history names the user. A manager sees the same page read-only, also on a
// phone. Env: BASE_URL; OFFICE_USER/OFFICE_PASSWORD (strategy/demo); MANAGER_USER/MANAGER_PASSWORD (manager/demo);
// GOOD_FILE and BAD_FILE (CSV text for 2027).
import { check, requireBaseUrl, shot, withBrowser } from './lib.mjs';
import { signIn } from './office-lib.mjs';

const base = requireBaseUrl();
const office = process.env.OFFICE_USER || 'strategy';
const officePassword = process.env.OFFICE_PASSWORD || 'demo';
const manager = process.env.MANAGER_USER || 'manager';
const managerPassword = process.env.MANAGER_PASSWORD || 'demo';
const goodFile = process.env.GOOD_FILE;
const badFile = process.env.BAD_FILE;
check(goodFile && badFile, 'GOOD_FILE and BAD_FILE must be set');

async function rows(page) {
  return page.locator('#holiday-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.date));
}

/** Runs the action, waits for the page it reloads and returns the note the reloaded page shows. */
async function act(page, action) {
  await page.evaluate(() => { window.__beforeAction = true; });
  await action();
  await page.waitForFunction(() => !window.__beforeAction && document.readyState === 'complete'
    && !document.getElementById('flash').hidden);
  return (await page.locator('#flash').innerText()).replace(/\s+/g, ' ').trim();
}

await withBrowser(async ({ browser, context, page }) => {
  await signIn(context, base, office, officePassword);
  await page.goto(`${base}/office/holidays?year=2570`);
  await page.locator('h1').waitFor();
  check((await page.locator('h1').innerText()).includes('2570'), 'the page does not show B.E. 2570');
  const warning = (await page.locator('#missing-year').innerText()).replace(/\s+/g, ' ');
  check(warning.includes('allowMissingHolidays'), `no warning about the missing year: ${warning}`);
  console.log(`empty year warns: ${warning.substring(0, 60)}…`);
  await shot(page, '01-empty-year');

  await page.locator('#import-form input[type=file]').setInputFiles({
    name: 'holidays-2027.csv', mimeType: 'text/csv', buffer: Buffer.from(badFile, 'utf8')
  });
  await page.locator('#import-form button[type=submit]').click();
  await page.locator('#problems').waitFor({ state: 'visible' });
  const problems = await page.locator('#problems-list li').allInnerTexts();
  check(problems.length >= 2, `expected every bad row named, got ${problems.join(' | ')}`);
  console.log(`bad file refused: ${(await page.locator('#problems-title').innerText()).trim()}`);
  problems.forEach((problem) => console.log(`problem: ${problem}`));
  await shot(page, '02-bad-file-refused');
  check((await rows(page)).length === 0, 'the bad file changed the table');

  await page.locator('#import-form input[type=file]').setInputFiles({
    name: 'holidays-2027.csv', mimeType: 'text/csv', buffer: Buffer.from(goodFile, 'utf8')
  });
  console.log(`imported: ${await act(page, () => page.locator('#import-form button[type=submit]').click())}`);
  console.log(`rows after import: ${(await rows(page)).join(' ')}`);
  await shot(page, '03-imported');

  const form = page.locator('#holiday-form');
  await form.locator('input[name=date]').fill('2027-07-28');
  await form.locator('input[name=nameTh]').fill('วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว');
  await form.locator('input[name=nameEn]').fill("HM the King's Birthday");
  await form.locator('input[name=source]').fill('มติคณะรัฐมนตรี 1 ธ.ค. 2569');
  console.log(`added: ${await act(page, () => form.locator('button[type=submit]').click())}`);

  const moving = page.locator('#holiday-table tr[data-date="2027-05-04"]');
  await moving.locator('button[data-action=move]').click();
  await moving.locator('.move-form input[name=to]').fill('2027-05-05');
  console.log(`moved: ${await act(page, () => moving.locator('.move-form button[type=submit]').click())}`);

  page.once('dialog', (dialog) => dialog.accept());
  console.log(`removed: ${await act(page,
    () => page.locator('#holiday-table tr[data-date="2027-01-01"] button[data-action=remove]').click())}`);
  console.log(`rows at the end: ${(await rows(page)).join(' ')}`);

  const history = await page.locator('#history-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => `${tr.dataset.action}:${tr.children[1].innerText.trim()}`));
  console.log(`history: ${history.join(' ')}`);
  await shot(page, '04-after-changes');

  const reader = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok',
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await reader.newPage();
  await signIn(reader, base, manager, managerPassword);
  await phone.goto(`${base}/office/holidays?year=2027`);
  await phone.locator('#holiday-table').waitFor();
  check(await phone.locator('#holiday-form').count() === 0, 'a manager sees the form to change holidays');
  check(await phone.locator('button[data-action=remove]').count() === 0, 'a manager sees remove buttons');
  console.log(`manager reads ${(await rows(phone)).length} holidays, no editing`);
  await shot(phone, '05-manager-phone');
  await reader.close();
});
