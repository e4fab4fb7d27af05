// The strategy office finds a FAILED email on /outbox and sends it again: logs into the Camunda webapps (the outbox
// takes that session, and the button's request carries its CSRF token), sees the red notice, narrows the list to
// the failed emails, presses "ส่งอีกครั้ง" and sees the email sent; then looks at the page on a phone.
// Env: BASE_URL; EMAIL_ID (the FAILED row); OFFICE_USER/PASSWORD (strategy/demo).
import { check, loginCamunda, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const emailId = process.env.EMAIL_ID;
const user = process.env.OFFICE_USER || 'strategy';
const password = process.env.OFFICE_PASSWORD || 'demo';
check(emailId, 'EMAIL_ID is not set (the FAILED outbox row)');

await withBrowser(async ({ page }) => {
  try {
    await loginCamunda(page, base, user, password);
  } catch (error) {
    // Tasklist's first load can take longer than the login form's 30 s on a machine this busy; the second load
    // comes from the browser's cache
    check(String(error).includes('Timeout'), String(error));
    console.log(`login page slow (${String(error).split('\n')[0]}), loading it again`);
    await loginCamunda(page, base, user, password);
  }

  await page.goto(`${base}/outbox`);
  const alert = page.locator('#failed-alert');
  await alert.waitFor();
  const alertText = (await alert.innerText()).replace(/\s+/g, ' ');
  check(alertText.includes('ส่งไม่สำเร็จ 1 ฉบับ'), `the notice says "${alertText}"`);
  console.log(`notice: ${alertText}`);
  await alert.locator('a').click();
  await page.waitForURL(/status=FAILED/);
  const button = page.locator(`button.send-again[data-id="${emailId}"]`);
  await button.waitFor();
  const row = page.locator('tr', { has: button });
  const before = (await row.innerText()).replace(/\s+/g, ' ');
  check(before.includes('ส่งไม่สำเร็จ'), `the row says "${before}"`);
  console.log(`failed row: ${before}`);
  await shot(page, '01-failed');

  await Promise.all([page.waitForEvent('load'), button.click()]);
  // the page reloads at once; the delivery threads send the email within moments
  let status = '';
  for (let tries = 0; tries < 30 && !status.includes('ส่งแล้ว'); tries++) {
    await page.goto(`${base}/outbox`);
    const sentRow = page.locator('tr', { hasText: 'ทดสอบส่งอีกครั้ง' }).first();
    status = (await sentRow.innerText()).replace(/\s+/g, ' ');
    if (!status.includes('ส่งแล้ว')) {
      await page.waitForTimeout(1000);
    }
  }
  check(status.includes('ส่งแล้ว'), `after "send again" the row says "${status}"`);
  check(await page.locator('#failed-alert').count() === 0, 'the failed notice is still shown');
  console.log(`sent row: ${status}`);
  await shot(page, '02-sent');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/outbox`);
  await shot(page, '03-phone', { fullPage: false });
});
