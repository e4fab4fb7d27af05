// Helpers of the office page scripts (office-*.mjs).
import { check } from './lib.mjs';

/**
 * Signs the browser context in as the Camunda webapps' login form does (the same session cookie and CSRF token),
 * without loading a whole webapp first: the office pages are the subject here, and Tasklist's scripts take long
 * on a loaded machine. Returns nothing; the context's cookies carry the session.
 */
export async function signIn(context, base, user, password) {
  await context.request.get(`${base}/camunda/app/tasklist/default/`);
  const cookies = await context.cookies(`${base}/camunda/app/tasklist/default/`);
  console.log(`webapp cookies: ${cookies.map((cookie) => `${cookie.name} (path ${cookie.path})`).join(", ")}`);
  const xsrf = (cookies.find((cookie) => cookie.name === 'XSRF-TOKEN') || {}).value;
  check(xsrf, 'no XSRF-TOKEN cookie from the webapps');
  const response = await context.request.post(`${base}/camunda/api/admin/auth/user/default/login/tasklist`, {
    headers: { 'X-XSRF-TOKEN': xsrf },
    form: { username: user, password }
  });
  check(response.ok(), `login as ${user} answered ${response.status()}: ${await response.text()}`);
  console.log(`signed in as ${user}`);
}
