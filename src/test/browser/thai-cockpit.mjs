// Cockpit's start page in a Thai browser, as the administrator sees it: in Thai (no English label from a list of
// its common ones), no Camunda 8 banner, the page right under the header; the numbers are the engine's.
// Env: BASE_URL; optional ADMIN_USER/ADMIN_PASSWORD (admin/demo).
import { check, engineRest, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const admin = { user: process.env.ADMIN_USER || 'admin', password: process.env.ADMIN_PASSWORD || 'demo' };

// Cockpit's own words (Camunda's English file) on its start page and header
const ENGLISH_CHROME = ['Processes', 'Decisions', 'Human Tasks', 'More', 'Dashboard', 'Now', 'Deployed',
  'Running Process Instances', 'Open Incidents', 'Open Human Tasks', 'Process Definitions', 'Decision Definitions',
  'Case Definitions', 'Deployments', 'Batches', 'Powered by', 'Date and Time displayed', 'Loading'];

await withBrowser(async ({ page }) => {
  await loginCamunda(page, base, admin.user, admin.password, 'cockpit');
  const labels = (await (await fetch(`${base}/camunda/app/cockpit/locales/th.json`)).json()).labels;
  // the start page is drawn once its counts arrived
  await page.getByText(labels.DASHBOARD_RUNNING_PROCESS_INSTANCE, { exact: true }).waitFor();
  await page.getByText(labels.DASHBOARD_PROCESS_DEFINITIONS, { exact: true }).waitFor();
  const running = (await engineRest(base, '/process-instance/count', admin)).count;
  await page.waitForFunction((count) => document.body.innerText.includes(String(count)), running);

  const banner = await page.locator('.ce-eol-banner').count()
    ? await page.locator('.ce-eol-banner').first().isVisible() : false;
  check(!banner, 'the Camunda 8 banner is shown');
  const gap = await page.evaluate(() => {
    const header = document.querySelector('[cam-widget-header]').getBoundingClientRect();
    const content = document.querySelector('.ctn-main, .page-wrap').getBoundingClientRect();
    return Math.round(content.top - header.bottom);
  });
  check(Math.abs(gap) <= 2, `Cockpit's page starts ${gap}px off the header's bottom`);

  const text = await page.evaluate(() => document.body.innerText);
  const left = ENGLISH_CHROME.filter((word) => new RegExp(`(^|[^A-Za-z])${word}([^A-Za-z]|$)`).test(text));
  check(left.length === 0, `English left on Cockpit's start page: ${left.join(', ')}`);
  for (const key of ['COCKPIT_PROCESSES', 'COCKPIT_DECISIONS', 'COCKPIT_HUMAN_TASKS', 'DASHBOARD_OPEN_INCIDENTS']) {
    check(text.includes(labels[key]), `Cockpit's start page does not show ${key} "${labels[key]}"`);
  }
  await shot(page, 'start-page', { fullPage: false });
  console.log(`Cockpit start page in Thai: ${labels.DASHBOARD_RUNNING_PROCESS_INSTANCE} ${running}, no banner`);
});
