// The strategy office keeps the agency directory on /office/agencies: adds an agency with two contact people (a bad
// contact email is refused first, naming the field), changes its email, retires it, and imports a file (a bad one
// refused naming each row and column, then a good one); the history names the user. A manager reads the directory
// on a phone without any editing. Env: BASE_URL; AGENCY_ID (the new agency's id); GOOD_FILE and BAD_FILE (CSV text);
// OFFICE_USER/OFFICE_PASSWORD (strategy/demo); MANAGER_USER/MANAGER_PASSWORD (manager/demo).
import { check, requireBaseUrl, shot, withBrowser } from './lib.mjs';
import { signIn } from './office-lib.mjs';

const base = requireBaseUrl();
const id = process.env.AGENCY_ID;
const goodFile = process.env.GOOD_FILE;
const badFile = process.env.BAD_FILE;
check(id && goodFile && badFile, 'AGENCY_ID, GOOD_FILE and BAD_FILE must be set');
const office = process.env.OFFICE_USER || 'strategy';
const officePassword = process.env.OFFICE_PASSWORD || 'demo';
const manager = process.env.MANAGER_USER || 'manager';
const managerPassword = process.env.MANAGER_PASSWORD || 'demo';

/** Runs the action, waits for the page it reloads and returns the note the reloaded page shows. */
async function act(page, action) {
  await page.evaluate(() => { window.__beforeAction = true; });
  await action();
  await page.waitForFunction(() => !window.__beforeAction && document.readyState === 'complete'
    && !document.getElementById('flash').hidden);
  return (await page.locator('#flash').innerText()).replace(/\s+/g, ' ').trim();
}

async function problems(page) {
  await page.locator('#problems').waitFor({ state: 'visible' });
  return page.locator('#problems-list li').allInnerTexts();
}

await withBrowser(async ({ browser, context, page }) => {
  await signIn(context, base, office, officePassword);
  await page.goto(`${base}/office/agencies`);
  await page.locator('#agency-table').waitFor();
  console.log(`listed: ${(await page.locator('#agency-count').innerText()).trim()}`);
  await shot(page, '01-directory', { fullPage: false });

  const form = page.locator('#agency-form');
  await page.locator('#agency-form-card summary').click();
  await form.locator('input[name=id]').fill(id);
  await form.locator('select[name=category]').selectOption('regional_agency');
  await form.locator('input[name=nameTh]').fill('สำนักงานพลังงานจังหวัดภูเก็ต');
  await form.locator('input[name=nameEn]').fill('Phuket Provincial Energy Office');
  await form.locator('input[name=email]').fill('saraban@energy-phuket.go.th');
  for (const [name, position, email, phone] of [
    ['นางสาวสมศรี ใจดี', 'นักวิเคราะห์นโยบายและแผน', 'somsri@energy-phuket.go.th', '0 7621 1234 ต่อ 101'],
    ['นายสมชาย รักดี', 'เจ้าพนักงานธุรการ', 'somchai at energy', '081-234-5678']]) {
    await page.locator('#add-contact').click();
    const row = page.locator('#contact-rows .contact-row').last();
    await row.locator('[data-part=name]').fill(name);
    await row.locator('[data-part=position]').fill(position);
    await row.locator('[data-part=email]').fill(email);
    await row.locator('[data-part=phone]').fill(phone);
  }
  await form.locator('button[type=submit]').click();
  const refused = await problems(page);
  console.log(`refused: ${refused.join(' | ')}`);
  check(await page.locator('#contact-rows .contact-row').nth(1).locator('[data-part=email].is-invalid').count() === 1,
    'the bad contact email is not marked');
  await page.locator('#agency-form-card').scrollIntoViewIfNeeded();
  await shot(page, '02-bad-contact-email', { fullPage: false });
  await page.locator('#contact-rows .contact-row').nth(1).locator('[data-part=email]').fill('somchai@energy-phuket.go.th');
  console.log(`added: ${await act(page, () => form.locator('button[type=submit]').click())}`);

  await page.locator('#agency-search').fill(id);
  const row = page.locator(`#agency-table tr[data-agency-id="${id}"]`);
  await row.waitFor();
  console.log(`row: ${(await row.innerText()).replace(/\s+/g, ' ').trim()}`);
  await shot(page, '03-added');

  await row.locator('button[data-action=edit]').click();
  check(await form.locator('input[name=id]').getAttribute('readonly') !== null, 'the id can be changed when editing');
  await form.locator('input[name=email]').fill('energy@phuket.go.th');
  console.log(`changed: ${await act(page, () => form.locator('button[type=submit]').click())}`);

  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#agency-search').fill(id);
  console.log(`retired: ${await act(page, () => page.locator(`#agency-table tr[data-agency-id="${id}"]`
    + ' button[data-action=retire]').click())}`);
  await page.locator('#agency-search').fill(id);
  check(!(await page.locator(`#agency-table tr[data-agency-id="${id}"]`).isVisible()), 'a retired agency is listed');
  await page.locator('#agency-show-retired').check();
  const retired = page.locator(`#agency-table tr[data-agency-id="${id}"]`);
  check(await retired.isVisible(), 'the retired agency is not shown with "show retired"');
  console.log(`retired row: ${(await retired.innerText()).replace(/\s+/g, ' ').trim()}`);
  await shot(page, '04-retired', { fullPage: false });

  const upload = page.locator('#agency-import-form input[type=file]');
  await upload.setInputFiles({ name: 'agencies.csv', mimeType: 'text/csv', buffer: Buffer.from(badFile, 'utf8') });
  await page.locator('#agency-import-form button[type=submit]').click();
  (await problems(page)).forEach((problem) => console.log(`import problem: ${problem}`));
  await page.locator('#problems').scrollIntoViewIfNeeded();
  await shot(page, '05-bad-file', { fullPage: false });
  await upload.setInputFiles({ name: 'agencies.csv', mimeType: 'text/csv', buffer: Buffer.from(goodFile, 'utf8') });
  console.log(`imported: ${await act(page, () => page.locator('#agency-import-form button[type=submit]').click())}`);

  const history = await page.locator('#history-table tbody tr').evaluateAll((trs) =>
    trs.slice(0, 4).map((tr) => `${tr.dataset.action}:${tr.dataset.agencyId}:${tr.children[1].innerText.trim()}`));
  console.log(`history: ${history.join(' ')}`);
  await page.locator('#history').scrollIntoViewIfNeeded();
  await shot(page, '06-after-import', { fullPage: false });

  const reader = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok',
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await reader.newPage();
  await signIn(reader, base, manager, managerPassword);
  await phone.goto(`${base}/office/agencies`);
  await phone.locator('#agency-table').waitFor();
  check(await phone.locator('#agency-form').count() === 0, 'a manager sees the form to change agencies');
  check(await phone.locator('button[data-action=retire]').count() === 0, 'a manager sees retire buttons');
  console.log(`manager reads: ${(await phone.locator('#agency-count').innerText()).trim()}`);
  await shot(phone, '07-manager-phone', { fullPage: false });
  await reader.close();
});
