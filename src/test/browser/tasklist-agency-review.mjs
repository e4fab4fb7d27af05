// An agency works its own review in Camunda Tasklist with authorization on, as a person would: log in, pick the
// group filter, see only its own task, open it, claim it, fill the Camunda Form (with markup in the comments) and
// complete it. Then the strategy office opens the screening form that shows those comments: the markup is shown
// as text or dropped, never run.
// Env: BASE_URL, CYCLE_ID, AGENCY (user = group = agency id), AGENCY_PASSWORD, OFFICE_USER/OFFICE_PASSWORD,
// ADMIN_USER/ADMIN_PASSWORD, GROUP_FILTER (name of the "my group's tasks" filter), COMMENTS (typed into the form).
import { check, engineRest, formField, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const cycleId = process.env.CYCLE_ID;
const agency = process.env.AGENCY;
const agencyPassword = process.env.AGENCY_PASSWORD || 'demo';
const office = { user: process.env.OFFICE_USER || 'strategy', password: process.env.OFFICE_PASSWORD || 'demo' };
const admin = { user: process.env.ADMIN_USER || 'admin', password: process.env.ADMIN_PASSWORD || 'demo' };
const groupFilter = process.env.GROUP_FILTER;
const comments = process.env.COMMENTS;
check(cycleId && agency && groupFilter && comments, 'CYCLE_ID, AGENCY, GROUP_FILTER and COMMENTS are required');

async function openTask(page, filterName, taskId) {
  const filters = page.locator('.task-filters .task-filter');
  await filters.first().waitFor();
  await filters.filter({ has: page.locator('h4.name', { hasText: filterName }) }).first().locator('h4.name a').click();
  await page.locator('.task-filters .task-filter.active').waitFor();
  const card = page.locator(`.tasks-list li.task a[href$="task=${taskId}"]`);
  await card.waitFor({ state: 'visible' });
  await card.click();
  const details = page.locator('.column-right');
  await details.locator('.fjs-container').waitFor({ state: 'visible' });
  return { card, details };
}

await withBrowser(async ({ browser, page }) => {
  const query = `/task?taskDefinitionKey=Task_AgencyReview&processInstanceBusinessKey=${encodeURIComponent(cycleId)}`;
  const all = await engineRest(base, query, admin);
  const mine = await engineRest(base, `${query}&candidateGroup=${agency}`, admin);
  check(mine.length === 1, `expected one review task of ${agency} in ${cycleId}, found ${mine.length}`);
  check(all.length > 1, `the cycle should have reviews of other agencies too, found ${all.length}`);
  const task = mine[0];

  await loginCamunda(page, base, agency, agencyPassword);
  const { card, details } = await openTask(page, groupFilter, task.id);
  const listed = await page.locator('.tasks-list li.task').count();
  check(listed === 1, `${agency} sees ${listed} tasks in "${groupFilter}", expected only its own`);
  for (const other of all.filter((candidate) => candidate.id !== task.id)) {
    check(await page.locator(`.tasks-list a[href$="task=${other.id}"]`).count() === 0,
      `${agency} sees task ${other.id} of another agency`);
  }
  await shot(page, '01-agency-task-opened');

  await details.locator('button.claim').click();
  await details.locator('button.claim').waitFor({ state: 'detached' });
  const schema = await engineRest(base, `/task/${task.id}/deployed-form`, { user: agency, password: agencyPassword });
  await page.locator('.fjs-container [id$="-Field_reviewOutcome-1"]').check();
  await formField(page, schema, 'reviewComments').fill(comments);
  await shot(page, '02-agency-form-filled');
  const complete = details.locator('button.btn-primary[type="submit"]');
  await complete.click();
  await card.waitFor({ state: 'detached', timeout: 30000 });
  await shot(page, '03-agency-completed');

  const stored = await engineRest(base,
    `/history/variable-instance?processInstanceId=${task.processInstanceId}&variableName=reviewComments`, admin);
  check(stored.length === 1 && stored[0].value === comments,
    `reviewComments stored as ${JSON.stringify(stored.map((variable) => variable.value))}, expected the typed text`);
  console.log(`Task_AgencyReview of ${agency} completed in Tasklist; comments stored as typed`);

  // the office screens the proposal: its form shows the agency's comments
  let screening = [];
  for (let tries = 0; tries < 60 && screening.length === 0; tries += 1) {
    screening = await engineRest(base,
      `/task?taskDefinitionKey=Task_ScreenProposal&processInstanceId=${task.processInstanceId}`, admin);
    if (screening.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  check(screening.length === 1, 'no Task_ScreenProposal appeared after the review');
  const officeContext = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok',
    viewport: { width: 1280, height: 900 } });
  const officePage = await officeContext.newPage();
  officePage.setDefaultTimeout(30000);
  await officePage.addInitScript(() => { window.__xss = 0; });
  await loginCamunda(officePage, base, office.user, office.password);
  const opened = await openTask(officePage, process.env.OFFICE_FILTER || 'All cycle tasks', screening[0].id);
  const form = opened.details.locator('.fjs-container');
  await form.getByText('xss-marker', { exact: false }).first().waitFor({ state: 'visible' });
  await shot(officePage, '04-office-sees-comments');
  const ran = await officePage.evaluate(() => window.__xss);
  check(ran === 0, `script from the comments ran in the office's browser (window.__xss = ${ran})`);
  check(await form.locator('script, img[onerror], [onerror]').count() === 0, 'markup from the comments is live in the form');
  console.log('the office sees the comments as text; no markup from them runs');
});
