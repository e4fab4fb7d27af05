// Harness self-check: opens a page with Thai text, reads it back, clicks a button, takes a screenshot.
// Env: BASE_URL; optional EXPECTED_HEADING (the Thai heading the page must show).
import { check, requireBaseUrl, shot, withBrowser } from './lib.mjs';

const base = requireBaseUrl();
const expectedHeading = process.env.EXPECTED_HEADING || 'แผนพัฒนาจังหวัดภูเก็ต พ.ศ. ๒๕๖๑–๒๕๖๔';

await withBrowser(async ({ page }) => {
  await page.goto(`${base}/`);
  const heading = (await page.locator('h1').innerText()).trim();
  check(heading === expectedHeading, `heading is "${heading}", expected "${expectedHeading}"`);

  await page.locator('#confirm').click();
  const status = (await page.locator('#status').innerText()).trim();
  check(status === 'ยืนยันแล้ว (confirmed)', `after the click the status is "${status}"`);
  await shot(page, 'page');
  console.log(`heading: ${heading}`);
  console.log(`status: ${status}`);
});
