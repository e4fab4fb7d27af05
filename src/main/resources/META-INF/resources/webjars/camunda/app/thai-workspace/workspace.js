// The Thai workspace of the Camunda 7.24 webapps, loaded by each app's scripts/config.js (customScripts) before the
// app starts: fresh translations, Thai dates on the engine's clock, and in Tasklist Thai messages in Camunda Forms.
// It exports no plugin (Camunda takes a module's default export as plugins).
import { dropStaleTranslations } from './translations.js';
import './dates.js';

const base = document.querySelector('base');
const appRoot = base ? base.getAttribute('app-root') : '/camunda';
const app = base ? base.getAttribute('app-name') : '';

await dropStaleTranslations(appRoot, app);
if (app === 'tasklist') {
  await import('./form-messages.js');
}
