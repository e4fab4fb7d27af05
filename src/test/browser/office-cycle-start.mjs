// The strategy office opens a 2027 cycle on /office/cycles/new: from the submission deadline alone the page shows the
// fiscal year, the plan period, the title and the other dates before anything starts; 2027 has no holidays yet, so
// the start is refused until the office confirms; the cycle then opens on the dashboard, which warns about the year.
// Env: BASE_URL; CYCLE_ID; AGENCY (the one agency invited); OFFICE_USER/OFFICE_PASSWORD (strategy/demo).
import { check, requireBaseUrl, shot, withBrowser } from './lib.mjs';
import { signIn } from './office-lib.mjs';

const base = requireBaseUrl();
const cycleId = process.env.CYCLE_ID;
const agency = process.env.AGENCY;
check(cycleId && agency, 'CYCLE_ID and AGENCY must be set');

async function preview(page, id) {
  return (await page.locator(`#preview-${id}`).innerText()).trim();
}

await withBrowser(async ({ context, page }) => {
  await signIn(context, base, process.env.OFFICE_USER || 'strategy', process.env.OFFICE_PASSWORD || 'demo');
  await page.goto(`${base}/office/cycles/new`);
  await page.locator('#cycle-form').waitFor();
  await page.locator('input[name=submissionDeadline]').fill('2027-09-30');
  await page.waitForFunction(() => document.getElementById('preview-fiscalYear').textContent.trim() === '2572');
  for (const id of ['title', 'cycleId', 'fiscalYear', 'planPeriod', 'proposalsDue', 'hearingDate', 'committeeDate']) {
    console.log(`preview ${id}: ${await preview(page, id)}`);
  }
  const warning = page.locator('#preview-holidays');
  check(await warning.isVisible(), 'no warning that 2027 has no holidays');
  console.log(`warning: ${(await warning.innerText()).trim()}`);
  await shot(page, '01-preview-2027', { fullPage: false });

  await page.locator('input[name=cycleId]').fill(cycleId);
  await page.locator('input[name=agencies]').fill(agency);
  await page.waitForFunction((id) => document.getElementById('preview-cycleId').textContent.trim() === id, cycleId);
  await page.locator('#start-cycle').click();
  await page.locator('#problems').waitFor({ state: 'visible' });
  const refusal = await page.locator('#problems-list li').allInnerTexts();
  console.log(`refused: ${refusal.join(' | ')}`);
  await shot(page, '02-refused', { fullPage: false });

  await page.locator('input[name=allowMissingHolidays]').check();
  await Promise.all([page.waitForURL(/\/dashboard\?cycle=/), page.locator('#start-cycle').click()]);
  await page.locator(`#cycle[data-cycle-id="${cycleId}"]`).waitFor();
  console.log(`dashboard title: ${(await page.locator('#cycle h2').innerText()).trim()}`);
  const dashboardWarning = page.locator('#holidays-missing');
  check(await dashboardWarning.isVisible(), 'the dashboard does not warn about the year without holidays');
  console.log(`dashboard warns: ${(await dashboardWarning.innerText()).trim()}`);
  await shot(page, '03-dashboard-warns', { fullPage: false });
});
