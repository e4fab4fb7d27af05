// An agency proposes two projects in Camunda Tasklist, as a person would, and the strategy office sees the
// screening's suggestions: log in as the agency, open its Task_AgencyReview, claim it, choose the outcome, enter 2
// projects and fill both slots (title, objective, budget, unit, district, alignment codes picked from the tag list by
// typing), complete; the engine is asked (as the admin) whether `projects` was stored as JSON with those
// values. Then the strategy office opens Task_ScreenProposal and the table shows a suggested plan per project.
// Env: BASE_URL; optional CYCLE_ID (phuket-2563), AGENCY (pkt_public_health, also its user), AGENCY_PASSWORD (demo),
// OFFICE_USER/OFFICE_PASSWORD (strategy/demo), ADMIN_USER/ADMIN_PASSWORD (admin/demo).
import { check, engineRest, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const cycleId = process.env.CYCLE_ID || 'phuket-2563';
const agency = process.env.AGENCY || 'pkt_public_health';
const agencyPassword = process.env.AGENCY_PASSWORD || 'demo';
const office = { user: process.env.OFFICE_USER || 'strategy', password: process.env.OFFICE_PASSWORD || 'demo' };
const admin = { user: process.env.ADMIN_USER || 'admin', password: process.env.ADMIN_PASSWORD || 'demo' };

const projects = [
  { title: 'ศูนย์ส่งต่อผู้ป่วยฉุกเฉินทางทะเลจังหวัดภูเก็ต', objective: 'ลดการเสียชีวิตจากเหตุฉุกเฉินทางทะเล',
    budget: '4500000', district: 'ทั้งจังหวัดภูเก็ต', unit: 'กลุ่มงานควบคุมโรค', codes: ['PKT-M2', 'NS3'] },
  { title: 'คัดกรองโรคไม่ติดต่อเรื้อรังในชุมชน', objective: 'ลดผู้ป่วยเบาหวานรายใหม่', budget: '1250000.50',
    district: 'อำเภอถลาง', unit: 'กลุ่มงานควบคุมโรคไม่ติดต่อ', codes: ['PKT-M2', 'NS4'] }
];

async function openTask(page, taskId) {
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${taskId}`);
  const details = page.locator('.column-right');
  await details.locator('.fjs-container').waitFor({ state: 'visible' });
  if (await details.locator('button.claim').count()) {
    await details.locator('button.claim').click();
    await details.locator('button.claim').waitFor({ state: 'detached' });
  }
  return details;
}

/** A field of project slot n: form-js ids end in the component id, e.g. Field_project2Title. */
function slot(details, n, field) {
  return details.locator(`[id$="-Field_project${n}${field}"]`).first();
}

/** Types into a field at a person's pace: form-js applies typed text after a short debounce. */
async function type(page, field, text) {
  await field.fill(text);
  await page.waitForTimeout(400);
}

async function fillProject(page, details, n, project) {
  await type(page, slot(details, n, 'Title'), project.title);
  await type(page, slot(details, n, 'Objective'), project.objective);
  await type(page, slot(details, n, 'BudgetBaht'), project.budget);
  await type(page, slot(details, n, 'ResponsibleUnit'), project.unit);
  await details.locator(`[id$="-Field_project${n}District-display"]`).click();
  await details.locator('.fjs-dropdownlist-item', { hasText: project.district }).first().dispatchEvent('mousedown');
  const tags = slot(details, n, 'Alignment');
  for (const code of project.codes) {
    await tags.click();
    await tags.fill(code);
    await details.locator('.fjs-dropdownlist-item', { hasText: `(${code})` }).first().dispatchEvent('mousedown');
  }
  // leave the tag list: its open drop-down would cover what follows
  await page.keyboard.press('Escape');
  await tags.blur();
}

await withBrowser(async ({ page }) => {
  const reviews = await engineRest(base, `/task?taskDefinitionKey=Task_AgencyReview&candidateGroup=${agency}&includeAssignedTasks=true`
    + `&processInstanceBusinessKey=${encodeURIComponent(cycleId)}`, admin);
  check(reviews.length === 1, `expected one open Task_AgencyReview of ${agency} in ${cycleId}, found ${reviews.length}`);
  const review = reviews[0];

  await loginCamunda(page, base, agency, agencyPassword);
  let details = await openTask(page, review.id);
  await details.locator('[id$="-Field_reviewOutcome-1"]').check();
  await type(page, details.locator('[id$="-Field_projectCount"]').first(), String(projects.length));
  for (const [index, project] of projects.entries()) {
    await slot(details, index + 1, 'Title').waitFor({ state: 'visible' });
    await fillProject(page, details, index + 1, project);
  }
  check(await slot(details, projects.length + 1, 'Title').count() === 0, 'a slot beyond the count is shown');
  await shot(page, '01-projects-filled');
  const complete = details.locator('button.btn-primary[type="submit"]');
  for (let waited = 0; !(await complete.isEnabled()) && waited < 10000; waited += 500) {
    await page.waitForTimeout(500);
  }
  check(await complete.isEnabled(), 'the Complete button stays disabled after the projects were filled');
  await complete.click();
  await page.locator(`.tasks-list li.task a[href$="task=${review.id}"]`).waitFor({ state: 'detached', timeout: 30000 });

  const saved = await engineRest(base, `/history/variable-instance?processInstanceId=${review.processInstanceId}`
    + '&variableName=projects&deserializeValues=false', admin);
  check(saved.length === 1, `projects stored ${saved.length} times`);
  check(saved[0].type === 'Json', `projects stored as ${saved[0].type}, expected Json`);
  const stored = JSON.parse(saved[0].value);
  check(stored.length === 2 && stored[1].budgetBaht === 1250000.5 && stored[1].district === 'thalang'
    && stored[0].alignment.join() === 'PKT-M2,NS3' && stored[0].fiscalYear === 2563,
  `projects stored as ${saved[0].value}`);
  console.log(`${agency} proposed ${stored.length} projects in Tasklist: ${saved[0].value}`);

  await page.context().clearCookies();
  const screenings = await engineRest(base, `/task?taskDefinitionKey=Task_ScreenProposal`
    + `&processInstanceId=${review.processInstanceId}`, admin);
  check(screenings.length === 1, `expected the screening task of ${agency}, found ${screenings.length}`);
  await loginCamunda(page, base, office.user, office.password);
  details = await openTask(page, screenings[0].id);
  const table = details.locator('.fjs-table');
  await table.waitFor({ state: 'visible' });
  const text = await table.innerText();
  check(text.includes('แผนพัฒนาจังหวัด') && text.includes('4,500,000.00') && text.includes('อำเภอถลาง'),
    `the screening table shows: ${text}`);
  await shot(page, '02-screening-suggestions');
  console.log(`${office.user} sees the suggested plan of each project of ${agency}`);
});
