// The strategy office's Tasklist filters: the five seeded filters are there; "เลยกำหนด" lists exactly the tasks past
// their due date by the engine clock, each card showing the agency and the due date in B.E.; "งานทั้งหมดของรอบ"
// lists every task of the cycles.
// The counts are checked against the engine REST API asked as the same user (same rights).
// Env: BASE_URL; TASKLIST_USER/TASKLIST_PASSWORD (strategy/demo); ENGINE_NOW (the engine clock, engine REST format,
// e.g. 2018-09-03T10:00:00.000+0700); DUE_DATE_TEXT (the due date of the first overdue task, 31 ส.ค. 2561).
import { check, engineRest, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const user = process.env.TASKLIST_USER || 'strategy';
const password = process.env.TASKLIST_PASSWORD || 'demo';
const engineNow = process.env.ENGINE_NOW || '';
const dueDateText = process.env.DUE_DATE_TEXT || '31 ส.ค. 2561';
const FILTERS = ['งานที่ต้องทำ', 'งานของฉัน', 'งานของกลุ่ม', 'งานทั้งหมดของรอบ', 'เลยกำหนด'];

async function open(page, name) {
  // a filter's tooltip covers its neighbour: move the pointer away first
  await page.mouse.move(900, 700);
  const filter = page.locator('.task-filters .task-filter').filter({ has: page.locator('h4.name', { hasText: name }) });
  await filter.first().locator('h4.name a').click();
  const counter = page.locator('.task-filters .task-filter.active .counter');
  await counter.waitFor();
  // the counter shows the previous filter's count until the list is reloaded
  await page.waitForFunction(
    (wanted) => document.querySelector('.task-filters .task-filter.active h4.name')?.innerText.includes(wanted),
    name);
  await page.locator('ol.tasks-list li.task').first().waitFor();
  return Number((await counter.innerText()).trim());
}

await withBrowser(async ({ page }) => {
  await loginCamunda(page, base, user, password);
  await page.locator('.task-filters .task-filter h4.name').first().waitFor();
  const names = (await page.locator('.task-filters .task-filter h4.name').allInnerTexts()).map((n) => n.trim());
  for (const wanted of FILTERS) {
    check(names.some((name) => name.startsWith(wanted)), `no Tasklist filter "${wanted}" among ${names.join(' | ')}`);
  }
  console.log(`filters: ${names.map((name) => name.replace(/\s*\d+$/, '')).join(' | ')}`);

  const asUser = { user, password };
  const overdueCount = engineNow
    ? (await engineRest(base, `/task/count?dueBefore=${encodeURIComponent(engineNow)}`, asUser)).count : -1;
  const cycleTaskCount = (await engineRest(base,
    '/task/count?processDefinitionKeyIn=planReviewCycle,agencyContribution', asUser)).count;

  const overdue = await open(page, 'เลยกำหนด');
  check(overdueCount < 0 || overdue === overdueCount, `เลยกำหนด lists ${overdue} tasks, the engine has ${overdueCount} overdue`);
  const card = page.locator('ol.tasks-list li.task').first();
  const labels = (await card.locator('.variable-label').allInnerTexts()).map((label) => label.trim());
  check(labels[0] === 'หน่วยงาน:' && labels[1] === 'กำหนดส่ง:', `task cards show ${labels.join(' ')} first`);
  const values = (await card.locator('.variable-value').allInnerTexts()).map((value) => value.trim());
  check(values[1] === dueDateText, `the first overdue task is due "${values[1]}", expected ${dueDateText}`);
  check(values[0], 'the first overdue task shows no agency');
  console.log(`overdue filter: ${overdue} tasks, first card ${labels[0]} ${values[0]} ${labels[1]} ${values[1]}`);
  await shot(page, '01-overdue', { fullPage: false });

  const all = await open(page, 'งานทั้งหมดของรอบ');
  check(all === cycleTaskCount, `งานทั้งหมดของรอบ lists ${all} tasks, the engine has ${cycleTaskCount}`);
  console.log(`all cycle tasks filter: ${all} tasks`);
  await shot(page, '02-all-cycle-tasks', { fullPage: false });
});
