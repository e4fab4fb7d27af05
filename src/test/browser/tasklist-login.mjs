// Logs into Camunda Tasklist through its login page and checks the Tasklist is shown to that user.
// Env: BASE_URL; optional TASKLIST_USER/TASKLIST_PASSWORD (admin/demo).
import { check, loginCamunda, openCamundaLogin, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const user = process.env.TASKLIST_USER || 'admin';
const password = process.env.TASKLIST_PASSWORD || 'demo';

await withBrowser(async ({ page }) => {
  await openCamundaLogin(page, base);
  await shot(page, '01-login-page');

  // the form itself, never the endpoint fallback that other scripts may use
  await loginCamunda(page, base, user, password, 'tasklist', { formOnly: true });
  await page.locator('.task-filters').waitFor({ state: 'visible' });
  await page.locator('.tasks-list').waitFor({ state: 'visible' });
  const title = (await page.locator('.navbar-brand, .navbar .brand').first().innerText()).trim();
  check(/Tasklist/.test(title), `expected the Tasklist app after login, the header says "${title}"`);
  await shot(page, '02-tasklist');
  console.log(`Tasklist shown to ${user}`);
});
