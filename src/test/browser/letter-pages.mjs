// The cycle's official letters in Chromium. The committee opens its decision task in Tasklist, finds the memo
// linked in the form and reads it; the committee approves and the office submits without a reference (engine REST),
// so the covering letter is issued; the office opens each of the four printable letters (screenshot and an A4 PDF
// as the print dialog would make it) and the dashboard's list; an agency reads its circular on a phone and is
// refused the memo.
// Env: BASE_URL; CYCLE_ID (a cycle waiting at Task_CommitteeDecision); COMMITTEE_TASK_ID; AGENCY_USER (an agency
// of the cycle; password demo).
import { check, engineRest, loginCamunda, requireBaseUrl, shot, withBrowser, SCREENSHOT_DIR } from './lib.mjs';
import { join } from 'node:path';

const base = requireBaseUrl();
const cycleId = process.env.CYCLE_ID;
const committeeTaskId = process.env.COMMITTEE_TASK_ID;
const agency = process.env.AGENCY_USER || 'pkt_public_health';
const office = { username: 'strategy', password: 'demo' };

function basic(user) {
  return { Authorization: `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}` };
}

async function api(path, user) {
  const response = await fetch(`${base}${path}`, { headers: { Accept: 'application/json', ...basic(user) } });
  check(response.ok, `GET ${path} answered ${response.status}`);
  return response.json();
}

/** The letter page shows the number, the subject and (when the DOCX has one) the emblem, fully loaded. */
async function readLetter(page, letter) {
  await page.goto(`${base}${letter.pageUrl}`);
  const number = (await page.locator('#letter-number').innerText()).replace(/\u00a0/g, ' ').trim();
  check(number === letter.number, `page shows number "${number}", the register says "${letter.number}"`);
  const subject = (await page.locator('#letter-subject').innerText()).replace(/\u00a0/g, ' ').trim();
  check(subject === letter.subject, `page shows subject "${subject}"`);
  const emblem = page.locator('img.emblem');
  if (await emblem.count() > 0) {
    const loaded = await emblem.first().evaluate((img) => img.complete && img.naturalWidth > 0);
    check(loaded, `the emblem of ${letter.letterId} did not load`);
  }
  const font = await page.locator('.sheet').evaluate((el) => getComputedStyle(el).fontSize);
  console.log(`letter ${letter.kind} ${letter.number} (${letter.issuedOn}): ${subject.slice(0, 60)}… font ${font}`);
}

/**
 * Tasklist's scripts load through RequireJS, which gives up on a module after 7 s: on a busy machine the first load
 * may never show the login form. Open it again (at most three times) before calling that a failure.
 */
async function loginPatiently(page, user) {
  for (let attempt = 1; ; attempt++) {
    try {
      await loginCamunda(page, base, user, 'demo');
      return;
    } catch (error) {
      if (attempt === 3 || !String(error.message).includes('signinForm')) {
        throw error;
      }
      console.log(`Tasklist did not load (attempt ${attempt}), opening it again`);
    }
  }
}

await withBrowser(async ({ browser, page }) => {
  await loginPatiently(page, 'committee');
  const filters = page.locator('.task-filters .task-filter');
  await filters.first().waitFor({ timeout: 60000 });
  // the committee's task waits for its group (a candidate group, nobody has claimed it)
  const groupFilter = filters.filter({ has: page.locator('h4.name', { hasText: 'งานของกลุ่ม' }) });
  await (await groupFilter.count() > 0 ? groupFilter : filters).first().locator('h4.name a').click();
  const card = page.locator(`.tasks-list li.task a[href$="task=${committeeTaskId}"]`);
  await card.waitFor({ state: 'visible', timeout: 60000 });
  await card.click();
  await page.locator('.column-right .fjs-container').waitFor({ state: 'visible', timeout: 60000 });
  const memoLink = page.locator('.fjs-container a', { hasText: 'บันทึกข้อความ' });
  await memoLink.waitFor();
  const memoHref = await memoLink.getAttribute('href');
  check(/^\/letters\/\d{4}-letter-\d+$/.test(memoHref), `the committee form links ${memoHref}`);
  console.log(`committee form links the memo: ${(await memoLink.innerText()).trim()} -> ${memoHref}`);
  await shot(page, '01-committee-form', { fullPage: false });
  await page.goto(`${base}${memoHref}`);
  await page.locator('#letter-number').waitFor();
  await shot(page, '02-memo-from-the-form');

  await engineRest(base, `/task/${committeeTaskId}/complete`, { user: 'committee', password: 'demo', method: 'POST',
    body: { variables: { committeeDecision: { value: 'approved' }, committeeNote: { value: 'เห็นชอบ' } } } });
  const [submit] = await engineRest(base,
    `/task?processInstanceBusinessKey=${encodeURIComponent(cycleId)}&taskDefinitionKey=Task_SubmitPlan`,
    { user: office.username, password: office.password });
  await engineRest(base, `/task/${submit.id}/complete`, { ...{ user: office.username, password: office.password },
    method: 'POST', body: { variables: { submissionReference: { value: '' } } } });
  console.log('committee approved; the office submitted without a reference');

  const letters = await api(`/api/cycles/${encodeURIComponent(cycleId)}/letters`, office);
  console.log(`letters: ${letters.map((l) => `${l.kind}=${l.letterId}`).join(' ')}`);
  check(letters.length === 4, `expected 4 letters, the register lists ${letters.length}`);

  // the pages send a stranger to the Camunda login rather than asking for HTTP Basic: send it with every request
  const desk = await browser.newContext({ extraHTTPHeaders: basic(office), locale: 'th-TH',
    viewport: { width: 1280, height: 900 } });
  const deskPage = await desk.newPage();
  for (const [i, letter] of letters.entries()) {
    await readLetter(deskPage, letter);
    await shot(deskPage, `${String(i + 3).padStart(2, '0')}-${letter.kind.toLowerCase()}`);
    const pdf = join(SCREENSHOT_DIR, `letter-pages-${letter.kind.toLowerCase()}.pdf`);
    await deskPage.pdf({ path: pdf, preferCSSPageSize: true, printBackground: false });
    console.log(`printed: ${pdf}`);
  }
  await deskPage.goto(`${base}/dashboard?cycle=${encodeURIComponent(cycleId)}`);
  const rows = deskPage.locator('#letter-table tbody tr');
  await rows.first().waitFor();
  check(await rows.count() === 4, `the dashboard lists ${await rows.count()} letters`);
  await deskPage.locator('#letters').scrollIntoViewIfNeeded();
  await deskPage.locator('#letters').screenshot({ path: join(SCREENSHOT_DIR, 'letter-pages-07-dashboard.png') });
  console.log(`screenshot: ${join(SCREENSHOT_DIR, 'letter-pages-07-dashboard.png')}`);
  console.log(`dashboard lists ${await rows.count()} letters`);
  await desk.close();

  const phone = await browser.newContext({ extraHTTPHeaders: basic({ username: agency, password: 'demo' }), locale: 'th-TH',
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phonePage = await phone.newPage();
  const request = letters.find((l) => l.kind === 'PROPOSAL_REQUEST');
  await readLetter(phonePage, request);
  await shot(phonePage, '08-phone-request');
  const memo = letters.find((l) => l.kind === 'COMMITTEE_MEMO');
  const refused = await phonePage.goto(`${base}${memo.pageUrl}`);
  check(refused.status() === 403, `the agency got ${refused.status()} for the memo`);
  const message = (await phonePage.locator('#message').innerText()).trim();
  check(message.includes('ไม่ได้มีถึงหน่วยงานของท่าน'), `refusal says: ${message}`);
  console.log(`agency refused the memo: ${message}`);
  await shot(phonePage, '09-phone-memo-refused', { fullPage: false });
  await phone.close();
});
