// The strategy office prepares the draft plan in Camunda Tasklist, as a person would:
// log in, pick a filter, open Task_PrepareDraft of the cycle, claim it, try to complete it with a summary of
// invisible spaces (refused by the server's input check, its Thai and English message shown), fill draftSummary,
// complete it; then the engine is asked (as the admin) whether the task ended with that summary.
// Env: BASE_URL; optional CYCLE_ID (phuket-2563), TASKLIST_USER/TASKLIST_PASSWORD (strategy/demo),
// ADMIN_USER/ADMIN_PASSWORD (admin/demo), TASKLIST_FILTER (a filter's name; default the first filter),
// DRAFT_SUMMARY (the text typed into the form), TASK_KEY/FIELD_KEY (Task_PrepareDraft/draftSummary; the Java test
// passes CycleProcess's constants).
import { check, engineRest, formField, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const cycleId = process.env.CYCLE_ID || 'phuket-2563';
const user = process.env.TASKLIST_USER || 'strategy';
const password = process.env.TASKLIST_PASSWORD || 'demo';
const admin = { user: process.env.ADMIN_USER || 'admin', password: process.env.ADMIN_PASSWORD || 'demo' };
const filterName = process.env.TASKLIST_FILTER || '';
const draftSummary = process.env.DRAFT_SUMMARY
  || 'ร่างแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561-2564 ฉบับทบทวน (Phuket development plan draft, reviewed)';
const taskKey = process.env.TASK_KEY || 'Task_PrepareDraft';
const summaryKey = process.env.FIELD_KEY || 'draftSummary';

await withBrowser(async ({ page }) => {
  const tasks = await engineRest(base,
    `/task?taskDefinitionKey=${taskKey}&processInstanceBusinessKey=${encodeURIComponent(cycleId)}`, admin);
  check(tasks.length === 1, `expected one open ${taskKey} in cycle ${cycleId}, found ${tasks.length}`);
  const task = tasks[0];
  check(!task.assignee, `${taskKey} of ${cycleId} is already assigned to ${task.assignee}`);

  await loginCamunda(page, base, user, password);
  await shot(page, '01-logged-in');

  const filters = page.locator('.task-filters .task-filter');
  await filters.first().waitFor();
  const filter = filterName ? filters.filter({ has: page.locator('h4.name', { hasText: filterName }) }) : filters;
  await filter.first().locator('h4.name a').click();
  await page.locator('.task-filters .task-filter.active').waitFor();
  await shot(page, '02-filter');

  const card = page.locator(`.tasks-list li.task a[href$="task=${task.id}"]`);
  await card.waitFor({ state: 'visible' });
  await card.click();
  const details = page.locator('.column-right');
  await details.locator('.fjs-container').waitFor({ state: 'visible' });
  await shot(page, '03-task-opened');

  await details.locator('button.claim').click();
  await details.locator('button.claim').waitFor({ state: 'detached' });
  const claimed = await engineRest(base, `/task/${task.id}`, admin);
  check(claimed.assignee === user, `after Claim the assignee is ${claimed.assignee}, expected ${user}`);
  await shot(page, '04-claimed');

  const schema = await engineRest(base, `/task/${task.id}/deployed-form`, { user, password });
  const summaryInput = formField(page, schema, summaryKey);
  const complete = details.locator('button.btn-primary[type="submit"]');

  // only invisible spaces: the form takes them, the server's input check refuses, and Tasklist shows its message
  await summaryInput.fill('\u200B\u00A0\u200B');
  await complete.click();
  const refusal = page.locator('.notifications .alert-danger, .notifications .alert-error').first();
  await refusal.waitFor({ state: 'visible', timeout: 30000 });
  const refusalText = await refusal.innerText();
  check(refusalText.includes('กรุณากรอก') && refusalText.includes(`${summaryKey} is required`),
    `the refusal does not name the field in Thai and English: ${refusalText}`);
  check(!refusalText.includes('ENGINE-') && !refusalText.includes('Exception'),
    `the refusal shows the engine's wrapping: ${refusalText}`);
  await shot(page, '05-refused');
  await refusal.locator('button.close:visible').click();
  await refusal.waitFor({ state: 'detached' });

  await summaryInput.fill(draftSummary);
  await shot(page, '06-form-filled');

  await complete.waitFor({ state: 'visible' });
  check(await complete.isEnabled(), 'the Complete button stays disabled after the form was filled');
  await complete.click();
  // Tasklist closes the form once the engine accepted the completion (a refusal keeps it open with a message);
  // the card may have left the list earlier already, when the claim took it out of an "unassigned" filter
  await details.locator('.fjs-container').waitFor({ state: 'detached', timeout: 30000 });
  await card.waitFor({ state: 'detached', timeout: 30000 });
  await shot(page, '07-completed');

  const open = await engineRest(base, `/task?taskId=${task.id}`, admin);
  check(open.length === 0, `${taskKey} is still open after Complete`);
  const saved = await engineRest(base,
    `/history/variable-instance?processInstanceId=${task.processInstanceId}&variableName=${summaryKey}`, admin);
  check(saved.length === 1 && saved[0].value === draftSummary,
    `${summaryKey} stored as ${JSON.stringify(saved.map((variable) => variable.value))}, expected "${draftSummary}"`);
  console.log(`${taskKey} of ${cycleId} completed by ${user} with ${summaryKey} saved`);
});
