// A manager follows the cycle: logs into the Camunda webapps (the dashboard accepts that session), opens the
// landing page and the dashboard, finds the demo cycle and a late agency, narrows the table to the late ones,
// downloads the Excel file, opens the late agency's task in Tasklist from the table, and looks at it on a phone.
// Env: BASE_URL; CYCLE_ID (the cycle to look at, phuket-2563); DEMO_CYCLE_ID (a cycle that must be listed too); LATE_AGENCY (an agency whose review is overdue); HANDED_IN_AGENCY (one that
// handed in on time); TODAY_TEXT (the engine date in the header, e.g. "3 กันยายน 2561"); MANAGER_USER/PASSWORD
// (manager/demo).
import { check, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const cycleId = process.env.CYCLE_ID || 'phuket-2563';
const demoCycleId = process.env.DEMO_CYCLE_ID || cycleId;
const lateAgency = process.env.LATE_AGENCY || 'pkt_public_health';
const handedInAgency = process.env.HANDED_IN_AGENCY || '';
const todayText = process.env.TODAY_TEXT || '';
const user = process.env.MANAGER_USER || 'manager';
const password = process.env.MANAGER_PASSWORD || 'demo';

await withBrowser(async ({ browser, context, page }) => {
  // One login: the webapp session of Tasklist; HTTP Basic credentials answer a server that asks for them instead.
  await loginCamunda(page, base, user, password);

  await page.goto(`${base}/`);
  await page.locator('h1').waitFor();
  for (const id of ['go-dashboard', 'go-tasklist', 'go-cockpit', 'go-outbox']) {
    check(await page.locator(`#${id}`).count() === 1, `the landing page has no link #${id}`);
  }
  check((await page.locator('#go-outbox').getAttribute('href')).endsWith('/outbox'), 'outbox link is not /outbox');
  const clock = (await page.locator('#engine-clock').innerText()).replace(/\s+/g, ' ');
  check(!todayText || clock.includes(todayText), `header shows "${clock}", expected the engine date ${todayText}`);
  console.log(`landing page header: ${clock}`);
  await shot(page, '01-landing');

  await page.locator('#go-dashboard').click();
  await page.waitForURL(/\/dashboard/);
  const card = page.locator(`.cycle-card[data-cycle-id="${cycleId}"]`);
  await card.waitFor();
  await page.locator(`.cycle-card[data-cycle-id="${demoCycleId}"]`).waitFor();
  const listed = await page.locator('.cycle-card').evaluateAll((cards) => cards.map((c) => c.dataset.cycleId));
  console.log(`cycles listed: ${listed.join(', ')}`);
  if (!(await card.evaluate((element) => element.classList.contains('is-selected')))) {
    await card.click();
  }
  await page.locator(`#cycle[data-cycle-id="${cycleId}"]`).waitFor();
  const phase = (await page.locator('#current-phase').innerText()).trim();
  console.log(`dashboard shows cycle ${cycleId} in phase ${phase}`);

  const row = page.locator(`#agency-table tr[data-agency-id="${lateAgency}"]`);
  await row.waitFor();
  check(await row.getAttribute('data-status') === 'overdue', `${lateAgency} is ${await row.getAttribute('data-status')}, expected overdue`);
  const rowText = (await row.innerText()).replace(/\s+/g, ' ');
  check(rowText.includes('เลยกำหนด'), `row of ${lateAgency} does not say เลยกำหนด: ${rowText}`);
  const overdue = Number((await page.locator('#overdue-count span').first().innerText()).trim());
  check(overdue > 0, 'the overdue tile shows no late agency');
  console.log(`late agency ${lateAgency}: ${rowText}`);
  console.log(`overdue tile: ${overdue}`);
  await shot(page, '02-dashboard', { fullPage: false });
  await shot(page, '02-dashboard-full');

  await page.locator('#filter-status').selectOption('overdue');
  const visible = page.locator('#agency-table tbody tr:not([hidden])');
  check(await visible.count() === overdue, `status filter shows ${await visible.count()} rows, the tile says ${overdue}`);
  check(await row.isVisible(), `${lateAgency} is hidden by the overdue filter`);
  if (handedInAgency) {
    check(!(await page.locator(`#agency-table tr[data-agency-id="${handedInAgency}"]`).isVisible()),
      `${handedInAgency} handed in but is shown among the overdue`);
  }
  check((await page.locator('#export-xlsx').getAttribute('href')).includes('status=overdue'),
    'the Excel link does not carry the filter');
  await page.locator('#agency-table th button[data-sort="name"]').click();
  await page.locator('#agencies').scrollIntoViewIfNeeded();
  await shot(page, '03-overdue-filtered');
  console.log(`filtered to ${overdue} overdue agencies`);

  const downloads = await page.locator('#downloads a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  check(downloads.some((href) => href.endsWith('/progress.xlsx')), `downloads offer ${downloads.join(', ')}`);
  console.log(`downloads: ${downloads.join(' ')}`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#export-xlsx').click()
  ]);
  check(download.suggestedFilename().endsWith('.xlsx'), `download is ${download.suggestedFilename()}`);
  console.log(`downloaded ${download.suggestedFilename()}`);

  const phone = await browser.newContext({
    storageState: await context.storageState(),
    httpCredentials: { username: user, password },
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok'
  });
  const phonePage = await phone.newPage();
  await phonePage.goto(`${base}/dashboard?cycle=${encodeURIComponent(cycleId)}&status=overdue`);
  await phonePage.locator(`#agency-table tr[data-agency-id="${lateAgency}"]`).waitFor();
  // every page of the top menu in sight on a phone, none behind a sideways scroll
  const hidden = await phonePage.evaluate(() => [...document.querySelectorAll('.site-nav a')]
    .filter((link) => link.getBoundingClientRect().right > window.innerWidth).map((link) => link.textContent.trim()));
  check(hidden.length === 0, `menu items off the phone's screen: ${hidden.join(', ')}`);
  await shot(phonePage, '04-phone', { fullPage: false });
  await phonePage.locator('#agencies').scrollIntoViewIfNeeded();
  await phonePage.evaluate(() => document.getElementById('agencies').scrollIntoView());
  await shot(phonePage, '04-phone-agencies', { fullPage: false });
  await phone.close();

  const taskLink = row.locator('a', { hasText: 'เปิดงาน' });
  const taskHref = await taskLink.getAttribute('href');
  check(/\/camunda\/app\/tasklist\/default\/#\/\?task=/.test(taskHref), `task link is ${taskHref}`);
  const cockpitHref = await row.locator('a', { hasText: 'Cockpit' }).getAttribute('href');
  check(/\/camunda\/app\/cockpit\/default\/#\/process-instance\//.test(cockpitHref), `Cockpit link is ${cockpitHref}`);
  await taskLink.click();
  await page.waitForURL(/tasklist/);
  await page.locator('.column-right .task-details, .column-right [cam-tasklist-task]').first().waitFor();
  await page.locator('.column-right').getByText('ทบทวนแผนและเสนอโครงการ').first().waitFor();
  await page.locator('.column-right .fjs-container').waitFor();
  await shot(page, '05-task-from-dashboard');
  console.log(`opened the task of ${lateAgency} in Tasklist from the dashboard`);
}, { contextOptions: { httpCredentials: { username: user, password }, acceptDownloads: true } });
