// The Moment.js instance of the Camunda 7.24 webapps. Camunda bundles it inside lib/deps.js (webpack) and never puts
// it on window; every date the webapps show goes through it (the camDate filter, angular-moment's am-time-ago).
// A webpack chunk pushed onto the webapps' chunk registry receives webpack's require, which returns the bundled
// module by its id. The id belongs to the 7.24.0 build: the object is checked to be Moment, and when a Camunda
// upgrade moves it this returns null (dates stay Gregorian and on the browser's clock; the browser tests fail).
const MOMENT_MODULE_ID = 98024;
const REGISTRY = 'webpackChunkcamunda_bpm_webapp';

function bundledMoment() {
  const registry = self[REGISTRY];
  if (!registry || typeof registry.push !== 'function') {
    return null;
  }
  let webpackRequire = null;
  registry.push([[`thai-workspace-${Date.now()}-${Math.random()}`], {}, (require) => {
    webpackRequire = require;
  }]);
  if (!webpackRequire || !webpackRequire.m || !webpackRequire.m[MOMENT_MODULE_ID]) {
    return null;
  }
  const candidate = webpackRequire(MOMENT_MODULE_ID);
  const moment = candidate && candidate.default ? candidate.default : candidate;
  const isMoment = typeof moment === 'function' && typeof moment.defineLocale === 'function'
    && typeof moment.updateLocale === 'function' && moment.fn && typeof moment.fn.format === 'function';
  return isMoment ? moment : null;
}

export const moment = bundledMoment();
if (!moment) {
  console.warn('thai-workspace: the webapps\' Moment.js was not found; dates stay Gregorian, on the browser clock');
}
